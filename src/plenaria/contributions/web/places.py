"""The world map of countries of implementation, its data, and a page per country."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.pledges import matching
from plenaria.contributions.pledges.filters import GROUPINGS, filter_pledges
from plenaria.contributions.pledges.places import figures_by_country, summary
from plenaria.core.pagination import page_of
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country

PAGE_SIZE = 25
# The map's own short filter form; other filters (from the figures page) are carried along.
MAP_FILTERS = {"type": PledgeType.choices, "region": ItuRegion.choices, "grouping": None}


def _map_filters(chosen: dict) -> tuple[list, list]:
    selects = []
    for name, choices in MAP_FILTERS.items():
        pairs = choices or [(code, code) for code in GROUPINGS]
        picked = (chosen.get(name) or [""])[0]
        selects.append({"name": name, "choices": pairs, "picked": picked})
    kept = [(n, v) for n, values in chosen.items() if n not in MAP_FILTERS for v in values]
    return selects, kept


@require_GET
def world_map(request):
    chosen = filter_pledges(request.GET)
    selects, kept = _map_filters(chosen.chosen)
    context = {"filter": chosen, "query": chosen.query_string(), "selects": selects, "kept": kept}
    return render(
        request,
        "contributions/map.html",
        {"rows": figures_by_country(chosen.pledges), **context},
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
