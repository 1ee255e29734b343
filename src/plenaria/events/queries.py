"""Reads of events for the public pages, each a fixed number of queries."""

from django.db.models import Case, IntegerField, Max, Min, Prefetch, QuerySet, Value, When
from django.utils import timezone

from plenaria.events.choices import PUBLIC_STATUSES, OrganiserRole
from plenaria.events.models import Event, EventOrganiser, EventRelation


def public_events() -> QuerySet[Event]:
    return Event.objects.filter(status__in=PUBLIC_STATUSES)


def event_list(series: str = "", year: int | None = None, fmt: str = "") -> QuerySet[Event]:
    """Published events, those still to come first (soonest first), then past ones (latest first)."""
    now = timezone.now()
    events = public_events().select_related("series", "venue", "room")
    if series:
        events = events.filter(series__acronym=series)
    if year:
        events = events.filter(start__year=year)
    if fmt:
        events = events.filter(format=fmt)
    return events.annotate(
        is_past=Case(
            When(end__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField()
        ),
        upcoming_start=Case(When(end__gte=now, then="start")),
    ).order_by("is_past", "upcoming_start", "-start", "id")


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
