"""Matchmaking: published pledges that serve the same countries and pillars as another, who
has pledged what for a country, and which pledgers already work in its region.

Every function here reads in a fixed number of queries, whatever the number of pledges."""

from django.db import connection
from django.db.models import Count, F, Sum

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge, PledgeRegion
from plenaria.directory.models import Organisation

COUNTRIES = Pledge.countries.through
PILLARS = Pledge.pillars.through


def published():
    return Pledge.objects.filter(status=Moderation.PUBLISHED)


# Closeness counted on the two link tables at once. Measured with 100,000 published pledges
# on PostgreSQL (bench/pledge_places.py): the ORM's form, a correlated count per candidate,
# took about 1 s of work for the 30,000 pledges sharing a pillar; this grouped scan of the
# link rows takes a few dozen milliseconds. tests/contributions/test_matching.py checks it
# against the ORM's own counts.
CLOSEST = """
SELECT shared.pledge_id, SUM(shared.country) AS countries, SUM(shared.pillar) AS pillars
FROM (
    SELECT pledge_id, 1 AS country, 0 AS pillar FROM {countries}
    WHERE country_id IN (SELECT country_id FROM {countries} WHERE pledge_id = %s)
    UNION ALL
    SELECT pledge_id, 0, 1 FROM {pillars}
    WHERE pillar_id IN (SELECT pillar_id FROM {pillars} WHERE pledge_id = %s)
) shared
JOIN {pledges} pledge ON pledge.id = shared.pledge_id
WHERE pledge.status = %s AND pledge.id <> %s
GROUP BY shared.pledge_id, pledge.published_at
ORDER BY SUM(shared.country) + SUM(shared.pillar) DESC, pledge.published_at DESC,
    shared.pledge_id DESC
LIMIT %s
"""


def related_pledges(pledge, limit: int = 6) -> list[Pledge]:
    """Published pledges (not ``pledge``) sharing countries or pillars with it, closest
    first: closeness is the number of shared countries plus the number of shared pillars,
    then the latest published. Two queries."""
    sql = CLOSEST.format(
        countries=connection.ops.quote_name(COUNTRIES._meta.db_table),
        pillars=connection.ops.quote_name(PILLARS._meta.db_table),
        pledges=connection.ops.quote_name(Pledge._meta.db_table),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [pledge.pk, pledge.pk, Moderation.PUBLISHED, pledge.pk, limit])
        rows = cursor.fetchall()
    found = Pledge.objects.select_related("organisation").in_bulk([row[0] for row in rows])
    related = []
    for pk, countries, pillars in rows:
        other = found[pk]
        other.shared_countries, other.shared_pillars = int(countries), int(pillars)
        other.closeness = other.shared_countries + other.shared_pillars
        related.append(other)
    return related


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
    """Organisations with published pledges in ``country``'s ITU region and none naming
    ``country`` yet: the pledgers a country may look to, most active there first. Grouped
    on the pledges, then the few organisations read: two queries."""
    if not country.itu_region:
        return []
    in_region = PledgeRegion.objects.filter(region=country.itu_region).values("pledge_id")
    here = published().filter(countries=country).values("organisation_id")
    rows = (
        published()
        .filter(pk__in=in_region)
        .exclude(organisation_id__in=here)
        .values("organisation_id")
        .annotate(pledges=Count("pk"), usd=Sum("amount_usd"))
        .order_by("-pledges", "organisation_id")[:limit]
    )
    figures = {row["organisation_id"]: row for row in rows}
    found = Organisation.objects.select_related("country").in_bulk(list(figures))
    nearby = []
    for pk, row in figures.items():
        organisation = found[pk]
        organisation.pledges_in_region, organisation.usd_in_region = row["pledges"], row["usd"]
        nearby.append(organisation)
    return nearby
