"""When people registered, and when they arrived: counts per day, a few hundred rows."""

from zoneinfo import ZoneInfo

from django.db.models import Count
from django.db.models.functions import TruncDate

from plenaria.registration.models import CheckIn, Registration


def registered_per_day(event, organisations=None) -> list[list]:
    """Registrations received per day (every status: a registration later cancelled was still
    received that day), as ``[days before the opening, count]``, earliest first. Days are
    counted in the event's time zone, so a curve can be laid on another edition's."""
    found = Registration.objects.filter(event=event)
    if organisations is not None:
        found = found.filter(organisation__in=organisations)
    opening = event.start.astimezone(_zone(event)).date()
    rows = (
        found.order_by()
        .annotate(day=TruncDate("created_at", tzinfo=_zone(event)))
        .values("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return [[(opening - row["day"]).days, row["n"]] for row in rows]


def cumulative(per_day: list) -> list[tuple[int, int]]:
    """``[[days before the opening, n], …]`` as running totals, x increasing (a chart of them
    reverses it, the opening on the right)."""
    total, points = 0, []
    for days, n in sorted(per_day, key=lambda pair: -pair[0]):
        total += n
        points.append((days, total))
    return sorted(points)


def arrivals_per_day(event, organisations=None) -> list[list]:
    """People checked in on each day of the event, as ``[ISO date, count]``."""
    found = CheckIn.objects.filter(registration__event=event)
    if organisations is not None:
        found = found.filter(registration__organisation__in=organisations)
    rows = found.order_by("day").values("day").annotate(n=Count("id"))
    return [[row["day"].isoformat(), row["n"]] for row in rows]


def _zone(event) -> ZoneInfo:
    return ZoneInfo(event.timezone)
