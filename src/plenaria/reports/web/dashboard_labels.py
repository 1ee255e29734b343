"""The names people read for the codes kept in an event's figures: statuses, modes, capacities,
categories, regions, groupings, languages, countries and the programme's session types."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.directory.choices import ItuRegion, MembershipCategory
from plenaria.directory.queries import country_choices
from plenaria.programme.models import SessionType
from plenaria.registration.choices import Capacity, Mode, Status, UnLanguage

GROUPINGS = {
    "LDC": gettext_lazy("Least developed countries (LDC)"),
    "LLDC": gettext_lazy("Landlocked developing countries (LLDC)"),
    "SIDS": gettext_lazy("Small island developing States (SIDS)"),
}
CHOICES = {
    "status": Status,
    "mode": Mode,
    "capacity": Capacity,
    "category": MembershipCategory,
    "region": ItuRegion,
    "language": UnLanguage,
}


def ordered(kind: str, counts: dict) -> list[tuple[str, object]]:
    """``counts`` (code → value) as (label, value) in the order of the codes' choices, the
    unknown ("") last; codes no longer among the choices keep their code as label."""
    choices = CHOICES[kind]
    known = [(str(label), counts[code]) for code, label in choices.choices if code in counts]
    others = [(code, value) for code, value in counts.items() if code and code not in choices]
    unknown = [(_("Not known"), counts[""])] if "" in counts else []
    return known + others + unknown


def groupings(counts: dict) -> list[tuple[str, object]]:
    return [(str(label), counts[code]) for code, label in GROUPINGS.items() if code in counts]


def countries(counts: dict) -> list[tuple[str, object]]:
    """Every country by name in the reader's language, the unknown named so; the caller sorts."""
    names, _search = country_choices([code for code in counts if code])
    found = [(name, counts[code]) for code, name in names]
    if "" in counts:
        found.append((_("Not known"), counts[""]))
    return found


def session_types(codes) -> dict[str, str]:
    """Each session type's name in the reader's language, by code: one query."""
    return {
        found.code: str(found)
        for found in SessionType.objects.filter(code__in=list(codes)).order_by("order", "code")
    }
