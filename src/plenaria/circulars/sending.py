"""Sending queued deliveries: each address gets its letter once, even across a crash.

A delivery is claimed (state ``sending``, committed) just before its mail goes to the SMTP
server and marked ``sent`` (committed) as soon as the server accepts it. A worker killed in
between leaves at most the one delivery it was sending in ``sending``; the next run marks it
``uncertain`` instead of sending it again, and sends everything else that is still queued.
"""

import copy
import datetime
import os
import smtplib
import socket
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from plenaria.circulars.choices import DeliveryState as S
from plenaria.circulars.models import Delivery, LetterVersion
from plenaria.circulars.rendering.pdf import render_pdf

MAX_ATTEMPTS = 5
BACKOFF_SECONDS = [60, 300, 1800, 7200]
LEASE_SECONDS = 300


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _worker_is_gone(worker: str) -> bool:
    host, _sep, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def recover_interrupted(lease_seconds: int = LEASE_SECONDS) -> int:
    """Deliveries whose worker died while sending: never resent, flagged for a person."""
    cutoff = timezone.now() - datetime.timedelta(seconds=lease_seconds)
    stale = [
        delivery.pk
        for delivery in Delivery.objects.filter(state=S.SENDING).only("pk", "worker", "claimed_at")
        if delivery.claimed_at < cutoff or _worker_is_gone(delivery.worker)
    ]
    return Delivery.objects.filter(pk__in=stale, state=S.SENDING).update(
        state=S.UNCERTAIN,
        last_error=_(
            "The sender stopped while this mail was with the mail server; it may have left. Check with the recipient before sending again."
        ),
    )


def _claim_next(worker: str, letter_id: int | None) -> Delivery | None:
    now = timezone.now()
    due = Delivery.objects.filter(state__in=[S.QUEUED, S.RETRYING]).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    if letter_id:
        due = due.filter(letter_id=letter_id)
    with transaction.atomic():
        delivery = due.select_for_update(skip_locked=True).order_by("id").first()
        if delivery is None:
            return None
        delivery.state, delivery.claimed_at, delivery.worker = S.SENDING, now, worker
        delivery.attempts += 1
        delivery.save(update_fields=["state", "claimed_at", "worker", "attempts"])
    return delivery


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)


# Stand-ins replaced in the ready-made mail of each version, so that the MIME encoding of
# the PDF (most of the cost of a mail) is done once per version, not once per recipient.
TO_STANDIN = "recipient@standin.invalid"
ID_STANDIN = "<message-id@standin.invalid>"


class _Mails:
    """Each language version's mail, PDF attached, built once per run."""

    def __init__(self):
        self.cache = {}

    def get(self, letter_id: int, language: str) -> tuple[EmailMessage, bytes]:
        key = (letter_id, language)
        if key not in self.cache:
            version = (
                LetterVersion.objects.select_related("letter__office", "letter__series")
                .prefetch_related("annexes", "letter__signatories", "letter__addressees")
                .get(letter_id=letter_id, language=language)
            )
            self.cache[key] = _ready_mail(version, render_pdf(version))
        return self.cache[key]


def _ready_mail(version: LetterVersion, pdf: bytes) -> tuple[EmailMessage, bytes]:
    letter = version.letter
    limit = getattr(settings, "PLENARIA_MAIL_MAX_BYTES", 10 * 1024 * 1024)
    if len(pdf) * 4 // 3 > limit:  # base64 grows the attachment by a third
        raise OverflowError(
            _("The PDF (%(size)d KB) is over the mail size limit (%(limit)d KB).")
            % {"size": len(pdf) // 1024, "limit": limit // 1024}
        )
    with translation.override(version.language):
        subject = f"{letter.full_reference} – {version.subject}"
        text = "\n\n".join([version.salutation, version.body, version.closing])
    name = letter.full_reference.replace("/", "-").replace(" ", "_")
    message = EmailMessage(
        subject=subject.replace("\n", " ")[:250],
        body=text,
        to=[TO_STANDIN],
        headers={"Message-ID": ID_STANDIN},
    )
    message.attach(f"{name}_{version.language}.pdf", pdf, "application/pdf")
    return message, message.message().as_bytes(linesep="\r\n")


def _send(connection, delivery: Delivery, mails: _Mails) -> None:
    message, template = mails.get(delivery.letter_id, delivery.language)
    # A file or memory backend (development, tests), or an address that needs encoding.
    if not isinstance(connection, SMTPBackend) or not delivery.email.isascii():
        single = copy.copy(message)
        single.to, single.extra_headers = [delivery.email], {"Message-ID": delivery.message_id}
        connection.send_messages([single])
        return
    raw = template.replace(TO_STANDIN.encode(), delivery.email.encode("utf-8"), 1).replace(
        ID_STANDIN.encode(), delivery.message_id.encode(), 1
    )
    connection.open()  # one SMTP session for the whole run; reopened after an error
    connection.connection.sendmail(message.from_email, [delivery.email], raw)


def _permanent(error: Exception) -> bool:
    if isinstance(error, OverflowError | smtplib.SMTPRecipientsRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


def _record_failure(delivery: Delivery, error: Exception, report: Report) -> None:
    delivery.last_error = str(error)[:2000] or error.__class__.__name__
    if _permanent(error) or delivery.attempts >= MAX_ATTEMPTS:
        delivery.state = S.FAILED
        report.failed += 1
    else:
        wait = BACKOFF_SECONDS[min(delivery.attempts - 1, len(BACKOFF_SECONDS) - 1)]
        delivery.state = S.RETRYING
        delivery.next_attempt_at = timezone.now() + datetime.timedelta(seconds=wait)
        report.retrying += 1
    report.errors.append(f"{delivery.email}: {delivery.last_error}")
    delivery.save(update_fields=["state", "last_error", "next_attempt_at"])


def send_pending(
    letter_id: int | None = None, connection=None, lease_seconds: int = LEASE_SECONDS
) -> Report:
    """Send every due delivery (of one letter, or of all), one at a time."""
    report = Report(uncertain=recover_interrupted(lease_seconds))
    worker, mails = worker_name(), _Mails()
    connection = connection or get_connection()
    try:
        while (delivery := _claim_next(worker, letter_id)) is not None:
            try:
                _send(connection, delivery, mails)
            except Exception as error:  # recorded on the delivery, never lost in a log
                connection.close()  # a broken session must not carry on to the next mail
                _record_failure(delivery, error, report)
                continue
            Delivery.objects.filter(pk=delivery.pk).update(
                state=S.SENT, sent_at=timezone.now(), last_error=""
            )
            report.sent += 1
    finally:
        connection.close()
    return report
