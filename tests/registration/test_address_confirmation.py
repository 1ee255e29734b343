"""Nobody registers, blocks or reads a registration in another person's name: the private link
goes only to the address, a registration holds its place only until the address is
confirmed, and the answers never tell who is registered."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from plenaria.core import schedule
from plenaria.core.models import AuditEntry
from plenaria.registration import confirmation
from plenaria.registration.models import Notification, Registration
from tests.registration.factories import RegistrationFactory, open_event, register
from tests.registration.mailbox import link_sent_to, links_sent_to

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Aline",
    "last_name": "Mukamana",
    "email": "aline@example.org",
    "gender": "woman",
    "capacity": "delegate",
    "mode": "in_person",
    "consent": "on",
}
PERSON = {**FORM, "consent": True}


def post_form(client, event, capture, **changes):
    with capture(execute=True):
        return client.post(f"/en/events/{event.slug}/register/", {**FORM, **changes}, follow=True)


def post_api(client, event, capture, **changes):
    with capture(execute=True):
        return client.post(
            f"/api/v1/events/{event.slug}/register",
            json.dumps({**PERSON, **changes}),
            content_type="application/json",
        )


def same_page(response) -> str:
    """The page without what differs on every request (the CSRF token, the clock, the
    signed receipt in the page's own address)."""
    text = re.sub(r'value="[^"]{32,}"', "", response.content.decode())
    text = re.sub(r"received(/|%2F)\S*?(/|%2F)", "received/receipt/", text)
    return re.sub(r"\d", "0", text)


def public(event, **values) -> Registration:
    """A registration as the public makes it: its address still to confirm."""
    registration = RegistrationFactory(event=event, **values)
    confirmation.submit(registration)
    return Registration.objects.get(event=event, email=registration.email)


def overdue(registration) -> None:
    """Its deadline has passed (as if a day had gone by)."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    Registration.objects.filter(pk=registration.pk).update(confirm_by=past)


def test_the_form_sends_the_link_to_the_address_only_and_opening_it_confirms(
    client, django_capture_on_commit_callbacks, settings
):
    settings.PLENARIA_CONFIRM_WITHIN_HOURS = 24
    event = open_event(in_person_capacity=5)
    before = timezone.now()
    page = post_form(client, event, django_capture_on_commit_callbacks)
    text = page.content.decode()
    assert page.status_code == 200 and "Check your mailbox" in text
    assert "/registration/mine/" not in text + page.redirect_chain[0][0]

    registration = Registration.objects.get()
    assert registration.status == "seated" and registration.confirmed_at is None
    hours = (registration.confirm_by - before).total_seconds() / 3600
    assert 23.9 < hours < 24.1
    # The deadline is shown in the event's time zone with its abbreviation, on the page and
    # in the mail, which also says the address must be confirmed.
    local = timezone.localtime(registration.confirm_by, ZoneInfo(event.timezone))
    abbreviation = {1: "CET (UTC+1)", 2: "CEST (UTC+2)"}[local.utcoffset().seconds // 3600]
    shown = f"{local:%H:%M} {abbreviation}"
    [message] = mail.outbox
    assert "confirm that this address is yours" in message.body
    assert shown in text and shown in message.body

    assert client.get(link_sent_to("aline@example.org")).status_code == 200
    registration.refresh_from_db()
    assert registration.confirmed_at is not None
    entry = AuditEntry.objects.get(action="address confirmed", object_id=str(registration.pk))
    assert entry.actor is None
    # Opening it again changes nothing.
    confirmed_at = registration.confirmed_at
    client.get(link_sent_to("aline@example.org"))
    registration.refresh_from_db()
    assert registration.confirmed_at == confirmed_at
    assert AuditEntry.objects.filter(action="address confirmed").count() == 1


def test_an_address_registered_already_gets_the_same_answer_and_its_owner_the_link(
    client, django_capture_on_commit_callbacks
):
    event = open_event()
    first = post_form(client, event, django_capture_on_commit_callbacks)
    owner = Registration.objects.get()
    before = list(Registration.objects.values())
    mail.outbox.clear()

    again = post_form(
        client, event, django_capture_on_commit_callbacks, first_name="Mallory", mode="remote"
    )
    assert again.status_code == first.status_code == 200
    assert [status for _, status in again.redirect_chain] == [302]
    assert same_page(again) == same_page(first)
    assert "already" not in again.content.decode()
    assert list(Registration.objects.values()) == before  # nothing changed
    [message] = mail.outbox
    assert message.to == ["aline@example.org"]
    assert "Someone asked to register this e-mail address" in message.body
    assert links_sent_to("aline@example.org")
    link = Notification.objects.get(kind="link")
    assert (link.registration, link.sequence) == (owner, None)

    # No mail-bombing: one such message per registration per 15 minutes.
    for _ in range(3):
        post_form(client, event, django_capture_on_commit_callbacks)
        post_api(client, event, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    later = timezone.now() + datetime.timedelta(minutes=16)
    assert confirmation.send_link_again(event.pk, "aline@example.org", now=later)


def test_the_api_answers_202_alike_for_new_and_registered_addresses(
    client, django_capture_on_commit_callbacks
):
    event = open_event()
    new = post_api(client, event, django_capture_on_commit_callbacks)
    again = post_api(client, event, django_capture_on_commit_callbacks, email="ALINE@example.org")
    assert new.status_code == again.status_code == 202
    assert set(new.json()) == set(again.json()) == {"status", "detail", "confirm_by"}
    assert new.json()["status"] == again.json()["status"] == "received"
    assert new.json()["detail"][:40] == again.json()["detail"][:40]
    for response in (new, again):
        assert "/registration/mine/" not in response.content.decode()
        assert str(Registration.objects.get().pk) not in response.json().values()
    assert Registration.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["aline@example.org"]] * 2


def test_the_answer_page_cannot_be_forged(client):
    event = open_event()
    forged = client.get(f"/en/events/{event.slug}/register/received/WzEsMF0:forged:sig/")
    assert forged.status_code == 404 and "not available" in forged.content.decode()


def test_a_cancelled_registration_may_be_replaced(client, django_capture_on_commit_callbacks):
    event = open_event()
    post_form(client, event, django_capture_on_commit_callbacks)
    cancelled = Registration.objects.get()
    client.post(link_sent_to("aline@example.org"), {"action": "cancel"})
    cancelled.refresh_from_db()
    assert cancelled.status == "cancelled"
    post_form(client, event, django_capture_on_commit_callbacks, mode="remote")
    replacement = Registration.objects.exclude(pk=cancelled.pk).get()
    assert (replacement.status, replacement.mode) == ("approved", "remote")


def test_unconfirmed_registrations_lapse_and_their_seats_go_to_the_waiting_list():
    event = open_event(in_person_capacity=2)
    confirmed = public(event)
    confirmation.confirm_address(confirmed)
    lapsing = public(event)
    waiting = public(event)
    waiting_lapsed = public(event)
    direct = public(open_event())  # another event, still within its deadline
    assert [r.status for r in (confirmed, lapsing, waiting, waiting_lapsed)] == [
        "seated",
        "seated",
        "waiting",
        "waiting",
    ]
    overdue(lapsing)
    overdue(waiting_lapsed)

    # The job is declared on the schedule and runs through it.
    assert "registration.lapse_unconfirmed" in schedule.discover()
    assert schedule.run("registration.lapse_unconfirmed") == 2

    for registration in (confirmed, lapsing, waiting, waiting_lapsed, direct):
        registration.refresh_from_db()
    assert lapsing.status == waiting_lapsed.status == "cancelled"
    assert (confirmed.status, waiting.status, direct.status) == ("seated", "seated", "seated")
    assert Notification.objects.filter(kind="lapsed").count() == 2
    assert Notification.objects.get(registration=waiting, kind="promoted")
    assert event.registration_settings.__class__.objects.get(event=event).in_person_taken == 2
    assert confirmation.lapse_unconfirmed() == 0  # nothing twice


def test_promotion_passes_over_a_turn_whose_hold_has_lapsed(client):
    from plenaria.registration import services

    event = open_event(in_person_capacity=1)
    seated = register(event)
    lapsed = public(event)
    holding = public(event)
    overdue(lapsed)
    services.cancel(None, seated)
    lapsed.refresh_from_db()
    holding.refresh_from_db()
    assert (lapsed.status, holding.status) == ("waiting", "seated")


def test_opening_the_link_after_the_deadline_lapses_the_registration(
    client, django_capture_on_commit_callbacks
):
    event = open_event()
    post_form(client, event, django_capture_on_commit_callbacks)
    registration = Registration.objects.get()
    overdue(registration)
    page = client.get(link_sent_to("aline@example.org"))
    assert page.status_code == 200 and "lapsed" in page.content.decode()
    registration.refresh_from_db()
    assert (registration.status, registration.confirmed_at) == ("cancelled", None)


def test_a_focal_points_delegate_is_confirmed_at_once_and_a_lapsed_one_cannot_be_approved(
    rwanda, rwanda_focal_point
):
    from django.core.exceptions import ValidationError

    from plenaria.registration import services

    event = open_event(approval_required=True)
    delegate = register(event, actor=rwanda_focal_point, direct=True, organisation=rwanda)
    assert delegate.confirmed_at is not None and delegate.confirm_by is None
    pending = public(event, organisation=rwanda)
    assert pending.status == "pending" and pending.confirm_by is not None
    overdue(pending)
    with pytest.raises(ValidationError, match="lapsed"):
        services.decide(rwanda_focal_point, pending, approve=True)
    pending.refresh_from_db()
    assert pending.status == "pending"
    assert confirmation.lapse_unconfirmed() == 1


def test_the_acknowledgement_awaiting_approval_says_it_is_not_yet_a_confirmation(
    client, rwanda, django_capture_on_commit_callbacks
):
    event = open_event(approval_required=True)
    page = post_form(client, event, django_capture_on_commit_callbacks, organisation=rwanda.pk)
    assert "not yet a confirmation" in page.content.decode()
    [message] = mail.outbox
    assert "not yet a confirmation" in message.body
    assert "confirm that this address is yours" in message.body


def test_a_focal_point_registers_a_delegate_whose_address_someone_else_typed(
    rwanda, rwanda_focal_point
):
    from django.core.exceptions import ValidationError

    event = open_event()
    squatter = public(event, email="delegate@example.org", first_name="Mallory")
    delegate = register(
        event,
        actor=rwanda_focal_point,
        direct=True,
        organisation=rwanda,
        email="delegate@example.org",
    )
    squatter.refresh_from_db()
    assert squatter.status == "cancelled"
    assert (delegate.status, delegate.confirmed_at is not None) == ("seated", True)
    # A confirmed registration is not replaced: the focal point is told it exists.
    with pytest.raises(ValidationError, match="already registered"):
        register(
            event,
            actor=rwanda_focal_point,
            direct=True,
            organisation=rwanda,
            email="delegate@example.org",
        )


def test_the_openapi_document_promises_no_link_and_no_identifier(client):
    document = client.get("/api/v1/openapi.json").json()
    responses = document["paths"]["/api/v1/events/{slug}/register"]["post"]["responses"]
    assert "202" in responses and "201" not in responses
    received = document["components"]["schemas"]["ReceivedOut"]["properties"]
    assert set(received) == {"status", "detail", "confirm_by"}
    assert "RegisteredOut" not in document["components"]["schemas"]
