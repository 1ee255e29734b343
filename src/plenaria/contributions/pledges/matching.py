"""Matchmaking: published pledges that serve the same countries and pillars as another, who
has pledged what for a country, and which pledgers already work in its region.

Every function here reads in a fixed number of queries, whatever the number of pledges:
the closeness of two pledges is counted in the database with correlated subqueries (one
join per list would multiply the rows by each other)."""

from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge, PledgeRegion
from plenaria.directory.models import Organisation

COUNTRIES = Pledge.countries.through
PILLARS = Pledge.pillars.through


def published():
    return Pledge.objects.filter(status=Moderation.PUBLISHED)


def _shared(through, column: str, own):
    """How many of ``own`` (a subquery of ids) the outer pledge names too."""
    rows = (
        through.objects.filter(pledge_id=OuterRef("pk"), **{f"{column}__in": own})
        .order_by()
        .values("pledge_id")
        .annotate(shared=Count("*"))
        .values("shared")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def related_pledges(pledge, limit: int = 6) -> list[Pledge]:
    """Published pledges (not ``pledge``) sharing countries or pillars with it, closest
    first: closeness is the number of shared countries plus the number of shared pillars.
    One query."""
    own_countries = COUNTRIES.objects.filter(pledge_id=pledge.pk).values("country_id")
    own_pillars = PILLARS.objects.filter(pledge_id=pledge.pk).values("pillar_id")
    candidates = (
        published()
        .exclude(pk=pledge.pk)
        .filter(
            Q(pk__in=COUNTRIES.objects.filter(country_id__in=own_countries).values("pledge_id"))
            | Q(pk__in=PILLARS.objects.filter(pillar_id__in=own_pillars).values("pledge_id"))
        )
    )
    return list(
        candidates.annotate(
            shared_countries=_shared(COUNTRIES, "country_id", own_countries),
            shared_pillars=_shared(PILLARS, "pillar_id", own_pillars),
        )
        .annotate(closeness=F("shared_countries") + F("shared_pillars"))
        .select_related("organisation")
        .order_by("-closeness", "-published_at", "-pk")[:limit]
    )


def pledged_for(country):
    """Who has pledged what for ``country``: its published pledges naming it, largest value
    first, with their pledger and pillars (three queries once evaluated)."""
    return (
        published()
        .filter(countries=country)
        .select_related("organisation", "organisation__country")
        .prefetch_related("pillars")
        .order_by(F("amount_usd").desc(nulls_last=True), "-published_at", "-pk")
    )


def pledgers_nearby(country, limit: int = 10) -> list[Organisation]:
    """Organisations with published pledges in ``country``'s ITU region that do not name
    ``country`` itself yet: the pledgers a country may look to, most active first."""
    if not country.itu_region:
        return []
    in_region = PledgeRegion.objects.filter(
        region=country.itu_region, pledge__status=Moderation.PUBLISHED
    ).values("pledge_id")
    already = COUNTRIES.objects.filter(country_id=country.pk).values("pledge_id")
    here = Q(pledges__pk__in=in_region) & ~Q(pledges__pk__in=already)
    return list(
        Organisation.objects.annotate(
            pledges_in_region=Count("pledges", filter=here, distinct=True),
            usd_in_region=Sum("pledges__amount_usd", filter=here),
        )
        .filter(pledges_in_region__gt=0)
        .exclude(pledges__countries=country, pledges__status=Moderation.PUBLISHED)
        .select_related("country")
        .order_by("-pledges_in_region", "pk")[:limit]
    )
