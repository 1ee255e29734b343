"""The world map of countries of implementation, its data, and a page per country."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from plenaria.contributions.pledges import matching
from plenaria.contributions.pledges.filters import filter_pledges
from plenaria.contributions.pledges.places import figures_by_country, summary
from plenaria.core.pagination import page_of
from plenaria.directory.models import Country

PAGE_SIZE = 25


@require_GET
def world_map(request):
    chosen = filter_pledges(request.GET)
    rows = figures_by_country(chosen.pledges)
    return render(
        request,
        "contributions/map.html",
        {"rows": rows, "filter": chosen, "query": chosen.query_string()},
    )


@require_GET
def map_data(request):
    """Per country code, its published pledges (with the page's filters) and their value in
    US dollars, as a string so that no cent is lost to floating point."""
    chosen = filter_pledges(request.GET)
    countries = {
        row["code"]: {
            "name": row["name"],
            "pledges": row["pledges"],
            "usd": f"{row['usd']:.2f}",
            "url": reverse("contributions:country", args=[row["code"]]),
        }
        for row in figures_by_country(chosen.pledges)
    }
    return JsonResponse({"countries": countries, "problems": chosen.problems})


@require_GET
def country_page(request, code):
    code = code.strip().upper()
    country = (
        Country.objects.filter(code=code).prefetch_related("groupings").first()
        if len(code) == 2 and code.isascii() and code.isalpha()
        else None
    )
    if country is None:
        raise Http404
    pledges = matching.pledged_for(country)
    return render(
        request,
        "contributions/country.html",
        {
            "country": country,
            "counter": summary(pledges),
            "page": page_of(pledges, PAGE_SIZE, request.GET.get("page")),
            "nearby": matching.pledgers_nearby(country),
        },
    )
