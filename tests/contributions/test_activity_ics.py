"""The iCalendar feed of a call's activities: each activity in its own time zone, with the
zone's rules, read back with the ``icalendar`` package; only public activities."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from plenaria.contributions.choices import ActivityKind, Moderation
from plenaria.directory.models import Country
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db


def _at(day: datetime.date, hour: int, zone: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), zoneinfo.ZoneInfo(zone))


def test_each_activity_keeps_its_own_zone(client):
    call = CallFactory(slug="wtisd-2021", held_from=datetime.date(2021, 5, 1))
    day = datetime.date(2021, 5, 17)
    kigali = ActivityFactory(
        call=call,
        status=Moderation.PUBLISHED,
        country=Country.objects.get(code="RW"),
        city="Kigali",
        timezone="Africa/Kigali",
        starts_at=_at(day, 9, "Africa/Kigali"),
        ends_at=_at(day, 17, "Africa/Kigali"),
        title={"en": "Girls in ICT; coding, robots\nand more", "fr": "Filles et TIC"},
    )
    new_york = ActivityFactory(
        call=call,
        status=Moderation.PUBLISHED,
        country=Country.objects.get(code="US"),
        city="New York",
        timezone="America/New_York",
        starts_at=_at(day, 18, "America/New_York"),
        ends_at=_at(day, 20, "America/New_York"),
        title={"en": "Évènement " + "très long " * 12},
    )
    ActivityFactory(call=call, status=Moderation.SUBMITTED, title={"en": "Not yet approved"})

    answer = client.get(reverse("activities:ics", args=[call.slug]))
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("text/calendar")
    assert all(len(line) <= 75 for line in answer.content.split(b"\r\n"))
    feed = icalendar.Calendar.from_ical(answer.content)

    zones = {str(zone["TZID"]) for zone in feed.walk("VTIMEZONE")}
    assert zones == {"Africa/Kigali", "America/New_York"}
    entries = {str(entry["SUMMARY"]): entry for entry in feed.walk("VEVENT")}
    assert set(entries) == {str(kigali.title), str(new_york.title)}
    rwanda = entries["Girls in ICT; coding, robots\nand more"]
    assert rwanda["DTSTART"].params["TZID"] == "Africa/Kigali"
    assert rwanda["DTSTART"].dt.replace(tzinfo=None) == datetime.datetime(2021, 5, 17, 9)
    assert rwanda["DTSTART"].dt == kigali.starts_at
    america = entries[str(new_york.title)]
    assert america["DTSTART"].params["TZID"] == "America/New_York"
    assert america["DTEND"].dt == new_york.ends_at
    assert america["DTSTART"].dt.astimezone(datetime.UTC).hour == 22  # EDT, UTC-4
    assert str(america["URL"]).endswith(f"/activities/wtisd-2021/{new_york.pk}/")
    assert str(america["UID"]) == f"activity-{new_york.submission_key}@plenaria"


def test_the_feed_follows_the_filters_and_the_readers_language(client):
    call = CallFactory(slug="wtisd-23")
    ActivityFactory(call=call, status=Moderation.PUBLISHED, kind="webinar")
    ActivityFactory(call=call, status=Moderation.PUBLISHED, kind="workshop")
    answer = client.get(f"/fr/activities/{call.slug}/activities.ics", {"kind": "webinar"})
    entries = icalendar.Calendar.from_ical(answer.content).walk("VEVENT")
    assert len(entries) == 1
    assert str(entries[0]["SUMMARY"]).startswith("Journée numérique")
    with translation.override("fr"):
        assert str(entries[0]["CATEGORIES"].cats[0]) == str(ActivityKind.WEBINAR.label)
