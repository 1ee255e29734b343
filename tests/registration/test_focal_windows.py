"""A focal point sees only events the public can see, and acts only while registration is
open: no delegate seated at a draft, an archived event or one whose registration closed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from plenaria.events.models import Event
from plenaria.registration.models import Registration
from tests.factories import EventFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def delegate(rwanda, **values):
    return {
        "first_name": "Aline",
        "last_name": "Mukamana",
        "email": values.pop("email", "aline.m@example.org"),
        "gender": "woman",
        "year_of_birth": "1990",
        "capacity": "delegate",
        "mode": "in_person",
        "organisation": str(rwanda.pk),
        "consent": "on",
        **values,
    }


def event_in(status, **settings_values):
    """An event with registration settings (open now unless told), then put in ``status``."""
    event = open_event(approval_required=True, **settings_values)
    Event.objects.filter(pk=event.pk).update(status=status)
    event.refresh_from_db()
    return event


def direct(event, focal_point, rwanda):
    return register(event, actor=focal_point, direct=True, organisation=rwanda)


def test_a_draft_is_neither_listed_nor_reachable_nor_open_to_delegates(
    client, rwanda, rwanda_focal_point
):
    draft = event_in("draft")
    client.force_login(rwanda_focal_point)
    listing = client.get("/en/registration/delegations/").content.decode()
    assert draft.acronym not in listing
    for url in (
        f"/en/registration/delegations/{draft.slug}/",
        f"/en/registration/delegations/{draft.slug}/add/",
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(f"/en/registration/delegations/{draft.slug}/add/", delegate(rwanda)).status_code
        == 404
    )
    with pytest.raises(ValidationError, match="only while registration is open"):
        direct(draft, rwanda_focal_point, rwanda)
    assert not Registration.objects.filter(event=draft).exists()


@pytest.mark.parametrize(
    "status, settings_values",
    [
        ("archived", {}),
        ("closed", {}),
        (
            "published",
            {"opens_at": timezone.now() - 10 * DAY, "closes_at": timezone.now() - DAY},
        ),
    ],
    ids=["archived", "closed", "registration-closed"],
)
def test_a_past_event_is_read_only(client, rwanda, rwanda_focal_point, status, settings_values):
    event = open_event(approval_required=True)
    waiting_for_decision = register(event, organisation=rwanda, first_name="Jean")
    assert waiting_for_decision.status == "pending"
    Event.objects.filter(pk=event.pk).update(status=status)
    if settings_values:
        event.registration_settings.__class__.objects.filter(event=event).update(**settings_values)
    client.force_login(rwanda_focal_point)

    listing = client.get("/en/registration/delegations/")
    assert event in listing.context["past_events"]
    assert event not in listing.context["open_events"]
    page = client.get(f"/en/registration/delegations/{event.slug}/")
    html = page.content.decode()
    assert page.status_code == 200 and "Jean" in html
    assert "Register a delegate" not in html and 'name="registrations"' not in html
    assert "can only be read" in html

    added = client.post(f"/en/registration/delegations/{event.slug}/add/", delegate(rwanda))
    assert added.status_code == 302
    decided = client.post(
        f"/en/registration/delegations/{event.slug}/",
        {"decision": "approve", "registrations": [waiting_for_decision.pk]},
    )
    assert decided.status_code == 302
    one = client.post(
        f"/en/registration/decide/{waiting_for_decision.pk}/", {"decision": "approve"}
    )
    assert one.status_code == 302
    with pytest.raises(ValidationError, match="only while registration is open"):
        direct(Event.objects.get(pk=event.pk), rwanda_focal_point, rwanda)
    by_api = client.post(
        f"/api/v1/registrations/{waiting_for_decision.pk}/decision",
        {"approve": True},
        content_type="application/json",
    )
    assert by_api.status_code == 400
    assert "only while the event's registration is open" in by_api.json()["detail"]
    assert list(Registration.objects.filter(event=event).values_list("status", flat=True)) == [
        "pending"
    ]


def test_an_upcoming_event_is_listed_with_its_opening_but_takes_no_delegate(
    client, rwanda, rwanda_focal_point
):
    upcoming = open_event(opens_at=timezone.now() + 3 * DAY, closes_at=timezone.now() + 9 * DAY)
    client.force_login(rwanda_focal_point)
    listing = client.get("/en/registration/delegations/")
    assert upcoming in listing.context["upcoming_events"]
    assert "opens on" in listing.content.decode()
    response = client.post(
        f"/en/registration/delegations/{upcoming.slug}/add/", delegate(rwanda), follow=True
    )
    assert "Registration opens on" in response.content.decode()
    with pytest.raises(ValidationError, match="only while registration is open"):
        direct(upcoming, rwanda_focal_point, rwanda)
    assert not Registration.objects.filter(event=upcoming).exists()


def test_while_registration_is_open_the_focal_point_seats_a_delegate_at_once(
    client, rwanda, rwanda_focal_point
):
    event = open_event(approval_required=True)
    client.force_login(rwanda_focal_point)
    assert event in client.get("/en/registration/delegations/").context["open_events"]
    response = client.post(f"/en/registration/delegations/{event.slug}/add/", delegate(rwanda))
    assert response.status_code == 302
    assert Registration.objects.get(event=event).status == "seated"


def test_the_secretariat_registers_directly_whatever_the_window(secretariat_user, rwanda):
    event = EventFactory(
        status="archived",
        start=timezone.now() + 30 * DAY,
        end=timezone.now() + 30 * DAY + datetime.timedelta(hours=2),
    )
    open_event(event=event)
    seated = direct(event, secretariat_user, rwanda)
    assert seated.status == "seated"
