"""The iCalendar (RFC 5545) feed of a call's approved activities.

Each activity keeps its own zone: its times carry its TZID, and the feed holds one VTIMEZONE
(from the ``icalendar`` package) per zone used, covering the call's span. Entries are written
here line by line, as building a thousand with ``icalendar`` takes most of a second; the
tests read the feed back with ``icalendar``. UIDs come from the activity's permanent key,
so that a refreshed feed updates entries instead of adding them again.
"""

import datetime
from functools import lru_cache

from django.utils import translation
from django_countries import countries as iso_countries
from icalendar import Timezone

from plenaria.contributions.choices import ActivityKind
from plenaria.core.timezones import get_zone

PRODID = "-//Plenaria//National activities//EN"
_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": ""})


def text(value: str) -> str:
    """A TEXT value (§3.3.11): backslashes, semicolons, commas and line ends escaped."""
    return str(value).translate(_ESCAPES)


def folded(line: str) -> str:
    """Lines of at most 75 octets (§3.1), cut between UTF-8 characters, never inside one."""
    if len(line.encode()) <= 75:
        return line
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


@lru_cache(maxsize=4096)
def _zone_block(name: str, first: datetime.date, last: datetime.date) -> str:
    """The zone's rules from ``first`` to ``last`` only: ``icalendar`` walks the whole span,
    which took 50 ms a zone for a call's three months; the activities' own days are enough."""
    component = Timezone.from_tzinfo(get_zone(name), tzid=name, first_date=first, last_date=last)
    return component.to_ical().decode().rstrip("\r\n")


def _spans(rows) -> dict[str, tuple[datetime.date, datetime.date]]:
    """Per zone, the first and last day of its activities, a day either side."""
    spans: dict[str, tuple[datetime.date, datetime.date]] = {}
    for activity in rows:
        first, last = activity.starts_at.date(), activity.ends_at.date()
        if activity.timezone in spans:
            first = min(first, spans[activity.timezone][0])
            last = max(last, spans[activity.timezone][1])
        spans[activity.timezone] = (first, last)
    day = datetime.timedelta(days=1)
    return {name: (first - day, last + day) for name, (first, last) in sorted(spans.items())}


def _local(moment: datetime.datetime, zone) -> str:
    return moment.astimezone(zone).strftime("%Y%m%dT%H%M%S")


def _description(activity, language: str) -> str:
    parts = (activity.organiser, activity.description.in_language(language))
    return "\n\n".join(part for part in parts if part)


def _entry(activity, zone, words: dict, url_for) -> list[str]:
    """One VEVENT; ``words`` holds what is translated once for the whole feed (names of
    countries and kinds, the language), as looking them up per entry doubled the time."""
    language = words["language"]
    where = ", ".join(part for part in (activity.city, words[activity.country_id]) if part)
    lines = [
        "BEGIN:VEVENT",
        f"UID:activity-{activity.submission_key}@plenaria",
        f"DTSTAMP:{activity.updated_at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={activity.timezone}:{_local(activity.starts_at, zone)}",
        f"DTEND;TZID={activity.timezone}:{_local(activity.ends_at, zone)}",
        f"SUMMARY:{text(activity.title.in_language(language))}",
        f"DESCRIPTION:{text(_description(activity, language))}",
        f"LOCATION:{text(where)}",
        f"CATEGORIES:{text(words[activity.kind])}",
    ]
    if url_for:
        lines.append(f"URL:{url_for(activity.pk)}")
    lines.append("END:VEVENT")
    return lines


def calendar(call, activities, *, url_for=None, language: str = "en") -> bytes:
    """The activities as one calendar, each in its own time zone."""
    with translation.override(language):
        rows = list(activities)
        spans = _spans(rows)
        zones = {name: get_zone(name) for name in spans}
        words = {code: str(name) for code, name in iso_countries}
        words |= {value: str(label) for value, label in ActivityKind.choices}
        words["language"] = language
        body = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            folded(f"X-WR-CALNAME:{text(str(call.event))}"),
        ]
        # Each zone's rules come before the entries that use it.
        body.extend(_zone_block(name, *span) for name, span in spans.items())
        for activity in rows:
            body.extend(
                folded(line) for line in _entry(activity, zones[activity.timezone], words, url_for)
            )
        body.append("END:VCALENDAR")
    return ("\r\n".join(body) + "\r\n").encode()
