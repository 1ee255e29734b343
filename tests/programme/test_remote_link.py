"""The remote link of a session reaches the event's admitted participants, and no one else."""

import pytest
from django.test import Client
from django.urls import reverse

from plenaria.registration.tokens import make_token
from tests.programme.factories import SessionFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
LINK = "https://meet.example.org/round-table"


def session_page(client, session):
    path = reverse("programme:session", kwargs={"event_slug": session.event.slug, "pk": session.pk})
    return client.get(path).content.decode()


@pytest.fixture
def round_table():
    event = open_event()
    day = event.local.start.date()
    return SessionFactory(
        event=event, day=day, at=event.local.start.time(), minutes=60, remote_link=LINK
    )


def open_private_link(client, registration):
    assert (
        client.get(reverse("registration:mine", args=[make_token(registration)])).status_code == 200
    )


def test_an_admitted_participant_sees_it_after_opening_their_private_link(round_table):
    visitor = Client()
    assert LINK not in session_page(visitor, round_table)
    admitted = register(round_table.event, mode="remote")
    assert admitted.status == "approved"
    open_private_link(visitor, admitted)
    assert LINK in session_page(visitor, round_table)


def test_cancelling_withdraws_it_and_another_events_registration_never_gives_it(round_table):
    visitor = Client()
    registration = register(round_table.event, mode="remote")
    open_private_link(visitor, registration)
    assert LINK in session_page(visitor, round_table)
    private = reverse("registration:mine", args=[make_token(registration)])
    assert visitor.post(private, {"action": "cancel"}, follow=True).status_code == 200
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert LINK not in session_page(visitor, round_table)

    stranger = Client()
    open_private_link(stranger, register(open_event(), mode="remote"))
    assert LINK not in session_page(stranger, round_table)
