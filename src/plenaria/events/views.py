from django.http import Http404
from django.shortcuts import render

from plenaria.core.pagination import page_of
from plenaria.core.viewer import viewer_zone
from plenaria.events import queries
from plenaria.events.choices import EventFormat
from plenaria.events.models import Event, Series

PAGE_SIZE = 20


def _year(raw: str) -> int | None:
    # Four ASCII digits: "２０２３" and a 5,000-digit number are not years (int() of the
    # latter raises).
    return (
        int(raw)
        if len(raw) == 4 and raw.isascii() and raw.isdigit() and 1900 <= int(raw) <= 2200
        else None
    )


def event_list(request):
    series = request.GET.get("series", "")[:30]
    year = _year(request.GET.get("year", ""))
    fmt = request.GET.get("format", "")
    fmt = fmt if fmt in EventFormat.values else ""
    page = page_of(queries.event_list(series, year, fmt), PAGE_SIZE, request.GET.get("page"))
    return render(
        request,
        "events/event_list.html",
        {
            "page": page,
            "viewer_zone": viewer_zone(request),
            "filters": {"series": series, "year": year, "format": fmt},
            "series_choices": Series.objects.filter(
                events__status__in=queries.PUBLIC_STATUSES
            ).distinct(),
            "year_choices": queries.year_span(),
            "format_choices": EventFormat.choices,
        },
    )


def event_detail(request, slug):
    try:
        event = queries.event_detail(slug)
    except Event.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "viewer_zone": viewer_zone(request),
            **queries.organisers_by_role(event),
        },
    )
