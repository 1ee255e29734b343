"""Which events a report covers: a series' editions, the edition before an event, the events
of a period, a chosen set. Drafts are left out: an event counts once it is announced."""

import datetime

from django.db.models import QuerySet

from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event


def announced() -> QuerySet[Event]:
    return Event.objects.filter(status__in=PUBLIC_STATUSES).select_related("series")


def editions(series) -> list[Event]:
    """The series' announced editions, oldest first."""
    return list(announced().filter(series=series).order_by("start", "pk"))


def previous_edition(event) -> Event | None:
    """The announced edition of the same series that opened last before ``event``."""
    if event.series_id is None:
        return None
    return (
        announced()
        .filter(series_id=event.series_id, start__lt=event.start)
        .order_by("-start", "-pk")
        .first()
    )


def of_period(start: datetime.date, end: datetime.date) -> list[Event]:
    """The announced events opening between ``start`` and ``end``, both days included (UTC
    days; the caller has checked that ``end`` is not before ``start``)."""
    return list(
        announced().filter(start__date__gte=start, start__date__lte=end).order_by("start", "pk")
    )


def chosen(slugs: list[str]) -> list[Event]:
    """The announced events among ``slugs`` (an unknown or draft one is left out; the caller
    says so), oldest first."""
    return list(announced().filter(slug__in=slugs).order_by("start", "pk"))
