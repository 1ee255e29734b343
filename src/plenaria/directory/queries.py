from functools import cache

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from django_countries import countries

from plenaria.core import collation
from plenaria.core.pickers import sort_key
from plenaria.directory.models import Contact, Country, FocalPoint, Organisation

Choices = list[tuple[object, str]]
Search = dict[str, str]


def organisations() -> QuerySet[Organisation]:
    return Organisation.objects.select_related("country").prefetch_related("country__groupings")


def organisations_of(user) -> QuerySet[Organisation]:
    """The organisations for which ``user`` is a designated focal point."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(contacts__focal_point__user=user).distinct()


def focal_points_of(organisation: Organisation) -> QuerySet[FocalPoint]:
    return FocalPoint.objects.filter(contact__organisation=organisation).select_related(
        "contact", "user"
    )


# django-countries gives some countries their own-language name where a reader expects the
# usual one ("Naoero" for Nauru in English); these are put right where they occur.
USUAL_NAMES = {("NR", "Naoero"): "Nauru"}


@cache
def _country_names(language: str) -> dict[str, str]:
    with translation.override(language):
        names = {code: str(name) for code, name in countries}
    return {code: USUAL_NAMES.get((code, name), name) for code, name in names.items()}


def _all_names(code: str) -> str:
    names = {_country_names(language)[code] for language, _label in settings.LANGUAGES}
    return " ".join([code, *sorted(names)])


def country_choices(codes=None) -> tuple[Choices, Search]:
    """The directory's countries by name in the reader's language, and each one's search text
    (its code and its name in every language)."""
    names = _country_names(translation.get_language() or settings.LANGUAGE_CODE)
    if codes is None:
        codes = Country.objects.values_list("code", flat=True)
    listed = [(str(code), names.get(str(code), str(code))) for code in codes]
    listed.sort(key=lambda item: sort_key(item[1]))
    search = {code: _all_names(code) for code, _name in listed if code in names}
    return listed, search


def organisation_choices(queryset: QuerySet[Organisation]) -> tuple[Choices, Search]:
    """Organisations by their name in the reader's language; searchable by every name, acronym
    and country code."""
    listed, search = [], {}
    for organisation in queryset:
        listed.append((organisation.pk, str(organisation)))
        names = {text for text in dict(organisation.name).values() if text}
        extra = [organisation.acronym or "", organisation.country_id or ""]
        search[str(organisation.pk)] = " ".join(part for part in (*extra, *sorted(names)) if part)
    listed.sort(key=lambda item: sort_key(item[1]))
    return listed, search


def contact_choices(queryset: QuerySet[Contact]) -> tuple[Choices, Search]:
    """Contacts by name, searchable by name, address and organisation."""
    listed, search = [], {}
    for contact in queryset.select_related("organisation"):
        listed.append((contact.pk, f"{contact} — {contact.organisation}"))
        search[str(contact.pk)] = f"{contact.email} {contact.organisation.acronym or ''}".strip()
    language = collation.reader_language()
    listed.sort(key=lambda item: collation.sort_key(item[1], language))
    return listed, search
