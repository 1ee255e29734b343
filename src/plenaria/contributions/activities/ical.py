"""The iCalendar (RFC 5545) feed of a call's approved activities.

Each activity keeps its own zone: its times carry its TZID, and the feed holds one VTIMEZONE
(from the ``icalendar`` package) per zone used, covering the call's span. Entries are written
here line by line, as building a thousand with ``icalendar`` takes most of a second; the
tests read the feed back with ``icalendar``. UIDs come from the activity's permanent key,
so that a refreshed feed updates entries instead of adding them again.
"""

import datetime

from django.utils import translation
from icalendar import Timezone

from plenaria.core.timezones import get_zone

PRODID = "-//Plenaria//National activities//EN"
_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": ""})


def text(value: str) -> str:
    """A TEXT value (§3.3.11): backslashes, semicolons, commas and line ends escaped."""
    return str(value).translate(_ESCAPES)


def folded(line: str) -> str:
    """Lines of at most 75 octets (§3.1), cut between UTF-8 characters, never inside one."""
    pieces, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # a continuation line starts with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _zone_block(name: str, call) -> str:
    first = call.held_from - datetime.timedelta(days=31)
    last = call.held_until + datetime.timedelta(days=31)
    component = Timezone.from_tzinfo(get_zone(name), tzid=name, first_date=first, last_date=last)
    return component.to_ical().decode().rstrip("\r\n")


def _local(moment: datetime.datetime, zone) -> str:
    return moment.astimezone(zone).strftime("%Y%m%dT%H%M%S")


def _description(activity) -> str:
    parts = (activity.organiser, activity.description.in_language())
    return "\n\n".join(part for part in parts if part)


def _entry(activity, zone, url_for) -> list[str]:
    place = activity.city or ""
    where = ", ".join(part for part in (place, str(activity.country)) if part)
    lines = [
        "BEGIN:VEVENT",
        f"UID:activity-{activity.submission_key}@plenaria",
        f"DTSTAMP:{activity.updated_at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={activity.timezone}:{_local(activity.starts_at, zone)}",
        f"DTEND;TZID={activity.timezone}:{_local(activity.ends_at, zone)}",
        f"SUMMARY:{text(activity.title.in_language())}",
        f"DESCRIPTION:{text(_description(activity))}",
        f"LOCATION:{text(where)}",
        f"CATEGORIES:{text(activity.get_kind_display())}",
    ]
    if url_for:
        lines.append(f"URL:{url_for(activity.pk)}")
    lines.append("END:VEVENT")
    return lines


def calendar(call, activities, *, url_for=None, language: str = "en") -> bytes:
    """The activities as one calendar, each in its own time zone."""
    with translation.override(language):
        rows = list(activities)
        zones = {name: get_zone(name) for name in sorted({a.timezone for a in rows})}
        body = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            folded(f"X-WR-CALNAME:{text(str(call.event))}"),
        ]
        body.extend(_zone_block(name, call) for name in zones)  # before the entries using them
        for activity in rows:
            body.extend(
                folded(line) for line in _entry(activity, zones[activity.timezone], url_for)
            )
        body.append("END:VCALENDAR")
    return ("\r\n".join(body) + "\r\n").encode()
