"""Sending queued deliveries: each address gets its letter once, even across a crash.

A worker claims a batch of deliveries (state ``sending``, one committed transaction), then
sends them in id order, marking each ``sent`` (committed) as soon as the server accepts it
and before the next one goes. A worker killed in the middle leaves one delivery that may
have been with the server — the lowest id still ``sending`` in its batch — which the next
run marks ``uncertain`` instead of sending it again; the rest of the batch was never tried
and goes back to the queue.
"""

import copy
import datetime
import os
import smtplib
import socket
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import transaction
from django.db.models import Case, Count, F, Min, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from typst import TypstError

from plenaria.circulars.choices import DeliveryState as S
from plenaria.circulars.dsn import DELIVERY_HEADER, delivery_token
from plenaria.circulars.mail import letter_mail
from plenaria.circulars.models import Delivery, LetterVersion
from plenaria.circulars.rendering.pdf import render_pdf
from plenaria.core import audit

# Both may be changed in the settings (PLENARIA_MAIL_MAX_ATTEMPTS, PLENARIA_MAIL_RETRY_SECONDS).
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = [60, 300, 1800, 7200]
SMTP_TIMEOUT = 30
LEASE_SECONDS = 300
# Deliveries claimed in one transaction: fewer round trips, and still at most one mail in
# doubt after a crash (see recover_interrupted).
CLAIM_BATCH = 50


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


def _back_in_queue():
    """The state a claimed but never attempted delivery goes back to."""
    return {
        "state": Case(When(attempts__gt=1, then=Value(S.RETRYING)), default=Value(S.QUEUED)),
        "attempts": F("attempts") - 1,
        "worker": "",
        "claimed_at": None,
    }


def recover_interrupted(lease_seconds: int = LEASE_SECONDS) -> int:
    """Deliveries whose worker died while sending: never resent, flagged for a person.

    A worker sends its claimed batch in id order and marks each mail before the next, so
    of a dead worker's batch only the lowest id may have been with the mail server; the
    rest were never attempted and go back to the queue.
    """
    cutoff = timezone.now() - datetime.timedelta(seconds=lease_seconds)
    batches = defaultdict(list)
    for delivery in (
        Delivery.objects.filter(state=S.SENDING).only("pk", "worker", "claimed_at").order_by("id")
    ):
        if delivery.claimed_at < cutoff or _worker_is_gone(delivery.worker):
            batches[(delivery.worker, delivery.claimed_at)].append(delivery.pk)
    in_flight = [ids[0] for ids in batches.values()]
    untouched = [pk for ids in batches.values() for pk in ids[1:]]
    with transaction.atomic():
        Delivery.objects.filter(pk__in=untouched, state=S.SENDING).update(**_back_in_queue())
        return Delivery.objects.filter(pk__in=in_flight, state=S.SENDING).update(
            state=S.UNCERTAIN,
            last_error=_(
                "The sender stopped while this mail was with the mail server; it may have left. Check with the recipient before sending again."
            ),
        )


def _claim_batch(worker: str, letter_id: int | None, size: int) -> list[Delivery]:
    """Claim up to ``size`` due deliveries in one transaction (state ``sending``)."""
    now = timezone.now()
    due = Delivery.objects.filter(state__in=[S.QUEUED, S.RETRYING]).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    if letter_id:
        due = due.filter(letter_id=letter_id)
    with transaction.atomic():
        ids = list(
            due.select_for_update(skip_locked=True)
            .order_by("id")
            .values_list("pk", flat=True)[:size]
        )
        if not ids:
            return []
        # The state condition and the claim's own time keep a row another worker took in
        # the meantime (possible where rows cannot be locked) out of this batch.
        Delivery.objects.filter(pk__in=ids, state__in=[S.QUEUED, S.RETRYING]).update(
            state=S.SENDING, claimed_at=now, worker=worker, attempts=F("attempts") + 1
        )
        return list(
            Delivery.objects.filter(
                pk__in=ids, state=S.SENDING, worker=worker, claimed_at=now
            ).order_by("id")
        )


