"""Where the countries taking part belong: their ITU region and UN groupings, in two small
queries whatever the number of participants."""

from dataclasses import dataclass

from plenaria.directory.choices import ItuRegion, MembershipCategory
from plenaria.directory.models import Country, Grouping
from plenaria.reports.figures.people import UNKNOWN

GROUPINGS = ("LDC", "LLDC", "SIDS")


@dataclass
class Places:
    regions: dict[str, str]  # country code → ITU region ("" when it has none)
    groupings: list[Grouping]  # LDC, LLDC, SIDS, as loaded
    members: dict[str, set[str]]  # grouping code → its countries


def places(codes: set[str]) -> Places:
    regions = dict(Country.objects.filter(code__in=codes).values_list("code", "itu_region"))
    groupings = list(Grouping.objects.filter(code__in=GROUPINGS).order_by("code"))
    members: dict[str, set[str]] = {grouping.code: set() for grouping in groupings}
    links = Country.groupings.through.objects.filter(grouping__in=groupings)
    for country, code in links.values_list("country_id", "grouping__code"):
        members[code].add(country)
    return Places(
        regions={str(code): region or UNKNOWN for code, region in regions.items()},
        groupings=groupings,
        members=members,
    )


def region_keys(found: dict) -> list[str]:
    """Every ITU region, in the usual order, and "not known" when someone falls there."""
    keys = list(ItuRegion.values)
    return [*keys, UNKNOWN] if found.get(UNKNOWN, {}).get("n") else keys


def category_keys(found: dict) -> list[str]:
    """The membership categories somebody came from, in the usual order."""
    keys = [key for key in MembershipCategory.values if found.get(key, {}).get("n")]
    return [*keys, UNKNOWN] if found.get(UNKNOWN, {}).get("n") else keys
