"""Reads of programmes, each a fixed number of queries whatever the number of sessions."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet

from plenaria.core.timezones import get_zone, make_local
from plenaria.events.models import Event
from plenaria.events.queries import public_events
from plenaria.programme.choices import Gender
from plenaria.programme.conflicts import Balance
from plenaria.programme.models import (
    ActionLine,
    AgendaItem,
    Session,
    SessionSpeaker,
    SessionType,
    Speaker,
    Track,
)
from plenaria.programme.numbering import number_tree


def public_event(slug: str) -> Event:
    return public_events().select_related("series", "venue").get(slug=slug)


@dataclass(frozen=True)
class Filters:
    day: datetime.date | None = None
    type: str = ""
    track: str = ""
    action_line: str = ""
    language: str = ""

    @property
    def active(self) -> bool:
        return bool(self.type or self.track or self.action_line or self.language)


def parse_filters(params, event: Event) -> Filters:
    """Filters from a query string; anything malformed is ignored rather than refused."""
    try:
        day = datetime.date.fromisoformat(params.get("day", "")[:10])
    except ValueError:
        day = None
    language = params.get("language", "")
    return Filters(
        day=day,
        type=params.get("type", "")[:40],
        track=params.get("track", "")[:40],
        action_line=params.get("action_line", "")[:10],
        language=language if language in dict(settings.LANGUAGES) else "",
    )


def _speaking() -> Prefetch:
    return Prefetch(
        "participations",
        queryset=SessionSpeaker.objects.select_related("speaker__organisation"),
    )


def sessions_for_display(event: Event) -> QuerySet[Session]:
    return (
        Session.objects.filter(event=event)
        .select_related("type", "track", "room")
        .prefetch_related("action_lines", _speaking())
        .order_by("start", "end", "id")
    )


def language_filter(code: str) -> Q:
    """Sessions whose space-separated ``languages`` contain ``code``."""
    return (
        Q(languages=code)
        | Q(languages__startswith=f"{code} ")
        | Q(languages__endswith=f" {code}")
        | Q(languages__contains=f" {code} ")
    )


def programme(event: Event, filters: Filters) -> QuerySet[Session]:
    """The sessions matching the filters, in order, without their relations (see listing)."""
    sessions = Session.objects.filter(event=event).order_by("start", "end", "id")
    if filters.day:
        start = make_local(filters.day, datetime.time(0, 0), event.timezone)
        end = make_local(
            filters.day + datetime.timedelta(days=1), datetime.time(0, 0), event.timezone
        )
        sessions = sessions.filter(start__lt=end, end__gt=start)
    if filters.type:
        sessions = sessions.filter(type__code=filters.type)
    if filters.track:
        sessions = sessions.filter(track__slug=filters.track)
    if filters.action_line:
        sessions = sessions.filter(action_lines__code=filters.action_line)
    if filters.language:
        sessions = sessions.filter(language_filter(filters.language))
    return sessions


def programme_days(event: Event) -> list[datetime.date]:
    """The local dates on which sessions start, in order."""
    zone = get_zone(event.timezone)
    starts = Session.objects.filter(event=event).values_list("start", flat=True)
    return sorted({moment.astimezone(zone).date() for moment in starts})


def filter_choices(event: Event) -> dict:
    used = Session.objects.filter(event=event)
    languages = set()
    for value in used.order_by().values_list("languages", flat=True).distinct():
        languages.update(value.split())
    names = dict(settings.LANGUAGES)
    return {
        "types": SessionType.objects.filter(session__event=event).distinct(),
        "tracks": Track.objects.filter(event=event),
        "action_lines": ActionLine.objects.filter(sessions__event=event).distinct(),
        "languages": [(code, names[code]) for code in names if code in languages],
    }


def session_detail(event: Event, pk: int) -> Session:
    return sessions_for_display(event).select_related("room__venue").get(pk=pk)


def programme_for_export(event: Event) -> QuerySet[Session]:
    return Session.objects.filter(event=event).order_by("start", "end", "id")


def chosen_sessions(event: Event, pks) -> QuerySet[Session]:
    """Chosen sessions without their relations (for listing.rows)."""
    return Session.objects.filter(event=event, pk__in=list(pks)[:1000]).order_by("start", "id")


def speaker_detail(event: Event, pk: int) -> tuple[Speaker, QuerySet[Session]]:
    speaker = (
        Speaker.objects.select_related("organisation", "country")
        .filter(pk=pk, participations__session__event=event)
        .distinct()
        .get()
    )
    sessions = Session.objects.filter(event=event, participations__speaker=speaker).order_by(
        "start", "end", "id"
    )
    return speaker, sessions


def event_speakers(event: Event) -> QuerySet[Speaker]:
    return Speaker.objects.filter(participations__session__event=event).distinct()


def event_balance(event: Event) -> Balance:
    """Women among the event's speakers whose gender is stated, counted once each."""
    counts = (
        event_speakers(event)
        .exclude(gender="")
        .aggregate(
            counted=Count("pk", distinct=True),
            women=Count("pk", distinct=True, filter=Q(gender=Gender.WOMAN)),
        )
    )
    return Balance(counts["women"], counts["counted"])


def agenda(event: Event):
    items = AgendaItem.objects.filter(event=event).prefetch_related("documents", "statuses")
    return number_tree(items)
