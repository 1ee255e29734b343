"""The coalition's figures, from any set of published pledges: THE one place they are
counted, for the public page, the annual report and its PDF, the exports and the API.

Each figure is one grouped query in the database, whatever the number of pledges (twelve in
all): nothing is counted row by row in Python. What a pledge names several of (focus areas,
regions reached, beneficiary groups, SDGs…) is counted on its link table, so a pledge counts
once in each row it names, and the shares of such a breakdown may add up past 100 %.
"""

import datetime

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear

from plenaria.contributions.models import Pledge, PledgeRegion
from plenaria.contributions.pledges import labels, vocabularies
from plenaria.contributions.pledges.filters import GROUPINGS, published

# The breakdowns in the order the pages show them; each name is also the filter it links to.
BREAKDOWNS = (
    "focus_area", "pillar", "type", "stakeholder", "pledger_region", "region", "grouping",
    "beneficiary", "sdg", "year", "campaign",
)  # fmt: skip
# Figures counted on a link table: (relation on Pledge, the column that names the row).
LINKED = {
    "focus_area": ("focus_areas", "focusarea_id"),
    "pillar": ("pillars", "pillar_id"),
    "beneficiary": ("beneficiaries", "beneficiarygroup_id"),
    "sdg": ("sdgs", "sdg_id"),
}
# Figures counted on a column of the pledge (or of its pledger).
COLUMNS = {
    "type": "pledge_type",
    "stakeholder": "organisation__wsis_stakeholder_type",
    "pledger_region": "organisation__country__itu_region",
    "campaign": "campaign_id",
}


def count(pledges: QuerySet) -> dict:
    """The raw figures of ``pledges``: plain numbers and keys, no labels (so that they can be
    kept in a cache and read in any language)."""
    pledges = pledges.order_by()
    ids = pledges.values("pk")
    totals = {
        "pledges": Count("pk"),
        "value_usd": Sum("amount_usd"),
        "entities": Count("organisation", distinct=True),
        "pledger_countries": Count("organisation__country", distinct=True),
    }
    for code, flag in GROUPINGS.items():
        totals[f"{code}_pledges"] = Count("pk", filter=Q(**{flag: True}))
        totals[f"{code}_value"] = Sum("amount_usd", filter=Q(**{flag: True}))
    raw = {"totals": pledges.aggregate(**totals)}
    raw["totals"]["implementation_countries"] = (
        Pledge.countries.through.objects.filter(pledge_id__in=ids)
        .aggregate(n=Count("country_id", distinct=True))["n"]
    )  # fmt: skip
    grouped = {"n": Count("pledge_id"), "value": Sum("pledge__amount_usd")}
    for name, (relation, column) in LINKED.items():
        through = getattr(Pledge, relation).through.objects.filter(pledge_id__in=ids)
        raw[name] = list(through.values(column).annotate(**grouped).values_list(column, *grouped))
    reached = PledgeRegion.objects.filter(pledge_id__in=ids).values("region")
    raw["region"] = list(reached.annotate(**grouped).values_list("region", *grouped))
    own = {"n": Count("pk"), "value": Sum("amount_usd")}
    for name, column in COLUMNS.items():
        raw[name] = list(pledges.values(column).annotate(**own).values_list(column, *own))
    by_year = pledges.annotate(year=ExtractYear("starts_on")).values("year")
    raw["year"] = list(by_year.annotate(**own).values_list("year", *own))
    raw["grouping"] = [
        (code, raw["totals"][f"{code}_pledges"], raw["totals"][f"{code}_value"])
        for code in GROUPINGS
    ]
    return raw


def figures(pledges: QuerySet | None = None, as_of: datetime.date | None = None, vocab=None):
    """The labelled figures of ``pledges`` (all published pledges when None; with ``as_of``,
    those published on or before that day), in the active language."""
    raw = count(published(as_of)) if pledges is None else count(pledges)
    return labels.label(raw, vocab or vocabularies.load(), as_of=as_of)
