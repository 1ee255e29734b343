"""The secretariat opens an event for registration in the admin, through the service."""

import pytest

from plenaria.core.models import AuditEntry
from tests.factories import EventFactory, RoomFactory

pytestmark = pytest.mark.django_db


def test_open_an_event_for_registration_in_the_admin(secretariat_client):
    room = RoomFactory(capacity=120)
    event = EventFactory(room=room, venue=room.venue)
    url = "/en/admin/registration/registrationsettings/add/"
    assert secretariat_client.get(url).status_code == 200
    form = {
        "event": event.pk,
        "opens_at_0": "2023-04-12",
        "opens_at_1": "08:00",
        "closes_at_0": "2023-05-16",
        "closes_at_1": "16:00",
        "interpretation_languages": ["fr", "es"],
        "interpretation_deadline": "2023-04-20",
        "youth_min_age": 18,
        "youth_max_age": 29,
    }
    response = secretariat_client.post(url, form)
    assert response.status_code == 302
    conf = event.registration_settings
    assert conf.interpretation_languages == ["fr", "es"]
    assert conf.in_person_capacity == 120  # from the room
    assert AuditEntry.objects.filter(object_id=str(conf.pk), action="create").exists()

    bad = {**form, "event": EventFactory().pk, "closes_at_0": "2023-04-01"}
    response = secretariat_client.post(url, bad)
    assert "Registration must close after it opens." in response.content.decode()
