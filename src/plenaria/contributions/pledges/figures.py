"""The coalition's figures, from any set of published pledges: THE one place they are
counted, for the public page, the annual report and its PDF, the exports and the API.

Each figure is one grouped query in the database, whatever the number of pledges (twelve in
all): nothing is counted row by row in Python. What a pledge names several of (focus areas,
regions reached, beneficiary groups, SDGs…) is counted on its link table, so a pledge counts
once in each row it names, and the shares of such a breakdown may add up past 100 %.
"""

import datetime
import hashlib

from django.core.cache import cache
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear

from plenaria.contributions.models import Pledge, PledgeRegion
from plenaria.contributions.pledges import labels, vocabularies
from plenaria.contributions.pledges.filters import GROUPINGS, published, published_condition

# How long the figures of all published pledges are kept (see ``published_counts``).
CACHE_SECONDS = 300
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


def count(pledges: QuerySet, linked: Q | None = None) -> dict:
    """The raw figures of ``pledges``: plain numbers and keys, no labels (so that they can be
    kept in a cache and read in any language). ``linked`` may say which link rows count, on
    the pledge they join (``Q(pledge__status=…)``): it spares the database a second join."""
    pledges = pledges.order_by()
    linked = linked if linked is not None else Q(pledge_id__in=pledges.values("pk"))
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
        Pledge.countries.through.objects.filter(linked)
        .aggregate(n=Count("country_id", distinct=True))["n"]
    )  # fmt: skip
    grouped = {"n": Count("pledge_id"), "value": Sum("pledge__amount_usd")}
    for name, (relation, column) in LINKED.items():
        through = getattr(Pledge, relation).through.objects.filter(linked)
        raw[name] = list(through.values(column).annotate(**grouped).values_list(column, *grouped))
    reached = PledgeRegion.objects.filter(linked).values("region")
    raw["region"] = list(reached.annotate(**grouped).values_list("region", *grouped))
    # The breakdowns on the pledge's own columns, from one scan grouped by all of them at
    # once: the groups are at most types × stakeholder types × regions × campaigns × years.
    columns = [*COLUMNS.values(), "year"]
    combined = (
        pledges.annotate(year=ExtractYear("starts_on"))
        .values(*columns)
        .annotate(n=Count("pk"), value=Sum("amount_usd"))
        .values_list(*columns, "n", "value")
    )
    sums = {name: {} for name in [*COLUMNS, "year"]}
    for *keys, n, value in combined:
        for name, key in zip(sums, keys, strict=True):
            before = sums[name].get(key, (0, None))
            sums[name][key] = (before[0] + n, _plus(before[1], value))
    for name, by_key in sums.items():
        raw[name] = [(key, n, value) for key, (n, value) in by_key.items()]
    raw["grouping"] = [
        (code, raw["totals"][f"{code}_pledges"], raw["totals"][f"{code}_value"])
        for code in GROUPINGS
    ]
    return raw


def _plus(first, second):
    """A sum of values where a missing one (no pledge with a value) counts for nothing."""
    if first is None:
        return second
    return first if second is None else first + second


def figures(pledges: QuerySet | None = None, as_of: datetime.date | None = None, vocab=None):
    """The labelled figures of ``pledges`` (all published pledges when None; with ``as_of``,
    those published on or before that day), in the active language."""
    raw = published_counts(as_of) if pledges is None else count(pledges)
    return labels.label(raw, vocab or vocabularies.load(), as_of=as_of)


def published_counts(as_of: datetime.date | None = None) -> dict:
    """The raw figures of every published pledge, kept a few minutes in the cache.

    The key holds the pledges' mark (how many, the last published, the last changed), read
    in one small query: publishing, withdrawing or editing a published pledge makes a new
    key, so the figures never lag behind a publication. What changes no pledge row (an
    organisation moving country) shows within ``CACHE_SECONDS``.
    """
    pledges = published(as_of)
    mark = pledges.aggregate(n=Count("pk"), last=Max("published_at"), changed=Max("updated_at"))
    signature = f"{as_of}|{mark['n']}|{mark['last']}|{mark['changed']}"
    key = "pledge-figures:" + hashlib.sha256(signature.encode()).hexdigest()[:32]
    raw = cache.get(key)
    if raw is None:
        raw = count(pledges, linked=published_condition(as_of, prefix="pledge__"))
        cache.set(key, raw, CACHE_SECONDS)
    return {**raw, "signature": key}
