"""Letter deliveries that cannot be sent: a lasting trouble fails at once, a passing one waits
as long as the settings say, and a person can queue a failed one again."""

import datetime

import pytest
from django.utils import timezone

from plenaria.circulars import dispatch, sending
from plenaria.circulars.models import Delivery
from plenaria.core.models import AuditEntry
from tests.circulars.smtp_sink import RunningSink, Sink, free_port
from tests.circulars.test_dispatch import issued_letter, smtp
from tests.factories import ContactFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def letter_to(*emails):
    organisation = OrganisationFactory(category="academia")
    for email in emails:
        ContactFactory(organisation=organisation, email=email)
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    return letter


def test_an_address_that_cannot_be_encoded_fails_at_once_and_the_others_go():
    letter = letter_to("x@。.com", "here@uni.example.org")
    with RunningSink(Sink()) as running:
        report = sending.send_pending(letter.pk, connection=smtp(running.port))
    assert running.sink.recipients() == ["here@uni.example.org"]
    bad = Delivery.objects.get(email="x@。.com")
    assert report.failed == 1 and bad.state == "failed" and bad.attempts == 1
    assert bad.last_error.startswith("UnicodeError: ") and bad.next_attempt_at is None


def test_back_off_and_the_number_of_attempts_are_settings(settings):
    settings.PLENARIA_MAIL_RETRY_SECONDS = [2, 7]
    settings.PLENARIA_MAIL_MAX_ATTEMPTS = 3
    letter = letter_to("a@uni.example.org")
    waits = []
    for _attempt in range(3):
        Delivery.objects.filter(state="retrying").update(next_attempt_at=timezone.now())
        before = timezone.now()
        sending.send_pending(letter.pk, connection=smtp(free_port()))
        delivery = Delivery.objects.get()
        if delivery.state == "retrying":
            waits.append(round((delivery.next_attempt_at - before).total_seconds()))
    assert waits == [2, 7]
    assert delivery.state == "failed" and delivery.attempts == 3
    assert delivery.last_error.startswith("ConnectionRefusedError: ")


def test_a_retrying_delivery_is_not_tried_before_its_time():
    letter = letter_to("a@uni.example.org")
    sending.send_pending(letter.pk, connection=smtp(free_port()))
    with RunningSink(Sink()) as running:
        assert sending.send_pending(connection=smtp(running.port)).sent == 0
        Delivery.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))
        assert sending.send_pending(connection=smtp(running.port)).sent == 1
    assert running.sink.recipients() == ["a@uni.example.org"]


def test_a_failed_delivery_can_be_queued_again_by_a_person(secretariat_user):
    letter = letter_to("gone@uni.example.org")
    with RunningSink(Sink(refuse={"gone@uni.example.org"})) as running:
        sending.send_pending(letter.pk, connection=smtp(running.port))
    failed = Delivery.objects.get()
    assert failed.state == "failed"
    assert sending.retry(secretariat_user, failed) is True
    assert sending.retry(secretariat_user, failed) is False  # queued already: nothing to do
    with RunningSink(Sink()) as running:
        assert sending.send_pending(letter.pk, connection=smtp(running.port)).sent == 1
    assert Delivery.objects.get().state == "sent"
    assert AuditEntry.objects.filter(action="retry delivery").count() == 1


def test_a_letter_whose_pdf_cannot_be_made_fails_at_once_with_the_reason():
    """Text stored before the checks at save (or behind their back) fails once, clearly,
    instead of being tried again and again."""
    from plenaria.circulars.models import LetterVersion

    letter = letter_to("a@uni.example.org")
    LetterVersion.objects.filter(letter=letter).update(body=">" * 40 + " deep")
    with RunningSink(Sink()) as running:
        report = sending.send_pending(letter.pk, connection=smtp(running.port))
    assert running.sink.received == []
    delivery = Delivery.objects.get()
    assert report.failed == 1 and delivery.state == "failed" and delivery.attempts == 1
    assert delivery.last_error.startswith("TypstError: ")


def test_while_the_server_is_unreachable_a_run_tries_one_and_the_rest_wait():
    letter = letter_to("a@uni.example.org", "b@uni.example.org", "c@uni.example.org")
    report = sending.send_pending(letter.pk, connection=smtp(free_port()))
    assert report.retrying == 1 and report.sent == 0
    states = sorted(Delivery.objects.values_list("state", "attempts"))
    assert states == [("queued", 0), ("queued", 0), ("retrying", 1)]
    with RunningSink(Sink()) as running:
        assert sending.send_pending(letter.pk, connection=smtp(running.port)).sent == 2
        Delivery.objects.update(next_attempt_at=timezone.now())
        assert sending.send_pending(letter.pk, connection=smtp(running.port)).sent == 1
    assert len(running.sink.recipients()) == 3
