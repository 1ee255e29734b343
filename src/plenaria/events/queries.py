"""Reads of events for the public pages, each a fixed number of queries."""

from django.db.models import Max, Min, Prefetch, QuerySet
from django.utils import timezone
from django.utils.functional import cached_property

from plenaria.events.choices import PUBLIC_STATUSES, OrganiserRole
from plenaria.events.models import Event, EventOrganiser, EventRelation


def public_events() -> QuerySet[Event]:
    return Event.objects.filter(status__in=PUBLIC_STATUSES)


class UpcomingThenPast:
    """Events still to come (soonest first) followed by past ones (latest first).

    Two index-ordered queries rather than one sorted on a computed key: a page deep in the
    list then costs an index walk, not a sort of every event. Paginator needs only ``count``
    and slicing.
    """

    def __init__(self, events: QuerySet[Event]):
        now = timezone.now()
        self.upcoming = events.filter(end__gte=now).order_by("start", "id")
        self.past = events.filter(end__lt=now).order_by("-start", "-id")

    @cached_property
    def upcoming_count(self) -> int:
        return self.upcoming.count()

    def count(self) -> int:
        return self.upcoming_count + self.past.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Event]:
        start, stop, split = window.start or 0, window.stop, self.upcoming_count
        page = list(self.upcoming[start:stop]) if start < split else []
        for event in page:
            event.is_past = False
        if stop is None or stop > split:
            past = list(self.past[max(start - split, 0) : None if stop is None else stop - split])
            for event in past:
                event.is_past = True
            page += past
        return page


def event_list(series: str = "", year: int | None = None, fmt: str = "") -> UpcomingThenPast:
    """Published events matching the filters, those still to come first."""
    events = public_events().select_related("series", "venue", "room")
    if series:
        events = events.filter(series__acronym=series)
    if year:
        events = events.filter(start__year=year)
    if fmt:
        events = events.filter(format=fmt)
    return UpcomingThenPast(events)


def year_span() -> list[int]:
    """The years from the first published event to the last, latest first.

    Read from the two ends of the start index: extracting the year of every row is slow
    on SQLite, where it runs as a Python function per row.
    """
    span = public_events().aggregate(first=Min("start"), last=Max("start"))
    if span["first"] is None:
        return []
    return list(range(span["last"].year, span["first"].year - 1, -1))


def event_detail(slug: str) -> Event:
    organisers = EventOrganiser.objects.select_related("organisation").order_by(
        "role", "order", "id"
    )
    return (
        public_events()
        .select_related("series", "venue__country", "room")
        .prefetch_related(
            Prefetch("organiser_links", queryset=organisers),
            Prefetch(
                "relations_out",
                queryset=EventRelation.objects.filter(
                    target__status__in=PUBLIC_STATUSES
                ).select_related("target"),
            ),
            Prefetch(
                "relations_in",
                queryset=EventRelation.objects.filter(
                    source__status__in=PUBLIC_STATUSES
                ).select_related("source"),
            ),
        )
        .get(slug=slug)
    )


def organisers_by_role(event: Event) -> dict[str, list]:
    links = list(event.organiser_links.all())
    return {
        "organisers": [link.organisation for link in links if link.role == OrganiserRole.ORGANISER],
        "co_organisers": [
            link.organisation for link in links if link.role == OrganiserRole.CO_ORGANISER
        ],
    }
