"""Mail to pledgers, sent by the background worker: each message is a task of its own, so an
address that cannot be written never holds back the others.

A passing trouble (the server down, a timeout, a 4xx answer) queues the message again a
little later, as registration's notifications do (``PLENARIA_MAIL_RETRY_SECONDS``,
``PLENARIA_MAIL_MAX_ATTEMPTS``); a lasting one (a 5xx answer, a refused recipient, an address
that cannot be written) ends it, recorded in the task's result and the log. The message is
queued once the transaction that decided it commits: a refused change sends nothing.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)
SMTP_TIMEOUT = 30


def _is_permanent(error: Exception) -> bool:
    if isinstance(error, UnicodeError | ValueError):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code >= 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def _delay(attempt: int) -> datetime.timedelta:
    delays = list(getattr(settings, "PLENARIA_MAIL_RETRY_SECONDS", [60, 300, 1800, 7200])) or [60]
    return datetime.timedelta(seconds=delays[min(attempt - 1, len(delays) - 1)])


@task()
def send_one(to: str, subject: str, body: str, attempt: int = 1) -> str:
    try:
        message = EmailMessage(subject, body, None, [to])
        message.connection = get_connection(timeout=SMTP_TIMEOUT)
        message.send()
    except Exception as error:  # told in the result and the log, never raised to the worker
        last = attempt >= int(getattr(settings, "PLENARIA_MAIL_MAX_ATTEMPTS", 5))
        if _is_permanent(error) or last or not send_one.get_backend().supports_defer:
            logger.warning("pledge mail failed: %s", error.__class__.__name__)
            return f"failed: {error.__class__.__name__}"
        run_after = timezone.now() + _delay(attempt)
        send_one.using(run_after=run_after).enqueue(to, subject, body, attempt + 1)
        return "retrying"
    return "sent"


def queue_mail(to: str, language: str, subject: str, template: str, context: dict) -> None:
    """Render ``template`` in ``language`` now; send it once the transaction commits."""
    with translation.override(language):
        subject, body = str(subject), render_to_string(template, context)
    transaction.on_commit(lambda: send_one.enqueue(to, subject, body))
