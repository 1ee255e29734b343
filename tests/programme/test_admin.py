"""The secretariat's programme screens: times typed in the event's zone, bad input refused."""

import datetime

import pytest
from django.urls import reverse

from plenaria.core.models import AuditEntry
from plenaria.programme.models import AgendaItem, Session
from plenaria.programme.services import add_agenda_item
from tests.programme.factories import ForumEventFactory, SessionTypeFactory

pytestmark = pytest.mark.django_db


def session_form(event, **overrides):
    return {
        "event": event.pk,
        "title_en": "Digital inclusion of older persons",
        "title_fr": "Inclusion numérique des personnes âgées",
        "type": SessionTypeFactory().pk,
        "format": "hybrid",
        "languages": "en fr",
        "date": "2021-05-18",
        "start_time": "14:30",
        "end_time": "16:00",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
    } | overrides


def test_a_session_typed_in_local_time_is_stored_in_utc(secretariat_client):
    event = ForumEventFactory()
    response = secretariat_client.post(reverse("admin:programme_session_add"), session_form(event))
    assert response.status_code == 302
    session = Session.objects.get()
    assert session.start == datetime.datetime(2021, 5, 18, 12, 30, tzinfo=datetime.UTC)
    assert AuditEntry.objects.filter(content_type__model="session", action="create").exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_time": "14:00"}, "The session must end after it starts."),
        ({"date": "2021-06-01"}, "The session must take place within the event&#x27;s dates"),
        ({"languages": "en klingon"}, "Unknown language code: klingon."),
        ({"date": "2021-03-28", "start_time": "02:30"}, "does not exist on 2021-03-28"),
    ],
)
def test_bad_sessions_get_a_message_and_nothing_is_saved(secretariat_client, overrides, message):
    event = ForumEventFactory(start=datetime.datetime(2021, 3, 1, tzinfo=datetime.UTC))
    response = secretariat_client.post(
        reverse("admin:programme_session_add"), session_form(event, **overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Session.objects.exists()


def test_an_agenda_item_cannot_be_put_under_its_own_sub_item(secretariat_client):
    event = ForumEventFactory()
    part = add_agenda_item(None, event, {"en": "Work programme"})
    child = add_agenda_item(None, event, {"en": "Study groups"}, parent=part)
    response = secretariat_client.post(
        reverse("admin:programme_agendaitem_change", args=[part.pk]),
        {
            "event": event.pk, "parent": child.pk, "position": 0, "title_en": "Work programme",
            "statuses-TOTAL_FORMS": "0", "statuses-INITIAL_FORMS": "0",
            "documents-TOTAL_FORMS": "0", "documents-INITIAL_FORMS": "0",
        },
    )  # fmt: skip
    assert response.status_code == 200
    assert "cannot be moved under itself" in response.content.decode()
    assert AgendaItem.objects.get(pk=part.pk).parent is None


@pytest.mark.parametrize(
    "name",
    ["session", "speaker", "sessiontype", "track", "agendaitem", "actionline"],
)
def test_the_secretariat_lists_every_programme_table(secretariat_client, name):
    ForumEventFactory()
    assert secretariat_client.get(reverse(f"admin:programme_{name}_changelist")).status_code == 200
    assert secretariat_client.get(reverse(f"admin:programme_{name}_add")).status_code == 200
