"""Exports of a programme: iCalendar, Frab XML and JSON, the agenda as PDF."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import get_language

from plenaria.programme import listing, queries, starred
from plenaria.programme.exports import frab, ical, pdf
from plenaria.programme.views import with_event


def _session_url(request, event):
    base = request.build_absolute_uri(
        reverse("programme:programme", kwargs={"event_slug": event.slug})
    )
    return lambda pk: f"{base}sessions/{pk}/"


def _calendar(request, event, sessions, filename: str) -> HttpResponse:
    body = ical.calendar(
        event,
        listing.export_rows(sessions, get_language()),
        url_for=_session_url(request, event),
        language=get_language(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@with_event
def event_calendar(request, event):
    return _calendar(request, event, queries.programme_for_export(event), f"{event.slug}.ics")


@with_event
def session_calendar(request, event, pk):
    sessions = queries.programme_for_export(event).filter(pk=pk)
    if not sessions.exists():
        raise Http404
    return _calendar(request, event, sessions, f"{event.slug}-{pk}.ics")


@with_event
def personal_calendar(request, event):
    """``?token=`` carries the starred sessions for calendar clients, which have no cookie."""
    token = request.GET.get("token", "")
    chosen = starred.from_token(event, token) if token else starred.read(request, event)
    sessions = queries.chosen_sessions(event, chosen)
    return _calendar(request, event, sessions, f"{event.slug}-my-agenda.ics")


def _schedule(request, event) -> dict:
    base = request.build_absolute_uri(
        reverse("programme:programme", kwargs={"event_slug": event.slug})
    )
    return frab.schedule(
        event,
        listing.export_rows(queries.programme_for_export(event), get_language()),
        base_url=base,
        url_for=_session_url(request, event),
        language=get_language(),
    )


@with_event
def frab_xml(request, event):
    return HttpResponse(frab.to_xml(_schedule(request, event)), content_type="application/xml")


@with_event
def frab_json(request, event):
    return HttpResponse(
        frab.to_json(_schedule(request, event)), content_type="application/json; charset=utf-8"
    )


@with_event
def agenda_pdf(request, event):
    body = pdf.agenda_pdf(
        event,
        queries.agenda(event),
        listing.export_rows(queries.programme_for_export(event), get_language()),
        language=get_language(),
    )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{event.slug}-agenda.pdf"'
    return response
