"""Time zones and how event times are shown.

Times are stored in UTC. Each event has an IANA zone; pages show local time with the zone's
abbreviation and UTC offset ("14:30–16:30 CEST (UTC+2)") and, on request, the viewer's zone.
"""

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

datetime_utc = zoneinfo.ZoneInfo("UTC")


@cache
def available_timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


# Where the organisation's events usually take place: offered first.
COMMON_ZONES = (
    "Europe/Zurich",  # Geneva's zone: the database has no "Europe/Geneva"
    "UTC",
    "Europe/Paris",
    "Europe/London",
    "America/New_York",
    "Africa/Kigali",
    "Africa/Nairobi",
    "Africa/Cairo",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Bangkok",
    "Asia/Tokyo",
    "America/Sao_Paulo",
    "Australia/Sydney",
)
# Old names kept by the zone database for compatibility; not real places to choose from.
LEGACY_PREFIXES = ("Etc/", "US/", "SystemV/", "Canada/", "Brazil/", "Chile/", "Mexico/")


@cache
def real_timezones() -> tuple[str, ...]:
    """Zones named after a place (Area/City), and UTC; no aliases such as "Factory" or "US/…"."""
    return tuple(
        sorted(
            name
            for name in available_timezones()
            if name == "UTC" or ("/" in name and not name.startswith(LEGACY_PREFIXES))
        )
    )


def city_of(name: str) -> str:
    return name.rsplit("/", 1)[-1].replace("_", " ")


def timezone_label(name: str, now: datetime | None = None) -> str:
    """ "Zurich (Europe/Zurich, UTC+1)", with the zone's offset at the moment."""
    moment = (now or datetime.now(datetime_utc)).astimezone(zoneinfo.ZoneInfo(name))
    if name == "UTC":
        return "UTC"
    return f"{city_of(name)} ({name}, {utc_offset_label(moment)})"


def timezone_choices() -> list[tuple[str, str]]:
    """The common zones first, then every real zone by name, each with its current offset."""
    hour = datetime.now(datetime_utc).replace(minute=0, second=0, microsecond=0)
    return list(_choices_at(hour))


@lru_cache(maxsize=2)
def _choices_at(hour: datetime) -> tuple[tuple[str, str], ...]:
    # Offsets change on the hour (or half hour) at most: the labels are made once an hour.
    common = [name for name in COMMON_ZONES if name in available_timezones()]
    rest = [name for name in real_timezones() if name not in common]
    return tuple((name, timezone_label(name, hour)) for name in (*common, *rest))


def validate_timezone(name: str) -> None:
    if name not in available_timezones():
        raise ValidationError(
            gettext_lazy(
                "“%(name)s” is not a known time zone; use an IANA name such as Europe/Zurich."
            ),
            code="unknown_timezone",
            params={"name": name},
        )


def get_zone(name: str) -> zoneinfo.ZoneInfo:
    validate_timezone(name)
    return zoneinfo.ZoneInfo(name)


def make_local(day: date, clock: time, zone_name: str) -> datetime:
    """The aware datetime (in UTC) for a wall-clock time in a zone; refuses times that do not exist.

    On the day clocks go forward, 02:30 does not exist in Geneva; a person must choose.
    On the day they go back, the earlier of the two moments is taken.
    """
    zone = get_zone(zone_name)
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=zone)
    round_trip = aware.astimezone(datetime_utc).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:
        raise ValidationError(
            gettext_lazy(
                "%(time)s does not exist on %(date)s in %(zone)s: the clocks change that night."
            ),
            code="nonexistent_time",
            params={"time": clock.strftime("%H:%M"), "date": day.isoformat(), "zone": zone_name},
        )
    # Returned in UTC: arithmetic between two wall-clock times of one zone ignores the change
    # of offset in between, and UTC is what is stored anyway.
    return aware.astimezone(datetime_utc)


def utc_offset_label(moment: datetime) -> str:
    """UTC+2, UTC-5, UTC+5:30, UTC."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(moment: datetime) -> str:
    """CEST (UTC+2); zones without a letter abbreviation show only the offset."""
    abbreviation = moment.tzname() or ""
    offset = utc_offset_label(moment)
    if not abbreviation or abbreviation[0] in "+-" or abbreviation == offset:
        return offset
    return f"{abbreviation} ({offset})"


def format_date(value: date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def format_time(value: datetime) -> str:
    return formats.time_format(value, "TIME_FORMAT")


@dataclass(frozen=True)
class ShownSpan:
    """A start and end as one zone sees them."""

    zone: str
    start: datetime
    end: datetime
    with_times: bool

    @property
    def dates(self) -> str:
        first, last = self.start.date(), self.end.date()
        if first == last:
            return format_date(first)
        return _("%(first)s – %(last)s") % {"first": format_date(first), "last": format_date(last)}

    @property
    def times(self) -> str:
        if not self.with_times:
            return ""
        start_zone, end_zone = zone_label(self.start), zone_label(self.end)
        if start_zone == end_zone:
            return f"{format_time(self.start)}–{format_time(self.end)} {start_zone}"
        # The clocks changed during the event: each end keeps its own abbreviation.
        return f"{format_time(self.start)} {start_zone} – {format_time(self.end)} {end_zone}"

    def __str__(self) -> str:
        return f"{self.dates}, {self.times}" if self.times else self.dates


def shown_in(start: datetime, end: datetime, zone_name: str, with_times: bool = True) -> ShownSpan:
    zone = get_zone(zone_name)
    return ShownSpan(zone_name, start.astimezone(zone), end.astimezone(zone), with_times)
