"""The public filters of published pledges, read from a query string.

Every filter may be given several times (``?type=financial&grouping=SIDS&region=asia_pacific``):
values of one filter widen the choice (any of them), different filters narrow it (all of
them). A value Plenaria does not know is left out with a message naming it, never a 500.
Filters on what a pledge names several of (focus areas, countries…) select by a subquery
on the link table, so that a pledge is never counted twice.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.fields.json import KeyTextTransform
from django.utils.translation import gettext as _
from django_countries import countries as iso_countries

from plenaria.contributions.choices import Moderation, PledgeType
from plenaria.contributions.models import Campaign, Pledge, PledgeRegion
from plenaria.contributions.pledges import vocabularies
from plenaria.core import names
from plenaria.directory.choices import ItuRegion, StakeholderType

GROUPINGS = {"LDC": "targets_ldc", "LLDC": "targets_lldc", "SIDS": "targets_sids"}
# Years a pledge may start in: anything else in ``?year=`` is a slip.
FIRST_YEAR, LAST_YEAR = 2000, 2100
LONGEST_SEARCH = 200
FILTER_NAMES = (
    "focus_area", "pillar", "type", "stakeholder", "pledger_region", "region", "grouping",
    "beneficiary", "sdg", "year", "campaign", "country", "q",
)  # fmt: skip


def published_condition(as_of: datetime.date | None = None, prefix: str = "") -> Q:
    """Published (on or before ``as_of``, UTC, when given); ``prefix`` reaches the pledge
    from a row that links to it (``"pledge__"``)."""
    condition = Q(**{f"{prefix}status": Moderation.PUBLISHED})
    if as_of is not None:
        next_day = datetime.datetime.combine(
            as_of + datetime.timedelta(days=1), datetime.time(), tzinfo=datetime.UTC
        )
        condition &= Q(**{f"{prefix}published_at__lt": next_day})
    return condition


def published(as_of: datetime.date | None = None) -> QuerySet:
    """Published pledges; with ``as_of``, those published on or before that day (UTC)."""
    return Pledge.objects.filter(published_condition(as_of))


@dataclass
class PledgeFilter:
    pledges: QuerySet
    chosen: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.chosen)

    def query_string(self) -> str:
        """The filters kept, as a query string to carry to the list, the export…"""
        from urllib.parse import urlencode

        return urlencode(
            [(name, value) for name, values in self.chosen.items() for value in values]
        )


def _through(relation: str):
    return getattr(Pledge, relation).through.objects


def _in_link(relation: str, **lookup) -> Q:
    """Pledges linked through ``relation`` to a row matching ``lookup``."""
    return Q(pk__in=_through(relation).filter(**lookup).values("pledge_id"))


def filter_pledges(
    query, as_of=None, vocab: vocabularies.Vocabularies | None = None
) -> PledgeFilter:
    """The published pledges ``query`` (a QueryDict) asks for, and what it asked for."""
    vocab = vocab or vocabularies.load()
    result = PledgeFilter(published(as_of))
    conditions: list[Q] = []

    def known(name: str, allowed, label: str, normalise=str.strip) -> list[str]:
        values, wrong = [], []
        for raw in query.getlist(name)[:50]:
            value = normalise(raw)
            if value == "":
                continue
            (values if value in allowed else wrong).append(value)
        for value in wrong:
            result.problems.append(
                _("“%(value)s” is not a %(filter)s Plenaria knows: it was left out.")
                % {"value": value[:40], "filter": label}
            )
        if values:
            result.chosen[name] = list(dict.fromkeys(values))
        return result.chosen.get(name, [])

    if chosen := known("focus_area", vocab.codes("focus_area"), _("focus area")):
        conditions.append(_in_link("focus_areas", focusarea__code__in=chosen))
    if chosen := known("pillar", vocab.codes("pillar"), _("pillar")):
        conditions.append(_in_link("pillars", pillar__code__in=chosen))
    if chosen := known("type", PledgeType.values, _("type of pledge")):
        conditions.append(Q(pledge_type__in=chosen))
    if chosen := known("stakeholder", StakeholderType.values, _("stakeholder type")):
        conditions.append(Q(organisation__wsis_stakeholder_type__in=chosen))
    if chosen := known("pledger_region", ItuRegion.values, _("region")):
        conditions.append(Q(organisation__country__itu_region__in=chosen))
    if chosen := known("region", ItuRegion.values, _("region")):
        reached = PledgeRegion.objects.filter(region__in=chosen).values("pledge_id")
        conditions.append(Q(pk__in=reached))
    if chosen := known("grouping", GROUPINGS, _("group of countries"), _upper):
        conditions.append(_any(Q(**{GROUPINGS[code]: True}) for code in chosen))
    if chosen := known("beneficiary", vocab.codes("beneficiary"), _("beneficiary group")):
        conditions.append(_in_link("beneficiaries", beneficiarygroup__code__in=chosen))
    if chosen := known("sdg", vocab.codes("sdg"), _("Sustainable Development Goal")):
        conditions.append(_in_link("sdgs", sdg_id__in=[int(n) for n in chosen]))
    years = {str(year) for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    if chosen := known("year", years, _("year")):
        conditions.append(Q(starts_on__year__in=[int(year) for year in chosen]))
    if query.getlist("campaign"):
        slugs = Campaign.objects.filter(slug__in=query.getlist("campaign")[:50])
        if chosen := known("campaign", set(slugs.values_list("slug", flat=True)), _("campaign")):
            conditions.append(Q(campaign__slug__in=chosen))
    if chosen := known("country", dict(iso_countries), _("country"), _upper):
        conditions.append(_in_link("countries", country_id__in=chosen))
    if text := " ".join((query.get("q") or "").split())[:LONGEST_SEARCH]:
        result.chosen["q"] = [text]
        conditions.append(_search(text))
    for condition in conditions:
        result.pledges = result.pledges.filter(condition)
    return result


def _upper(raw: str) -> str:
    return raw.strip().upper()


def _any(conditions) -> Q:
    combined = Q()
    for condition in conditions:
        combined |= condition
    return combined


def _search(text: str) -> Q:
    """Every word in a pledge's title (any language) or its pledger's name or acronym,
    whatever the accents and the case ("ECOLES" finds "écoles", on SQLite too)."""
    places = ["organisation__acronym"]
    for code, _name in settings.LANGUAGES:
        places += [KeyTextTransform(code, "title"), KeyTextTransform(code, "organisation__name")]
    return names.all_words(text, *places) or Q()
