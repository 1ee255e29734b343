"""Exports read back by the tools that consume them: icalendar, an XML parser, a PDF reader."""

import datetime
import io
import json
import xml.etree.ElementTree as ET

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from plenaria.programme.exports.ical import escape_text, fold, uid

pytestmark = pytest.mark.django_db
BASE = "/en/events/wsis-forum-2021/programme/"
UTC = datetime.UTC


def calendar(client, path):
    response = client.get(f"{BASE}{path}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def entries(cal):
    return {str(entry["SUMMARY"]): entry for entry in cal.walk("VEVENT")}


def test_the_event_calendar_has_its_zone_and_correct_times(client, forum_programme):
    cal = calendar(client, "programme.ics")
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    (zone,) = cal.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Zurich"
    assert {c.name for c in zone.subcomponents} >= {"DAYLIGHT"}
    opening = entries(cal)["Opening of the Forum"]
    assert opening["DTSTART"].params["TZID"] == "Europe/Zurich"
    assert opening["DTSTART"].dt.astimezone(UTC) == datetime.datetime(2021, 5, 17, 7, 0, tzinfo=UTC)
    assert opening["DTEND"].dt.astimezone(UTC) == datetime.datetime(2021, 5, 17, 8, 0, tzinfo=UTC)
    assert opening["UID"] == uid(forum_programme["opening"].uid)
    assert "Amina Uwase" in opening["DESCRIPTION"] and opening["LOCATION"] == "Popov Room"
    assert str(opening["URL"]).endswith(f"{BASE}sessions/{forum_programme['opening'].pk}/")
    assert len(entries(cal)) == 3


def test_uids_stay_the_same_when_a_session_changes(client, forum_programme):
    before = {str(e["UID"]) for e in calendar(client, "programme.ics").walk("VEVENT")}
    workshop = forum_programme["workshop"]
    workshop.title = {"en": "Older persons online"}
    workshop.save()
    after = calendar(client, "programme.ics")
    assert {str(e["UID"]) for e in after.walk("VEVENT")} == before
    assert "Older persons online" in entries(after)


def test_one_sessions_calendar_and_the_personal_agenda(client, forum_programme):
    cafe = forum_programme["cafe"]
    single = calendar(client, f"sessions/{cafe.pk}.ics")
    assert list(entries(single)) == ["Knowledge café: data governance"]
    client.post(f"{BASE}sessions/{cafe.pk}/star/")
    assert list(entries(calendar(client, "my.ics"))) == ["Knowledge café: data governance"]
    # The subscription address carries the list for calendar clients that have no cookie.
    body = client.get(f"{BASE}my/").content.decode()
    token = body.split("my.ics?token=")[1].split('"')[0]
    stranger = client.__class__()
    cal = icalendar.Calendar.from_ical(stranger.get(f"{BASE}my.ics?token={token}").content)
    assert list(entries(cal)) == ["Knowledge café: data governance"]
    forged = icalendar.Calendar.from_ical(stranger.get(f"{BASE}my.ics?token=forged").content)
    assert list(entries(forged)) == []


def test_the_frab_xml_has_the_expected_structure(client, forum_programme):
    response = client.get(f"{BASE}schedule.xml")
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    assert root.tag == "schedule"
    conference = root.find("conference")
    assert conference.findtext("acronym") == "WSIS Forum 2021"
    assert conference.findtext("start") == "2021-05-17" and conference.findtext("days") == "5"
    assert conference.findtext("time_zone_name") == "Europe/Zurich"
    days = root.findall("day")
    assert [day.get("date") for day in days][:2] == ["2021-05-17", "2021-05-18"]
    assert days[0].get("start") == "2021-05-17T04:00:00+02:00"
    (room,) = days[0].findall("room")
    assert room.get("name") == "Popov Room"
    (event,) = room.findall("event")
    assert event.get("guid") == str(forum_programme["opening"].uid)
    expected = {
        "date": "2021-05-17T09:00:00+02:00", "start": "09:00", "duration": "01:00",
        "room": "Popov Room", "title": "Opening of the Forum", "track": "High-Level Track",
        "type": "High-level dialogue", "language": "ar",
    }  # fmt: skip
    assert {key: event.findtext(key) for key in expected} == expected
    assert [p.text for p in event.find("persons")] == ["Amina Uwase", "Kwame Osei"]
    online = days[1].find("room")
    assert online.get("name") == "Online" and len(online.findall("event")) == 2


def test_the_frab_json_carries_the_same_schedule(client, forum_programme):
    data = json.loads(client.get(f"{BASE}schedule.json").content)
    conference = data["schedule"]["conference"]
    assert conference["daysCount"] == 5 and conference["time_zone_name"] == "Europe/Zurich"
    (opening,) = conference["days"][0]["rooms"]["Popov Room"]
    assert opening["guid"] == str(forum_programme["opening"].uid)
    assert opening["persons"][0]["public_name"] == "Amina Uwase"
    french = json.loads(client.get(BASE.replace("/en/", "/fr/") + "schedule.json").content)
    (online,) = french["schedule"]["conference"]["days"][1]["rooms"].values()
    assert [e["title"] for e in online] == [
        "Inclusion numérique des personnes âgées",
        "Café-découverte : gouvernance des données",
    ]


def test_the_programme_as_pdf(client, forum_programme):
    response = client.get(f"{BASE}agenda.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "WSIS Forum 2021" in text and "Opening of the Forum" in text
    assert "09:00–10:00 CEST" in text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300))
def test_any_title_survives_escaping_and_folding(title):
    line = fold(f"SUMMARY:{escape_text(title)}")
    assert all(len(part.encode()) <= 75 for part in line.split("\r\n"))
    text = f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    (entry,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(entry["SUMMARY"]) == title
