"""Each event's figures, read from its snapshot.

A dashboard never scans an event's registrations while someone waits, except the first time:
it reads the snapshot, which the worker computes again every
five minutes (the period of the job ``reports.refresh_figures``) for the events still taking
registrations or under way, and which the secretariat can refresh at once. A snapshot of an
older shape (see ``event.VERSION``) is computed again when read. Past events change no more,
so their snapshots stay as they are until someone refreshes them."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from plenaria.events.models import Event
from plenaria.reports.figures import event as event_figures
from plenaria.reports.models import EventSnapshot

# Events whose figures may still move: registrations open, or the event not long over.
STILL_MOVING = datetime.timedelta(days=30)


def refresh(event) -> EventSnapshot:
    data = event_figures.compute(event)
    with transaction.atomic():
        snapshot, _created = EventSnapshot.objects.update_or_create(
            event=event,
            defaults={
                "computed_at": timezone.now(),
                "version": event_figures.VERSION,
                "data": data,
            },
        )
    return snapshot


def figures_of(events) -> dict[int, dict]:
    """The figures of each of ``events`` by primary key: one query for the snapshots, and a
    computation only for an event that has none yet (or one of an older shape)."""
    events = list(events)
    found = {
        snapshot.event_id: snapshot
        for snapshot in EventSnapshot.objects.filter(
            event__in=events, version=event_figures.VERSION
        )
    }
    return {event.pk: (found.get(event.pk) or refresh(event)).data for event in events}


def figures(event) -> dict:
    return figures_of([event])[event.pk]


def refresh_moving(now=None) -> int:
    """Compute again the snapshots of the events whose figures may still move."""
    now = now or timezone.now()
    moving = Event.objects.filter(end__gte=now - STILL_MOVING, start__lte=now + _horizon())
    count = 0
    for event in moving.iterator():
        refresh(event)
        count += 1
    return count


def _horizon() -> datetime.timedelta:
    # Registration opens months before an event: a year ahead covers every open form.
    return datetime.timedelta(days=getattr(settings, "PLENARIA_REPORTS_HORIZON_DAYS", 400))
