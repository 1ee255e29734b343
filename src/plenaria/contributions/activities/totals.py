"""What a call's activities came to, from their organisers' reports: THE one place the
outcomes are counted (the secretariat's totals page, the call's public page, the export).

Each figure is a grouped query in the database, whatever the number of activities. The
shares of women and young people are weighted by participants and count only the reports
that give them: 100 people at 50 % and 300 at 10 % make 20 %, not 30 %. A country in two
groupings (an LDC that is also landlocked) counts in both rows."""

from dataclasses import dataclass

from django.db.models import BigIntegerField, Count, ExpressionWrapper, F, Q, Sum
from django.utils.translation import gettext as _

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity, ActivityCall, ActivityOutcome
from plenaria.directory.choices import ItuRegion

GROUPINGS = ("LDC", "LLDC", "SIDS")


@dataclass
class Line:
    key: str
    label: str
    approved: int = 0
    reported: int = 0
    participants: int = 0
    women_share: int | None = None
    young_share: int | None = None


def approved(call: ActivityCall):
    """The call's approved activities (a merged duplicate is not one of them)."""
    return Activity.objects.filter(
        call=call, status=Moderation.PUBLISHED, duplicate_of__isnull=True
    )


def _weighted(share: str) -> dict:
    given = Q(**{f"{share}__isnull": False})
    product = ExpressionWrapper(F("participants") * F(share), output_field=BigIntegerField())
    return {
        f"{share}_sum": Sum(product, filter=given),
        f"{share}_base": Sum("participants", filter=given),
    }


SUMS = {
    "reported": Count("pk"),
    "people": Sum("participants"),
    "countries": Count("activity__country", distinct=True),
    **_weighted("women_share"),
    **_weighted("young_share"),
}


def _share(row: dict, name: str) -> int | None:
    base = row.get(f"{name}_base")
    return round(row[f"{name}_sum"] / base) if base else None


def _line(key: str, label: str, sums: dict, approved_count: int) -> Line:
    return Line(
        key,
        label,
        approved_count,
        sums.get("reported") or 0,
        sums.get("people") or 0,
        _share(sums, "women_share"),
        _share(sums, "young_share"),
    )


@dataclass
class Totals:
    overall: Line
    countries: int
    regions: list[Line]
    groupings: list[Line]


def totals(call: ActivityCall) -> Totals:
    """The call's outcomes in all, by ITU region and by grouping (six queries)."""
    activities = approved(call).order_by()
    outcomes = ActivityOutcome.objects.filter(activity__in=activities.values("pk")).order_by()
    overall = outcomes.aggregate(**SUMS)
    line = _line("all", _("All approved activities"), overall, activities.count())
    region = "activity__country__itu_region"
    by_region = {row[region]: row for row in outcomes.values(region).annotate(**SUMS)}
    counted = dict(activities.values_list("country__itu_region").annotate(n=Count("pk")).order_by())
    regions = [
        _line(code, str(label), by_region.get(code, {}), counted.get(code, 0))
        for code, label in ItuRegion.choices
    ]
    grouping = "activity__country__groupings__code"
    in_grouping = outcomes.filter(**{f"{grouping}__in": GROUPINGS})
    by_grouping = {row[grouping]: row for row in in_grouping.values(grouping).annotate(**SUMS)}
    counted = dict(
        activities.filter(country__groupings__code__in=GROUPINGS)
        .values_list("country__groupings__code")
        .annotate(n=Count("pk"))
        .order_by()
    )
    groupings = [
        _line(code, code, by_grouping.get(code, {}), counted.get(code, 0)) for code in GROUPINGS
    ]
    return Totals(line, overall.get("countries") or 0, regions, groupings)
