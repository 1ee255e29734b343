"""A notification that cannot be sent records why, waits or fails, and never holds back the
others; the sender never picks a failed one or one not yet due."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from plenaria.core.models import AuditEntry
from plenaria.registration.models import Notification
from plenaria.registration.notifications import retry, send_unsent
from tests.circulars.smtp_sink import RunningSink, Sink, free_port
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def smtp_to(settings, port):
    settings.EMAIL_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5


def stored_with_address(registration, email):
    """An address put in the database whatever the forms accept today."""
    type(registration).objects.filter(pk=registration.pk).update(email=email)
    return registration


def test_an_address_that_cannot_be_encoded_fails_alone_and_the_later_ones_go():
    """``x@。.com`` passes the e-mail check but not the building of the mail."""
    event = open_event()
    bad = stored_with_address(register(event), "x@。.com")
    register(event, email="later@example.org")
    register(event, email="last@example.org")

    assert send_unsent() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["last@example.org", "later@example.org"]
    failed = Notification.objects.get(registration=bad)
    assert failed.failed_at and failed.sent_at is None and failed.attempts == 1
    assert failed.last_error.startswith("UnicodeError: ")
    assert "registration" not in failed.last_error  # the error, never the mail's text

    assert send_unsent() == 0  # a failed one is never picked again
    assert Notification.objects.get(registration=bad).attempts == 1


def test_a_server_that_is_down_means_a_later_retry_with_back_off(settings):
    settings.PLENARIA_MAIL_RETRY_SECONDS = [60, 600]
    smtp_to(settings, free_port())  # nothing listens there
    event = open_event()
    register(event, email="ada@example.org")

    assert send_unsent() == 0
    waiting = Notification.objects.get()
    assert waiting.failed_at is None and waiting.attempts == 1
    assert waiting.last_error.startswith("ConnectionRefusedError: ")
    first_wait = waiting.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=50) < first_wait <= datetime.timedelta(seconds=60)

    with RunningSink(Sink()) as running:
        smtp_to(settings, running.port)
        assert send_unsent() == 0  # not due yet: not tried
        assert Notification.objects.get().attempts == 1
        Notification.objects.update(next_attempt_at=timezone.now())
        assert send_unsent() == 1
    assert running.sink.recipients() == ["ada@example.org"]
    sent = Notification.objects.get()
    assert sent.sent_at and sent.attempts == 2 and sent.last_error == ""


def test_the_second_failure_waits_longer_and_too_many_attempts_fail(settings):
    settings.PLENARIA_MAIL_RETRY_SECONDS = [60, 600]
    settings.PLENARIA_MAIL_MAX_ATTEMPTS = 3
    smtp_to(settings, free_port())
    register(open_event(), email="ada@example.org")
    waits = []
    for _attempt in range(3):
        Notification.objects.update(next_attempt_at=timezone.now())
        before = timezone.now()
        send_unsent()
        notification = Notification.objects.get()
        if notification.next_attempt_at:
            waits.append(round((notification.next_attempt_at - before).total_seconds(), -1))
    assert waits == [60, 600]
    assert notification.failed_at and notification.attempts == 3
    assert notification.next_attempt_at is None


def test_a_refused_recipient_fails_at_once_and_the_next_one_goes(settings):
    register_event = open_event()
    register(register_event, email="gone@example.org")
    register(register_event, email="here@example.org")
    with RunningSink(Sink(refuse={"gone@example.org"})) as running:
        smtp_to(settings, running.port)
        assert send_unsent() == 1
    assert running.sink.recipients() == ["here@example.org"]
    gone = Notification.objects.get(registration__email="gone@example.org")
    assert gone.failed_at and gone.attempts == 1
    assert gone.last_error.startswith("SMTPRecipientsRefused: ") and "550" in gone.last_error


def test_a_failed_notification_is_sent_once_its_address_is_corrected(secretariat_user):
    bad = stored_with_address(register(open_event()), "x@。.com")
    send_unsent()
    notification = Notification.objects.get()
    assert notification.failed_at

    type(bad).objects.filter(pk=bad.pk).update(email="x@example.org")
    retry(secretariat_user, notification)
    assert send_unsent() == 1
    assert [m.to for m in mail.outbox] == [["x@example.org"]]
    assert AuditEntry.objects.filter(action="retry notification").count() == 1


def test_while_the_server_is_unreachable_a_run_tries_one_and_the_rest_wait(settings):
    """Each would wait for the same timeout: the run ends at the first, which waits its
    back-off, so the next run starts with another; once the server is back all go."""
    smtp_to(settings, free_port())
    event = open_event()
    for n in range(3):
        register(event, email=f"p{n}@example.org")
    assert send_unsent() == 0
    assert sorted(Notification.objects.values_list("attempts", flat=True)) == [0, 0, 1]
    assert send_unsent() == 0
    assert sorted(Notification.objects.values_list("attempts", flat=True)) == [0, 1, 1]
    with RunningSink(Sink()) as running:
        smtp_to(settings, running.port)
        assert send_unsent() == 1  # the one never tried; the others wait their back-off
        Notification.objects.update(next_attempt_at=timezone.now())
        assert send_unsent() == 2
    assert sorted(running.sink.recipients()) == [
        "p0@example.org",
        "p1@example.org",
        "p2@example.org",
    ]
