"""iCalendar (RFC 5545) feeds: an event's programme, one session, a personal agenda.

Times carry the event's TZID with its VTIMEZONE, so a client shows them right wherever it is;
UIDs come from the session's permanent identifier, so an updated feed updates, not duplicates.

The VTIMEZONE comes from the ``icalendar`` package; the entries are written here, as that
package takes most of a second for a thousand of them (see bench/programme_exports.py).
The tests read every feed back with ``icalendar``.
"""

import datetime

from django.utils import translation
from icalendar import Timezone

from plenaria.core.timezones import get_zone

PRODID = "-//Plenaria//Programme//EN"
UTC = datetime.UTC


def uid(session_uid) -> str:
    return f"session-{session_uid}@plenaria"


def escape_text(value: str) -> str:
    """TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Lines of at most 75 octets (§3.1), never splitting a UTF-8 character."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a character
            end -= 1
        parts.append(data[start:end].decode())
        start, limit = end, 74  # continuation lines begin with a space
    return "\r\n ".join(parts)


def _local(moment: datetime.datetime, zone) -> str:
    return moment.astimezone(zone).strftime("%Y%m%dT%H%M%S")


def _entry(row: dict, zone, tzid: str, url_for) -> list[str]:
    speakers = ", ".join(name for _pk, name in row["speakers"])
    description = "\n\n".join(part for part in (row["description"], speakers) if part)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(row['uid'])}",
        f"DTSTAMP:{row['updated_at'].astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{_local(row['start'], zone)}",
        f"DTEND;TZID={tzid}:{_local(row['end'], zone)}",
        f"SUMMARY:{escape_text(row['title'])}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if row["room__name"]:
        lines.append(f"LOCATION:{escape_text(row['room__name'])}")
    lines.append(f"CATEGORIES:{escape_text(row['type__name'])}")
    if url_for:
        lines.append(f"URL:{url_for(row['pk'])}")
    lines.append("END:VEVENT")
    return lines


def _vtimezone(event, zone) -> str:
    """The zone's rules around the event only: short, and enough for every session in it."""
    first = event.start.date() - datetime.timedelta(days=366)
    last = event.end.date() + datetime.timedelta(days=366)
    component = Timezone.from_tzinfo(zone, tzid=event.timezone, first_date=first, last_date=last)
    return component.to_ical().decode().rstrip("\r\n")


def calendar(event, rows, *, name: str = "", url_for=None, language: str = "en") -> bytes:
    """Sessions (as ``listing.export_rows``) as one calendar in the event's time zone."""
    zone = get_zone(event.timezone)
    with translation.override(language):
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            f"X-WR-CALNAME:{escape_text(name or str(event.title))}",
            f"X-WR-TIMEZONE:{event.timezone}",
        ]
        body = [fold(line) for line in lines]
        body.append(_vtimezone(event, zone))  # before the entries that refer to it
        for row in rows:
            body.extend(fold(line) for line in _entry(row, zone, event.timezone, url_for))
        body.append("END:VCALENDAR")
    return ("\r\n".join(body) + "\r\n").encode()
