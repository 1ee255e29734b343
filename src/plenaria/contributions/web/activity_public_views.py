"""The public pages of national activities: the calls, a call's page (figures, map, the
filterable list), an activity, a country, the map's data and the iCalendar feed. Only
approved activities that are not duplicates are ever shown (``activities.queries``)."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_countries import countries as iso_countries

from plenaria.contributions.activities import ical, queries
from plenaria.contributions.choices import ActivityKind, Audience
from plenaria.contributions.models import ActivityCall
from plenaria.core.pagination import page_number
from plenaria.core.timezones import shown_in
from plenaria.core.viewer import viewer_zone
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country

PER_PAGE = 25


def _link(name: str, *args) -> str:
    """The address of another part's page, or "" while that part is not there."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


@require_safe
def calls(request):
    context = {"calls": queries.calls_listed()}
    return render(request, "contributions/activities/public/calls.html", context)


def _call(slug: str) -> ActivityCall:
    return get_object_or_404(ActivityCall.objects.select_related("event", "letter"), slug=slug)


def _filtered(request, call):
    chosen = queries.filter_activities(call, request.GET)
    for problem in chosen.problems:
        messages.warning(request, problem)
    return chosen


def _country_options(chosen) -> str:
    """The country picker's 250 options, built here: a template loop over them costs more
    than the rest of the page."""
    picked = set(chosen.chosen.get("country", []))
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((c.code, " selected" if c.code in picked else "", c.name) for c in iso_countries),
    )


def _form(chosen) -> dict:
    return {
        "chosen": chosen,
        "query": chosen.query_string(),
        "kinds": ActivityKind.choices,
        "regions": ItuRegion.choices,
        "groupings": queries.GROUPINGS,
        "country_options": _country_options(chosen),
        "language_choices": [(code, _(name)) for code, name in settings.LANGUAGES],
    }


def _with_links(call, rows: list[dict]) -> list[dict]:
    """Each country's row with its page's address (reversed once, not once per row)."""
    pattern = reverse("activities:country", args=[call.slug, "ZZ"])
    head, tail = pattern.rsplit("/ZZ/", 1)
    return [row | {"url": f"{head}/{row['code']}/{tail}"} for row in rows]


def _page(activities, raw, count: int):
    """A page of the list, its paginator told the count already known from the figures."""
    paginator = Paginator(queries.listed(activities), PER_PAGE)
    paginator.count = count
    return paginator.get_page(page_number(raw))


@require_safe
def call_page(request, slug):
    call = _call(slug)
    chosen = _filtered(request, call)
    rows = queries.by_country(chosen.activities)
    figures = queries.figures_of(rows)
    context = {
        "call": call,
        "open": queries.is_open(call),
        "submit_url": _link("activities:new", call.slug) if queries.is_open(call) else "",
        "ended": call.held_until < timezone.localdate(),
        "figures": figures,
        "rows": _with_links(call, rows),
        "page": _page(chosen.activities, request.GET.get("page"), figures["activities"]),
        **_form(chosen),
    }
    return render(request, "contributions/activities/public/call.html", context)


@require_safe
def activity_page(request, slug, pk):
    call = _call(slug)
    activity = get_object_or_404(
        queries.approved(call)
        .select_related("organisation", "country")
        .prefetch_related("co_organisers"),
        pk=pk,
    )
    mine = viewer_zone(request)
    context = {
        "call": call,
        "activity": activity,
        "local": shown_in(activity.starts_at, activity.ends_at, activity.timezone),
        "viewer_zone": mine,
        "yours": shown_in(activity.starts_at, activity.ends_at, mine)
        if mine and mine != activity.timezone
        else None,
        "image_url": _link("activities:image", activity.pk) if activity.image else "",
        "language_names": [
            _(queries.ACTIVITY_LANGUAGES[code])
            for code in activity.languages
            if code in queries.ACTIVITY_LANGUAGES
        ],
        "audiences": [Audience(code).label for code in activity.audiences if code in Audience],
    }
    return render(request, "contributions/activities/public/activity.html", context)


def _country(code: str) -> Country:
    code = code.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise Http404
    return get_object_or_404(Country.objects.prefetch_related("groupings"), code=code)


@require_safe
def country_page(request, slug, code):
    call = _call(slug)
    country = _country(code)
    activities = queries.approved(call).filter(country=country)
    figures = queries.figures(activities)
    context = {
        "call": call,
        "country": country,
        "figures": figures,
        "page": _page(activities, request.GET.get("page"), figures["activities"]),
    }
    return render(request, "contributions/activities/public/country.html", context)


@require_safe
def map_data(request, slug):
    """Per country code, its activities with the page's filters; and the places where they
    are held, each with its number of activities."""
    call = _call(slug)
    chosen = queries.filter_activities(call, request.GET)
    countries = {
        row["code"]: {"name": row["name"], "activities": row["activities"], "url": row["url"]}
        for row in _with_links(call, queries.by_country(chosen.activities))
    }
    points = [
        [float(row["latitude"]), float(row["longitude"]), row["activities"], row["city"]]
        for row in queries.places(chosen.activities)
    ]
    return JsonResponse({"countries": countries, "places": points, "problems": chosen.problems})


@require_safe
def calendar(request, slug):
    call = _call(slug)
    chosen = queries.filter_activities(call, request.GET)
    # One address reversed, the others made from it: reversing 20,000 took a second.
    head, tail = request.build_absolute_uri(
        reverse("activities:activity", args=[call.slug, 0])
    ).rsplit("/0/", 1)
    body = ical.calendar(
        call,
        chosen.activities.select_related("organisation"),
        url_for=lambda pk: f"{head}/{pk}/{tail}",
        language=translation.get_language(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{call.slug}-activities.ics"'
    return response
