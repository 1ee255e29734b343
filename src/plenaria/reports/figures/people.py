"""Who is registered: one grouped scan of an event's active registrations (by attendance,
capacity, membership category, country, gender and age band), summed into tallies per key,
and two small queries to place the countries in their ITU region and UN groupings."""

from django.db.models import BooleanField, Case, Count, Value, When

from plenaria.directory.models import Country
from plenaria.registration.choices import ACTIVE_STATUSES, Gender
from plenaria.registration.models import Registration
from plenaria.registration.queries import youth
from plenaria.reports.figures import tally

UNKNOWN = ""  # the key of people whose organisation, country or category is not known


def _grouped_rows(event, conf, organisations):
    found = Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES)
    if organisations is not None:
        found = found.filter(organisation__in=organisations)
    # An event that takes no registrations has no age band: nobody there counts as young.
    young = (
        Case(When(youth(conf), then=Value(True)), default=Value(False))
        if conf
        else Value(False, output_field=BooleanField())
    )
    return list(
        found.order_by()
        .annotate(is_young=young)
        .values(
            "mode",
            "capacity",
            "organisation__category",
            "organisation__country_id",
            "gender",
            "is_young",
        )
        .annotate(n=Count("id"))
    )


def _places(codes: set[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each country's ITU region, and the UN groupings (LDC, LLDC, SIDS) it belongs to."""
    regions = dict(Country.objects.filter(code__in=codes).values_list("code", "itu_region"))
    groupings: dict[str, list[str]] = {}
    links = Country.groupings.through.objects.filter(country_id__in=codes).values_list(
        "country_id", "grouping__code"
    )
    for country, grouping in links:
        groupings.setdefault(country, []).append(grouping)
    return regions, groupings


def people(event, conf, organisations=None) -> dict:
    """The tallies of the active registrations: overall and per attendance mode, capacity,
    membership category, ITU region, UN grouping and country."""
    rows = _grouped_rows(event, conf, organisations)
    codes = {row["organisation__country_id"] for row in rows if row["organisation__country_id"]}
    regions, groupings = _places(codes) if codes else ({}, {})
    overall = tally.empty()
    by = {key: {} for key in ("mode", "capacity", "category", "region", "grouping", "country")}
    for row in rows:
        country = row["organisation__country_id"] or UNKNOWN
        keys = {
            "mode": [row["mode"]],
            "capacity": [row["capacity"]],
            "category": [row["organisation__category"] or UNKNOWN],
            "region": [regions.get(country) or UNKNOWN],
            "grouping": groupings.get(country, []),
            "country": [country],
        }
        kind = {
            "woman": row["gender"] == Gender.WOMAN,
            "young": bool(row["is_young"]),
            "mode": row["mode"],
            "role": row["capacity"],
        }
        tally.count(overall, row["n"], **kind)
        for breakdown, values in keys.items():
            for value in values:
                tally.count(by[breakdown].setdefault(value, tally.empty()), row["n"], **kind)
    return {"overall": overall, **{f"by_{name}": values for name, values in by.items()}}
