"""Public pages of a programme: by day and track, a session, a speaker, the personal agenda."""

import datetime
import functools
from html import escape

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plenaria.core.timezones import get_zone, shown_in, timezone_choices
from plenaria.core.viewer import viewer_zone
from plenaria.events.models import Event
from plenaria.programme import cards, conflicts, listing, queries, rules, starred
from plenaria.programme.models import Session, Speaker


def with_event(view):
    """Look the public event up from the address, or answer 404."""

    @functools.wraps(view)
    def wrapper(request, event_slug, *args, **kwargs):
        try:
            event = queries.public_event(event_slug)
        except Event.DoesNotExist:
            raise Http404 from None
        return view(request, event, *args, **kwargs)

    return wrapper


def _present(sessions, event, zone_name, starred_pks=()):
    """Attach what the session page shows: local times, the viewer's times, the star."""
    starred_pks = set(starred_pks)
    for session in sessions:
        session.shown = shown_in(session.start, session.end, event.timezone)
        session.mine = (
            shown_in(session.start, session.end, zone_name)
            if zone_name and zone_name != event.timezone
            else None
        )
        session.starred = session.pk in starred_pks
        session.speaking = list(session.participations.all())
    return sessions


@functools.lru_cache(maxsize=64)
def _zone_options(selected: str | None) -> str:
    """The ~600 options of the zone picker, written once per chosen zone."""
    return mark_safe(  # zone names are escaped
        "".join(
            f'<option value="{escape(value)}"{" selected" if value == selected else ""}>'
            f"{escape(label)}</option>"
            for value, label in timezone_choices()
        )
    )


def _cards(request, session_rows) -> str:
    return cards.cards(
        session_rows,
        labels=listing.labels(),
        csrf_token=get_token(request),
        here=request.get_full_path(),
    )


def _default_day(event, days):
    today = datetime.datetime.now(get_zone(event.timezone)).date()
    return today if today in days else (days[0] if days else None)


@with_event
def programme(request, event):
    filters = queries.parse_filters(request.GET, event)
    days = queries.programme_days(event)
    all_days = request.GET.get("day") == "all" or (filters.active and not filters.day)
    if not all_days and not filters.day:
        filters = queries.Filters(day=_default_day(event, days))
    zone = viewer_zone(request)
    sessions = listing.rows(
        queries.programme(event, filters),
        event,
        viewer_zone=zone,
        starred=starred.read(request, event),
    )
    by_track = request.GET.get("group") == "track"
    return render(
        request,
        "programme/programme.html",
        {
            "event": event,
            "filters": filters,
            "all_days": all_days,
            "days": days,
            "groups": [
                (heading, _cards(request, rows))
                for heading, rows in listing.grouped(sessions, by_track)
            ],
            "by_track": by_track,
            "count": len(sessions),
            "choices": queries.filter_choices(event),
            "balance": queries.event_balance(event),
            "viewer_zone": zone,
            "zone_options": _zone_options(zone),
        },
    )


@with_event
def session_detail(request, event, pk):
    try:
        session = queries.session_detail(event, pk)
    except Session.DoesNotExist:
        raise Http404 from None
    zone = viewer_zone(request)
    _present([session], event, zone, starred.read(request, event))
    return render(
        request,
        "programme/session_detail.html",
        {
            "event": event,
            "session": session,
            "language_names": listing.language_names(session.languages),
            "balance": conflicts.balance([link.speaker for link in session.speaking]),
            "remote_link": session.remote_link
            if rules.can_see_remote_link(request, session)
            else "",
            "viewer_zone": zone,
            "zone_options": _zone_options(zone),
        },
    )


@with_event
def speaker_detail(request, event, pk):
    try:
        speaker, sessions = queries.speaker_detail(event, pk)
    except Speaker.DoesNotExist:
        raise Http404 from None
    zone = viewer_zone(request)
    rows = listing.rows(sessions, event, viewer_zone=zone, starred=starred.read(request, event))
    return render(
        request,
        "programme/speaker_detail.html",
        {
            "event": event,
            "speaker": speaker,
            "cards": _cards(request, rows),
            "viewer_zone": zone,
        },
    )


@require_POST
@with_event
def toggle_star(request, event, pk):
    """Star or unstar a session; answers JSON to scripts, a redirect to plain forms."""
    if not Session.objects.filter(pk=pk, event=event).exists():
        raise Http404
    chosen = starred.toggle(starred.read(request, event), pk)
    if request.headers.get("Accept", "").startswith("application/json"):
        response = JsonResponse({"starred": pk in chosen, "count": len(chosen)})
    else:
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("programme:programme", kwargs={"event_slug": event.slug})
        # A path, never a view name: redirect("-1") would try to reverse "-1".
        response = HttpResponseRedirect(back)
    starred.remember(response, event, chosen)
    return response


@with_event
def my_agenda(request, event):
    chosen = starred.read(request, event)
    zone = viewer_zone(request)
    sessions = listing.rows(
        queries.chosen_sessions(event, chosen), event, viewer_zone=zone, starred=chosen
    )
    return render(
        request,
        "programme/my_agenda.html",
        {
            "event": event,
            "cards": _cards(request, sessions),
            "token": starred.token(event, chosen) if chosen else "",
            "viewer_zone": zone,
            "zone_options": _zone_options(zone),
        },
    )


@with_event
def agenda(request, event):
    return render(
        request, "programme/agenda.html", {"event": event, "agenda": queries.agenda(event)}
    )


@login_required
@with_event
def organiser_warnings(request, event):
    if not rules.can_see_warnings(request.user):
        raise PermissionDenied(_("Only the secretariat sees the organiser's warnings."))
    speakers = queries.event_speakers(event)
    return render(
        request,
        "programme/warnings.html",
        {
            "event": event,
            "warnings": conflicts.for_event(event),
            "balance": conflicts.balance(speakers),
        },
    )
