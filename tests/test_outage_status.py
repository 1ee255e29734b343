"""``plenaria mail_status`` shows operators what mail waits, fails or is stuck."""

import io

import pytest
from django.core.management import CommandError, call_command

from plenaria.circulars.models import Delivery
from plenaria.circulars.sending import send_pending
from plenaria.core import schedule
from plenaria.registration.notifications import send_unsent
from tests.circulars.smtp_sink import free_port
from tests.circulars.test_dispatch import smtp
from tests.circulars.test_sending_failures import letter_to
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def status(*args) -> str:
    out = io.StringIO()
    call_command("mail_status", *args, stdout=out)
    return out.getvalue()


def test_the_status_counts_each_state_and_shows_the_last_errors(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    event = open_event()
    bad = register(event, first_name="Secret", email="placeholder@example.org")
    type(bad).objects.filter(pk=bad.pk).update(email="x@。.com")
    register(event, email="waiting@example.org")
    letter_to("a@uni.example.org", "x@。.com")
    Delivery.objects.filter(email="x@。.com").update(state="failed", last_error="UnicodeError: …")
    send_pending(connection=smtp(free_port()))  # the mail server is down: a@ retries
    from plenaria.registration.models import Notification

    send_unsent()  # the bad address fails, the other is sent
    Notification.objects.filter(registration__email="waiting@example.org").update(
        sent_at=None, attempts=0
    )

    text = status()
    assert "Registration notifications: 1 queued, 0 retrying, 1 failed, 0 uncertain" in text
    assert "x@。.com failed after 1 attempt(s): UnicodeError" in text
    assert "Letter deliveries: 0 queued, 0 sending, 1 retrying, 1 failed, 0 uncertain" in text
    assert "a@uni.example.org retrying after 1 attempt(s): ConnectionRefusedError" in text
    assert "oldest due since" in text
    assert "Secret" not in text  # no personal data beyond the address
    assert "registration.send_notifications: last started never" in text
    assert "is `plenaria worker` running?" in text
    with pytest.raises(CommandError, match="Needs attention"):
        status("--check")


def test_a_quiet_outbox_with_a_running_worker_passes_the_check():
    schedule.claim_due()  # as the worker's schedule does every few seconds
    text = status("--check")
    assert "Registration notifications: 0 queued" in text and "running?" not in text


def test_an_operator_corrects_a_failed_address_and_the_notification_goes(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core import mail

    from plenaria.registration.models import Notification

    bad = register(open_event(), email="placeholder@example.org")
    type(bad).objects.filter(pk=bad.pk).update(email="x@。.com")
    send_unsent()
    failed = Notification.objects.get()
    with pytest.raises(CommandError, match="valid email address"):
        call_command("retry_mail", "notification", failed.pk, "--email", "not an address")
    failed.refresh_from_db()
    assert failed.failed_at  # nothing changed

    call_command("retry_mail", "notification", failed.pk, "--email", "x@example.org")
    assert [m.to for m in mail.outbox] == [["x@example.org"]]  # the sender was woken
    failed.refresh_from_db()
    assert failed.sent_at and failed.registration.email == "x@example.org"
    with pytest.raises(CommandError, match="No unsent notification"):
        call_command("retry_mail", "notification", failed.pk)


def test_an_operator_queues_a_failed_delivery_again(mailoutbox):
    letter_to("a@uni.example.org")
    Delivery.objects.update(state="failed", attempts=5, last_error="SMTPDataError: 554")
    delivery = Delivery.objects.get()
    with pytest.raises(CommandError, match="keeps the address"):
        call_command("retry_mail", "delivery", delivery.pk, "--email", "b@uni.example.org")
    call_command("retry_mail", "delivery", delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == "sent" and [m.to for m in mailoutbox] == [["a@uni.example.org"]]
    with pytest.raises(CommandError, match="No failed or interrupted delivery"):
        call_command("retry_mail", "delivery", delivery.pk)
