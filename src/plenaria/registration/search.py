"""Finding registrations by what a person types: a name, an e-mail address, an organisation
or a country, in any of the six languages, whatever the case and the accents.

Names are matched by ``core.names`` (each letter standing for its accented forms in both
cases, Latin, Greek and Cyrillic), which SQLite and PostgreSQL evaluate alike. Organisations
and countries, a few hundred at most, are named in Python in every language and turned into
their identifiers before the list is read.
"""

import functools

from django.conf import settings
from django.db.models import Q, Value
from django.db.models.functions import Concat
from django.utils import translation
from django_countries import countries

from plenaria.core.names import contains, plain, words
from plenaria.directory.models import Organisation

# A person's whole name, read once per row whatever the number of words searched.
NAME = Concat("first_name", Value(" "), "last_name")


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@functools.lru_cache(maxsize=16)
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    """Every country's code and name in ``language``, without accents (read once)."""
    with translation.override(language):
        return tuple((code, plain(name)) for code, name in countries)


def country_codes(text: str) -> set[str]:
    """The countries whose code is ``text`` or whose name, in any language, contains it."""
    wanted = plain(text).strip()
    if not wanted:
        return set()
    found = {code for code, _name in countries if code.casefold() == wanted}
    for language in _languages():
        found.update(code for code, name in _country_names(language) if wanted in name)
    return found


def organisation_names() -> dict[int, tuple[str | None, list[str]]]:
    """Each organisation's country, and its acronym and names in every language without
    accents: one query."""
    named = {}
    rows = Organisation.objects.values_list("pk", "country_id", "acronym", "name")
    for pk, country, acronym, names in rows:
        written = [acronym or "", *(names.values() if isinstance(names, dict) else [])]
        named[pk] = (country, [plain(name) for name in written if name])
    return named


def organisation_ids(text: str, named: dict | None = None) -> set[int]:
    """The organisations whose acronym or name, in any language, contains ``text``."""
    wanted = plain(text).strip()
    if not wanted:
        return set()
    named = organisation_names() if named is None else named
    return {pk for pk, (_c, names) in named.items() if any(wanted in name for name in names)}


def matching(text: str) -> Q | None:
    """Registrations matching every word typed, each in a name, the e-mail address, the
    organisation or the country (of the organisation or the nationality). None: no words."""
    typed = words(text)
    if not typed:
        return None
    named = organisation_names()
    condition = Q()
    for word in typed:
        codes = country_codes(word)
        # The organisations of those countries, named here rather than joined in the query.
        theirs = {pk for pk, (country, _n) in named.items() if country in codes}
        condition &= (
            contains(NAME, word)
            | Q(email__icontains=word)
            | Q(organisation_id__in=organisation_ids(word, named) | theirs)
            | Q(nationality_id__in=codes)
        )
    return condition
