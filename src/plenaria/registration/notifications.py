"""Sending the recorded notifications, each in the registrant's own language.

Each notification is sent on its own: one that cannot be sent records why on itself and
never holds back the others. A passing trouble (the mail server down, a timeout, a 4xx
answer) is tried again later, each time a little later (``PLENARIA_MAIL_RETRY_SECONDS``);
a lasting one (an address that cannot be written in a mail, a 5xx answer, a refused
recipient, or too many attempts: ``PLENARIA_MAIL_MAX_ATTEMPTS``) marks it failed, for a
person to look at. The sender only ever picks what is due and not failed.
"""

import datetime
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Count, Min, Q
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone, translation

from plenaria.core import audit
from plenaria.core.services import save_validated
from plenaria.registration.models import Notification, Registration
from plenaria.registration.tokens import private_url

RETRY_SECONDS = [60, 300, 1800, 7200]
MAX_ATTEMPTS = 5
SMTP_TIMEOUT = 30


def retry_seconds() -> list[int]:
    return list(getattr(settings, "PLENARIA_MAIL_RETRY_SECONDS", RETRY_SECONDS)) or [60]


def max_attempts() -> int:
    return int(getattr(settings, "PLENARIA_MAIL_MAX_ATTEMPTS", MAX_ATTEMPTS))


def is_permanent(error: Exception) -> bool:
    """True for a trouble that trying again cannot cure."""
    if isinstance(error, UnicodeError | ValueError):  # the address cannot be written in a mail
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return not codes or any(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False  # refused connections, timeouts, a server that hung up


def describe(error: Exception) -> str:
    """The error's class and message, never the mail it was sending."""
    return f"{error.__class__.__name__}: {error}"[:2000]


def _message(notification: Notification) -> EmailMessage:
    registration = notification.registration
    with translation.override(notification.language):
        context = {
            "registration": registration,
            "event": registration.event,
            "kind": notification.kind,
            "link": private_url(registration),
        }
        subject = f"{registration.event.acronym}: {notification.get_kind_display()}"
        body = render_to_string("registration/email/notification.txt", context)
    return EmailMessage(subject, body, None, [registration.email])


def _record_failure(notification: Notification, error: Exception, now) -> None:
    notification.last_error = describe(error)
    if is_permanent(error) or notification.attempts >= max_attempts():
        notification.failed_at = now
        notification.next_attempt_at = None
    else:
        delays = retry_seconds()
        wait = delays[min(notification.attempts - 1, len(delays) - 1)]
        notification.next_attempt_at = now + datetime.timedelta(seconds=wait)
    notification.save(update_fields=["attempts", "last_error", "failed_at", "next_attempt_at"])


def due(now=None):
    """Notifications still to send whose time has come, oldest first."""
    now = now or timezone.now()
    return Notification.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        sent_at__isnull=True,
        failed_at__isnull=True,
    ).order_by("created_at", "id")


SENT, NOT_SENT, UNREACHABLE = "sent", "not sent", "unreachable"


def server_unreachable(error: Exception) -> bool:
    """True when the mail server, not the mail, is the trouble: refused or dropped
    connections, timeouts, a name that does not resolve."""
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return True
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)


# A notification being sent is not due again before this, should its sender stop midway.
IN_FLIGHT = datetime.timedelta(minutes=5)


@transaction.atomic
def _claim(notification_id: int, now) -> Notification | None:
    """Take one due notification for this sender: it counts an attempt and is not due again
    for a while, so no other sender takes it. The transaction ends before the mail goes: a
    slow mail server never holds a lock that registrations wait for."""
    notification = (
        due(now)
        .select_for_update(of=("self",))
        .select_related("registration__event", "registration__organisation")
        .filter(pk=notification_id)
        .first()
    )
    if notification is not None:
        notification.attempts += 1
        notification.next_attempt_at = now + IN_FLIGHT
        notification.save(update_fields=["attempts", "next_attempt_at"])
    return notification


def _attempt(notification_id: int) -> str:
    now = timezone.now()
    notification = _claim(notification_id, now)
    if notification is None:
        return NOT_SENT  # sent, failed, not due any more or taken by another sender
    try:
        message = _message(notification)
        message.connection = get_connection(timeout=SMTP_TIMEOUT)
        message.send()
    except Exception as error:  # recorded on the notification, never lost in a log
        _record_failure(notification, error, now)
        return UNREACHABLE if server_unreachable(error) else NOT_SENT
    notification.sent_at = timezone.now()
    notification.next_attempt_at = None
    notification.last_error = ""
    notification.save(update_fields=["sent_at", "next_attempt_at", "last_error"])
    return SENT


def deliver(notification_id: int) -> bool:
    """Try one due notification unless it has been sent or has failed; True if sent now.

    A failure is recorded on the notification and never raised: the next one goes anyway.
    """
    return _attempt(notification_id) == SENT


def send_unsent() -> int:
    """Send every due notification, oldest first, each on its own; returns how many went.

    A notification's own trouble never stops the others. When the mail server itself cannot
    be reached, the run ends once that is recorded on the notification being sent: the rest
    wait for the next run (a minute at most) rather than each waiting for the same timeout,
    and the one that failed waits its back-off, so the next run starts with another."""
    sent = 0
    for pk in list(due().values_list("pk", flat=True)):
        outcome = _attempt(pk)
        if outcome == UNREACHABLE:
            break
        sent += outcome == SENT
    return sent


def retry(actor, notification: Notification, email: str | None = None) -> Notification:
    """Make a failed (or waiting) notification due again now, its attempts counted afresh;
    with ``email``, first correct the registration's address (validated and logged as any
    change). The sender picks it up at its next run."""
    with transaction.atomic():
        if email is not None:
            registration = Registration.objects.select_for_update().get(
                pk=notification.registration_id
            )
            registration.email = email.strip()
            save_validated(actor, registration)
        updated = Notification.objects.filter(pk=notification.pk, sent_at__isnull=True).update(
            failed_at=None, next_attempt_at=None, attempts=0
        )
        if updated:
            audit.record(actor, "retry notification", notification, {})
    notification.refresh_from_db()
    return notification


def mail_state(errors: int = 5) -> dict:
    """What operators need to see of the notifications still to send: how many are queued,
    waiting for a retry or failed, since when the oldest due one waits, and the last errors
    (with the address, the one piece of personal data needed to act on them)."""
    unsent = Notification.objects.filter(sent_at__isnull=True)
    counts = unsent.aggregate(
        queued=Count("pk", filter=Q(failed_at__isnull=True, attempts=0)),
        retrying=Count("pk", filter=Q(failed_at__isnull=True, attempts__gt=0)),
        failed=Count("pk", filter=Q(failed_at__isnull=False)),
    )
    oldest = due().aggregate(since=Min(Coalesce("next_attempt_at", "created_at")))["since"]
    last = (
        unsent.exclude(last_error="")
        .select_related("registration")
        .order_by("-failed_at", "-next_attempt_at", "-id")[:errors]
    )
    return {
        "counts": {**counts, "uncertain": 0},
        "oldest_due": oldest,
        "errors": [
            {
                "id": n.pk,
                "address": n.registration.email,
                "state": "failed" if n.failed_at else "retrying",
                "attempts": n.attempts,
                "error": n.last_error.splitlines()[0][:200],
            }
            for n in last
        ],
    }