def _release(worker: str, deliveries: list[Delivery]) -> None:
    """Give back claimed deliveries not yet attempted, so the claim never outlives its lease."""
    Delivery.objects.filter(
        pk__in=[d.pk for d in deliveries], state=S.SENDING, worker=worker
    ).update(**_back_in_queue())


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
TOKEN_STANDIN = "delivery-token-standin"


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
    limit = getattr(settings, "PLENARIA_MAIL_MAX_BYTES", 10 * 1024 * 1024)
    if len(pdf) * 4 // 3 > limit:  # base64 grows the attachment by a third
        raise OverflowError(
            _("The PDF (%(size)d KB) is over the mail size limit (%(limit)d KB).")
            % {"size": len(pdf) // 1024, "limit": limit // 1024}
        )
    message = letter_mail(
        version, pdf, **{"Message-ID": ID_STANDIN, DELIVERY_HEADER: TOKEN_STANDIN}
    )
    message.to = [TO_STANDIN]
    return message, message.message().as_bytes(linesep="\r\n")


def _send(connection, delivery: Delivery, mails: _Mails) -> None:
    message, template = mails.get(delivery.letter_id, delivery.language)
    # A file or memory backend (development, tests), or an address that needs encoding.
    if not isinstance(connection, SMTPBackend) or not delivery.email.isascii():
        single = copy.copy(message)
        single.to = [delivery.email]
        single.extra_headers = {
            "Message-ID": delivery.message_id,
            DELIVERY_HEADER: delivery_token(delivery.pk),
        }
        connection.send_messages([single])
        return
    raw = (
        template.replace(TO_STANDIN.encode(), delivery.email.encode("utf-8"), 1)
        .replace(ID_STANDIN.encode(), delivery.message_id.encode(), 1)
        .replace(TOKEN_STANDIN.encode(), delivery_token(delivery.pk).encode(), 1)
    )
    connection.open()  # one SMTP session for the whole run; reopened after an error
    connection.connection.sendmail(message.from_email, [delivery.email], raw)


def _permanent(error: Exception) -> bool:
    """True for a trouble that trying again cannot cure: a mail too big, a letter whose PDF
    cannot be made, an address that cannot be written in a mail, a 5xx answer or a recipient
    refused for good."""
    if isinstance(error, OverflowError | UnicodeError | ValueError | RecursionError | TypstError):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return not codes or any(code >= 500 for code in codes)
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


def _max_attempts() -> int:
    return int(getattr(settings, "PLENARIA_MAIL_MAX_ATTEMPTS", MAX_ATTEMPTS))


def _backoff_seconds() -> list[int]:
    return list(getattr(settings, "PLENARIA_MAIL_RETRY_SECONDS", BACKOFF_SECONDS)) or [60]


def _record_failure(delivery: Delivery, error: Exception, report: Report) -> None:
    # The error's class and message, never the mail itself.
    delivery.last_error = f"{error.__class__.__name__}: {error}"[:2000]
    if _permanent(error) or delivery.attempts >= _max_attempts():
        delivery.state = S.FAILED
        delivery.next_attempt_at = None
        report.failed += 1
    else:
        delays = _backoff_seconds()
        wait = delays[min(delivery.attempts - 1, len(delays) - 1)]
        delivery.state = S.RETRYING
        delivery.next_attempt_at = timezone.now() + datetime.timedelta(seconds=wait)
        report.retrying += 1
    report.errors.append(f"{delivery.email}: {delivery.last_error}")
    delivery.save(update_fields=["state", "last_error", "next_attempt_at"])


def send_pending(
    letter_id: int | None = None,
    connection=None,
    lease_seconds: int = LEASE_SECONDS,
    batch_size: int = CLAIM_BATCH,
) -> Report:
    """Send every due delivery (of one letter, or of all), a claimed batch at a time.

    Each mail is marked sent (committed) before the next one goes, so that a crash leaves
    at most one mail in doubt. A delivery's own trouble never stops the others; when the
    mail server itself cannot be reached, the run ends once that is recorded on the delivery
    being sent, and the rest of the batch waits for the next run rather than each waiting
    for the same timeout.
    """
    report = Report(uncertain=recover_interrupted(lease_seconds))
    worker, mails = worker_name(), _Mails()
    connection = connection or get_connection(timeout=SMTP_TIMEOUT)
    try:
        while batch := _claim_batch(worker, letter_id, batch_size):
            claimed_at = time.monotonic()
            for position, delivery in enumerate(batch):
                if time.monotonic() - claimed_at > lease_seconds / 2:
                    _release(worker, batch[position:])  # a slow server: claim afresh
                    break
                if not _send_one(connection, delivery, mails, report):
                    _release(worker, batch[position + 1 :])
                    return report
    finally:
        connection.close()
    return report


def server_unreachable(error: Exception) -> bool:
    """True when the mail server, not the mail, is the trouble: refused or dropped
    connections, timeouts, a name that does not resolve."""
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return True
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)


def _send_one(connection, delivery: Delivery, mails: _Mails, report: Report) -> bool:
    """Send one delivery and record how it went; False if the mail server is unreachable."""
    try:
        _send(connection, delivery, mails)
    except Exception as error:  # recorded on the delivery, never lost in a log
        connection.close()  # a broken session must not carry on to the next mail
        _record_failure(delivery, error, report)
        return not server_unreachable(error)
    Delivery.objects.filter(pk=delivery.pk).update(
        state=S.SENT, sent_at=timezone.now(), last_error=""
    )
    report.sent += 1
    return True


def retry(actor, delivery: Delivery) -> bool:
    """Queue a failed or interrupted delivery again, e.g. once the mail server's trouble is
    mended or the recipient said the mail never came; True if it was queued. (A corrected
    address is a new delivery: send the letter again to the contact.)"""
    with transaction.atomic():
        queued = Delivery.objects.filter(pk=delivery.pk, state__in=[S.FAILED, S.UNCERTAIN]).update(
            state=S.QUEUED, attempts=0, next_attempt_at=None, worker="", claimed_at=None
        )
        if queued:
            audit.record(actor, "retry delivery", delivery, {"state": [delivery.state, S.QUEUED]})
    return bool(queued)


def mail_state(errors: int = 5) -> dict:
    """What operators need to see of the deliveries not yet sent: how many are queued,
    retrying, failed or interrupted, since when the oldest due one waits, and the last
    errors (with the address, the one piece of personal data needed to act on them)."""
    rows = Delivery.objects.order_by().values("state").annotate(n=Count("pk"))
    by_state = {row["state"]: row["n"] for row in rows}
    now = timezone.now()
    oldest = (
        Delivery.objects.filter(state__in=[S.QUEUED, S.RETRYING])
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .aggregate(since=Min(Coalesce("next_attempt_at", "created_at")))["since"]
    )
    last = (
        Delivery.objects.filter(state__in=[S.RETRYING, S.FAILED, S.UNCERTAIN, S.BOUNCED])
        .exclude(last_error="")
        .order_by("-id")[:errors]
    )
    return {
        "counts": {
            state: by_state.get(state, 0)
            for state in (S.QUEUED, S.SENDING, S.RETRYING, S.FAILED, S.UNCERTAIN, S.BOUNCED)
        },
        "oldest_due": oldest,
        "errors": [
            {
                "id": d.pk,
                "address": d.email,
                "state": d.state,
                "attempts": d.attempts,
                "error": d.last_error.splitlines()[0][:200],
            }
            for d in last
        ],
    }
