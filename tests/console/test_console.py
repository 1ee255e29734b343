"""The secretariat's console per event: where the event stands, each part linking to its tool,
in a number of queries that does not grow with the registrations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.circulars.models import Delivery
from plenaria.registration import checkin
from tests.circulars.factories import LetterFactory
from tests.factories import EventFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def url(event, language="en"):
    return f"/{language}/console/{event.slug}/"


def test_shows_where_the_event_stands(secretariat_client, secretariat_user):
    event = open_event(in_person_capacity=2)
    seated = register(event, actor=secretariat_user, direct=True, mode="in_person", gender="woman")
    register(
        event,
        actor=secretariat_user,
        direct=True,
        mode="in_person",
        gender="man",
        interpretation_language="fr",
    )
    waiting = register(event, actor=secretariat_user, direct=True, mode="in_person", gender="man")
    register(event, mode="remote", gender="man", interpretation_language="fr")
    letter = LetterFactory(reference="DIR/CONSOLE/1")
    letter.events.add(event)
    Delivery.objects.create(letter=letter, email="a@example.org", language="en", state="sent")
    Delivery.objects.create(letter=letter, email="b@example.org", language="en")
    assert checkin.check_in_by_name(secretariat_user, event, seated.pk).admitted

    page = secretariat_client.get(url(event))
    assert page.status_code == 200
    html = page.content.decode()
    seats = page.context["registration"]["seats"]
    waiting.refresh_from_db()
    assert waiting.status == "waiting"
    assert (seats["taken"], seats["capacity"], seats["waiting"]) == (2, 2, 1)
    assert {row["language"]: row["total"] for row in page.context["registration"]["demand"]} == {
        "fr": 2
    }
    assert page.context["registration"]["overall"]["women"] == 1
    assert [row["arrived"] for row in page.context["registration"]["arrivals"]] == [1]
    assert page.context["letters"][0]["sent"] == 1 and page.context["letters"][0]["total"] == 2
    assert "DIR/CONSOLE/1" in html and "1 of 2 sent" in html
    assert "2 of 2 seats taken" in html
    assert f"/en/registration/manage/{event.slug}/" in html
    assert f"/en/registration/checkin/{event.slug}/" in html or "checkin" in html
    assert "<meter" in html and "<progress" in html
    assert " style=" not in html and "<script>" not in html


def test_empty_states_say_what_to_do(secretariat_client):
    event = EventFactory()
    html = secretariat_client.get(url(event)).content.decode()
    assert "No letter concerns this event yet" in html
    assert "takes no registrations" in html
    fresh = open_event()
    html = secretariat_client.get(url(fresh)).content.decode()
    assert "No one has registered yet" in html
    assert "No one has checked in yet" in html


def test_numbers_in_meters_are_not_localised(secretariat_client):
    event = open_event()
    register(event, gender="woman")
    register(event, gender="man")
    register(event, gender="man")
    html = secretariat_client.get(url(event, "fr")).content.decode()
    assert 'value="33.3"' in html


def test_linked_from_the_event_page_and_the_registration_list(secretariat_client):
    event = open_event()
    assert url(event) in secretariat_client.get(f"/en/events/{event.slug}/").content.decode()
    listed = secretariat_client.get(f"/en/registration/manage/{event.slug}/").content.decode()
    assert url(event) in listed


def test_unknown_event_is_not_found(secretariat_client):
    assert secretariat_client.get("/en/console/no-such-event/").status_code == 404


def test_signed_out_asked_to_sign_in_and_others_refused(client, django_user_model):
    event = open_event()
    answer = client.get(url(event))
    assert answer.status_code == 302 and "/account/signin/" in answer["Location"]
    client.force_login(django_user_model.objects.create_user("someone", is_staff=True))
    refused = client.get(url(event))
    assert refused.status_code == 403
    assert "Not allowed" in refused.content.decode()


def test_query_count_does_not_grow(secretariat_client, secretariat_user):
    event = open_event()
    register(event)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url(event))
    for index in range(15):
        register(
            event,
            actor=secretariat_user,
            direct=bool(index % 2),
            mode="in_person" if index % 3 else "remote",
        )
    with CaptureQueriesContext(connection) as many:
        secretariat_client.get(url(event))
    assert len(many) == len(few)
