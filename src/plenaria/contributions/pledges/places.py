"""The figures per country of implementation, for the world map and a country's page.

A pledge that names several countries counts once in each, with its whole value: the
coalition's own reports count the regions of implementation the same way, so the countries'
figures add up to more than the total of the pledges."""

from decimal import Decimal

from django.db.models import Count, Sum

from plenaria.contributions.models import Pledge
from plenaria.directory.models import Country

COUNTRIES = Pledge.countries.through


def figures_by_country(pledges) -> list[dict]:
    """Per country named by ``pledges`` (a queryset of published pledges): its code, name,
    number of pledges and value in US dollars, most pledges first. One grouped query."""
    # Grouped on the pledges themselves joined to their countries: one scan of the pledges
    # (starting from the link table read them twice, once for the filters and once for the
    # value); the row of pledges naming no country is left out below.
    rows = (
        pledges.order_by()
        .values("countries")
        .annotate(pledges=Count("pk"), usd=Sum("amount_usd"))
        .order_by("-pledges", "countries")
    )
    return [
        {
            "code": row["countries"],
            "name": str(Country(code=row["countries"]).name),
            "pledges": row["pledges"],
            "usd": row["usd"] or Decimal(0),
        }
        for row in rows
        if row["countries"]
    ]


def summary(pledges) -> dict:
    """The counter of ``pledges``: their number, value in US dollars, pledging organisations
    and countries of implementation. Two queries (joining the countries in the first would
    add a pledge's value once per country)."""
    totals = pledges.order_by().aggregate(
        pledges=Count("pk"),
        usd=Sum("amount_usd"),
        organisations=Count("organisation", distinct=True),
    )
    totals["usd"] = totals["usd"] or Decimal(0)
    named = COUNTRIES.objects.filter(pledge__in=pledges.order_by().values("pk"))
    totals["countries"] = named.values("country_id").distinct().count()
    return totals
