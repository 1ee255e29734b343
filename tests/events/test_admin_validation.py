"""Bad input in the secretariat's event screens: a clear message, nothing saved."""

import datetime

import pytest
from django.urls import reverse

from plenaria.core.models import AuditEntry
from plenaria.events.models import Event, Room
from tests.factories import EventFactory, SeriesFactory, VenueFactory

pytestmark = pytest.mark.django_db


def event_form(series, **overrides):
    data = {
        "series": series.pk,
        "title_en": "World Telecommunication and Information Society Day 2023",
        "title_fr": "Journée mondiale 2023",
        "acronym": "WTISD-23",
        "theme_en": "",
        "kind": "observance",
        "format": "hybrid",
        "status": "draft",
        "timezone": "Europe/Zurich",
        "times_announced": "on",
        "start_date": "2023-05-17",
        "start_time": "14:30",
        "end_date": "2023-05-17",
        "end_time": "16:30",
        "venue": "",
        "room": "",
        "contact_email": "strategy@itu.int",
        "website": "",
        "organiser_links-TOTAL_FORMS": "0",
        "organiser_links-INITIAL_FORMS": "0",
        "relations_out-TOTAL_FORMS": "0",
        "relations_out-INITIAL_FORMS": "0",
    }
    return data | overrides


def post_event(client, data):
    return client.post(reverse("admin:events_event_add"), data)


def test_a_valid_event_is_stored_in_utc_from_the_local_times_and_logged(secretariat_client):
    response = post_event(secretariat_client, event_form(SeriesFactory()))
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.start == datetime.datetime(2023, 5, 17, 12, 30, tzinfo=datetime.UTC)
    assert event.end == datetime.datetime(2023, 5, 17, 14, 30, tzinfo=datetime.UTC)
    assert event.slug == "wtisd-23"
    assert AuditEntry.objects.get(content_type__model="event").changes["acronym"] == [
        None,
        "WTISD-23",
    ]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_time": "13:00"}, "The event must end after it starts."),
        ({"end_date": "2023-05-16"}, "The event must end after it starts."),
        (
            {"timezone": "Europe/Geneva"},
            "Select a valid choice. Europe/Geneva is not one of the available choices.",
        ),
        ({"start_date": "2023-02-30"}, "Enter a valid date."),
        (
            {
                "timezone": "Europe/Zurich",
                "start_date": "2023-03-26",
                "start_time": "02:30",
                "end_date": "2023-03-26",
            },
            "02:30 does not exist on 2023-03-26 in Europe/Zurich",
        ),
        ({"contact_email": "strategy@"}, "Enter a valid email address."),
        ({"acronym": "W" * 51}, "Ensure this value has at most 50 characters (it has 51)."),
        (
            {"title_en": "T" * 301, "title_fr": ""},
            "The English text is 301 characters long; at most 300 are allowed.",
        ),
        ({"start_time": ""}, "Give the start and end times, or untick"),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(secretariat_client, overrides, message):
    response = post_event(secretariat_client, event_form(SeriesFactory(), **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Event.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_duplicate_acronym_within_a_series_is_refused(secretariat_client):
    existing = EventFactory(acronym="WTISD-23")
    response = post_event(secretariat_client, event_form(existing.series))
    assert "This series already has an event with this acronym." in response.content.decode()
    assert Event.objects.count() == 1


def test_the_same_acronym_in_another_series_gets_its_own_address(secretariat_client):
    EventFactory(acronym="WTISD-23", slug="wtisd-23")
    response = post_event(secretariat_client, event_form(SeriesFactory(acronym="WSIS Forum")))
    assert response.status_code == 302
    assert Event.objects.get(series__acronym="WSIS Forum").slug == "wtisd-23-2023"


def test_dates_only_when_the_times_are_not_announced(secretariat_client):
    data = event_form(
        SeriesFactory(),
        timezone="Africa/Kigali",
        times_announced="",
        start_date="2022-06-06",
        start_time="",
        end_date="2022-06-16",
        end_time="",
        acronym="WTDC-21",
    )
    assert post_event(secretariat_client, data).status_code == 302
    event = Event.objects.get()
    assert event.local.times == "" and event.local.start.date() == datetime.date(2022, 6, 6)
    assert event.local.end.date() == datetime.date(2022, 6, 16)


def test_a_negative_room_capacity_is_refused(secretariat_client):
    venue = VenueFactory()
    response = secretariat_client.post(
        reverse("admin:events_room_add"),
        {"venue": venue.pk, "name_en": "Popov Room", "capacity": "-5"},
    )
    assert "Ensure this value is greater than or equal to 0." in response.content.decode()
    assert not Room.objects.exists()


def test_a_room_of_another_venue_is_refused(secretariat_client):
    room = Room.objects.create(venue=VenueFactory(), name={"en": "Popov Room"}, capacity=10)
    other = VenueFactory(name={"en": "Kigali Convention Centre"})
    response = post_event(
        secretariat_client, event_form(SeriesFactory(), venue=other.pk, room=room.pk)
    )
    assert "This room is not at the chosen venue." in response.content.decode()
    assert not Event.objects.exists()


def test_an_event_cannot_sit_within_itself(secretariat_client):
    outer, inner = EventFactory(acronym="WSIS Forum 2021"), EventFactory(acronym="WTISD 2021")
    from plenaria.events import services

    services.relate(None, inner, "part_of", outer)
    data = event_form(
        outer.series,
        acronym=outer.acronym,
        **{
            "relations_out-TOTAL_FORMS": "1",
            "relations_out-0-kind": "part_of",
            "relations_out-0-target": inner.pk,
        },
    )
    response = secretariat_client.post(reverse("admin:events_event_change", args=[outer.pk]), data)
    assert "This would place the event within itself." in response.content.decode()
    assert outer.relations_out.count() == 0


def test_an_events_history_is_its_audit_log(secretariat_client):
    assert post_event(secretariat_client, event_form(SeriesFactory())).status_code == 302
    event = Event.objects.get()
    data = event_form(event.series, status="published")
    change_url = reverse("admin:events_event_change", args=[event.pk])
    assert secretariat_client.post(change_url, data).status_code == 302
    history_url = reverse("admin:events_event_history", args=[event.pk])
    history = secretariat_client.get(history_url, follow=True)
    entries = list(history.context["cl"].result_list)
    assert [entry.action for entry in entries] == ["update", "create"]
    assert entries[0].changes == {"status": ["draft", "published"]}
    assert entries[0].actor.username == "officer"
