"""The schedule in the Frab/pentabarf formats (schedule.xml and schedule.json).

Schedule apps (Giggity, ConfClerk, the c3voc tooling…) read these; the shape follows Frab's
own export, with days in the event's time zone and rooms named in the chosen language.
"""

import datetime
import json
import uuid
import xml.etree.ElementTree as ET

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from plenaria.core.timezones import get_zone

ROOMS_NAMESPACE = uuid.UUID("6c1f3a3e-3f4b-4c36-9a0e-4f1f0c2b7a11")
# Frab starts a conference day at this hour; sessions before it belong to the day before.
DAY_CHANGE = datetime.time(4, 0)


def _hhmm(delta: datetime.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _room_name(row) -> str:
    return row["room__name"] if row["room__name"] else _("Online")


def _event_entry(row, event, zone, url_for) -> dict:
    start = row["start"].astimezone(zone)
    title = row["title"]
    return {
        "guid": str(row["uid"]),
        "id": row["pk"],
        "date": start.isoformat(),
        "start": start.strftime("%H:%M"),
        "duration": _hhmm(row["end"] - row["start"]),
        "room": _room_name(row),
        "slug": f"{event.slug}-{row['pk']}-{slugify(title)[:50]}",
        "url": url_for(row["pk"]) if url_for else "",
        "title": title,
        "subtitle": "",
        "track": row["track__name"],
        "type": row["type__name"],
        "language": (row["language_codes"] or [""])[0],
        "abstract": row["description"],
        "description": "",
        "logo": "",
        "persons": [{"id": pk, "public_name": name} for pk, name in row["speakers"]],
        "links": [],
        "attachments": [],
        "do_not_record": False,
    }


def schedule(event, rows, *, base_url: str = "", url_for=None, language: str = "en") -> dict:
    """Sessions (as ``listing.export_rows``) as a dictionary shaped like Frab's schedule.json."""
    zone = get_zone(event.timezone)
    with translation.override(language):
        days: dict[datetime.date, dict[str, list]] = {}
        first = event.start.astimezone(zone).date()
        last = event.end.astimezone(zone).date()
        day = first
        while day <= last:
            days[day] = {}
            day += datetime.timedelta(days=1)
        rooms: dict[str, str] = {}
        latest = event.start
        for row in rows:
            local = row["start"].astimezone(zone)
            date = local.date() - datetime.timedelta(days=local.time() < DAY_CHANGE)
            name = _room_name(row)
            rooms.setdefault(name, str(uuid.uuid5(ROOMS_NAMESPACE, f"{event.pk}/{name}")))
            days.setdefault(date, {}).setdefault(name, []).append(
                _event_entry(row, event, zone, url_for)
            )
            latest = max(latest, row["updated_at"])
        ordered = sorted(days)
        return {
            "$schema": "https://c3voc.de/schedule/schema.json",
            "generator": {"name": "Plenaria"},
            "schedule": {
                "version": latest.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M"),
                "base_url": base_url,
                "conference": {
                    "acronym": event.acronym,
                    "title": str(event.title),
                    "start": ordered[0].isoformat() if ordered else first.isoformat(),
                    "end": ordered[-1].isoformat() if ordered else last.isoformat(),
                    "daysCount": len(ordered),
                    "timeslot_duration": "00:15",
                    "time_zone_name": event.timezone,
                    "url": base_url,
                    "rooms": [{"name": name, "guid": guid} for name, guid in rooms.items()],
                    "days": [
                        {
                            "index": index,
                            "date": date.isoformat(),
                            "day_start": _day_bound(date, zone).isoformat(),
                            "day_end": _day_bound(
                                date + datetime.timedelta(days=1), zone
                            ).isoformat(),
                            "rooms": days[date],
                        }
                        for index, date in enumerate(ordered, start=1)
                    ],
                },
            },
        }


def _day_bound(date: datetime.date, zone) -> datetime.datetime:
    return datetime.datetime.combine(date, DAY_CHANGE, tzinfo=zone)


def to_json(data: dict) -> bytes:
    # Without indentation the standard library encodes in C, ten times faster.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _text(parent, tag: str, value="", **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    element.text = "" if value is None else str(value)
    return element


def to_xml(data: dict) -> bytes:
    schedule_data = data["schedule"]
    conference = schedule_data["conference"]
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": "Plenaria"})
    _text(root, "version", schedule_data["version"])
    element = ET.SubElement(root, "conference")
    for key in ("acronym", "title", "start", "end"):
        _text(element, key, conference[key])
    _text(element, "days", conference["daysCount"])
    _text(element, "timeslot_duration", conference["timeslot_duration"])
    _text(element, "base_url", conference["url"])
    _text(element, "time_zone_name", conference["time_zone_name"])
    for day in conference["days"]:
        day_element = ET.SubElement(
            root,
            "day",
            {
                "index": str(day["index"]),
                "date": day["date"],
                "start": day["day_start"],
                "end": day["day_end"],
            },
        )
        for room_name, entries in day["rooms"].items():
            room = ET.SubElement(day_element, "room", {"name": room_name})
            for entry in entries:
                _event_xml(room, entry)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _event_xml(room, entry: dict) -> None:
    element = ET.SubElement(room, "event", {"guid": entry["guid"], "id": str(entry["id"])})
    for key in ("date", "start", "duration", "room", "slug", "url", "title", "subtitle"):
        _text(element, key, entry[key])
    for key in ("track", "type", "language", "abstract", "description", "logo"):
        _text(element, key, entry[key])
    persons = ET.SubElement(element, "persons")
    for person in entry["persons"]:
        _text(persons, "person", person["public_name"], id=person["id"])
    ET.SubElement(element, "links")
    ET.SubElement(element, "attachments")
    recording = ET.SubElement(element, "recording")
    _text(recording, "license", "")
    _text(recording, "optout", "false")
