"""Mail about progress reports — the yearly request, its reminder, and the secretariat's
answer to a report — in the pledge's language, sent by a background task.

The services decide *that* a mail goes, in their own transaction (a request's ``sent_at``
or ``reminded_at``, a report's new state). On the database queue the task is written in that
same transaction, so the mail is queued exactly when the change is committed, never twice
and never lost to a crash between the two; another queue gets it once the change is
committed. A passing trouble of the mail server queues the task again a little later when
the queue can defer work; otherwise (and after the last attempt) the task fails, recorded
with the queue's results.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend

from plenaria.contributions.models import PledgerAccess, ProgressReport, ProgressRequest
from plenaria.directory.models import FocalPoint

logger = logging.getLogger(__name__)

# The mails about a request, and those about a report.
REQUEST_KINDS = {"request", "reminder"}
REPORT_KINDS = {"published", "returned", "declined"}
RETRY_MINUTES = [1, 5, 30, 120]
SMTP_TIMEOUT = 30


def recipients(pledge) -> list[str]:
    """Who writes the pledge's reports: its author, the people its organisation authorised
    and its focal points; the pledge's public contact when none of them has an address."""
    found = [getattr(pledge.created_by, "email", "")]
    found += PledgerAccess.objects.filter(organisation_id=pledge.organisation_id).values_list(
        "user__email", flat=True
    )
    found += FocalPoint.objects.filter(contact__organisation_id=pledge.organisation_id).values_list(
        "contact__email", flat=True
    )
    addresses = list(dict.fromkeys(a.strip().lower() for a in found if a and a.strip()))
    return addresses or ([pledge.contact_email] if pledge.contact_email else [])


def report_link(pledge_id: int, cycle: int) -> str:
    path = reverse("contributions:progress_report", args=[pledge_id, cycle])
    return settings.PLENARIA_BASE_URL.rstrip("/") + path


def build(kind: str, object_id: int) -> EmailMessage | None:
    """The mail of ``kind`` about a request or a report; None if nobody can receive it."""
    model = ProgressRequest if kind in REQUEST_KINDS else ProgressReport
    item = model.objects.select_related("pledge__created_by").get(pk=object_id)
    pledge = item.pledge
    to = recipients(pledge)
    if not to:
        return None
    with translation.override(pledge.language):
        title = pledge.title.in_language()
        context = {"kind": kind, "item": item, "pledge": pledge, "title": title}
        context["link"] = report_link(pledge.pk, item.cycle)
        subject = {
            "request": _("Your yearly progress report on “%(title)s”"),
            "reminder": _("Reminder: your progress report on “%(title)s”"),
            "published": _("Your progress report on “%(title)s” is published"),
            "returned": _("Your progress report on “%(title)s” is returned with comments"),
            "declined": _("Your progress report on “%(title)s” is declined"),
        }[kind] % {"title": title[:120]}
        body = render_to_string(f"contributions/email/progress_{kind}.txt", context)
    return EmailMessage(subject, body, None, to)


@task()
def send_progress_mail(kind: str, object_id: int, attempt: int = 1) -> int:
    """Send one progress mail; returns how many addresses it went to."""
    message = build(kind, object_id)
    if message is None:
        logger.warning("Progress mail %s #%s has nobody to go to", kind, object_id)
        return 0
    try:
        message.connection = get_connection(timeout=SMTP_TIMEOUT)
        message.send()
    except Exception:
        later = send_progress_mail.get_backend().supports_defer
        if attempt > len(RETRY_MINUTES) or not later:
            raise
        wait = datetime.timedelta(minutes=RETRY_MINUTES[attempt - 1])
        logger.warning("Progress mail %s #%s not sent; again in %s", kind, object_id, wait)
        send_progress_mail.using(run_after=timezone.now() + wait).enqueue(
            kind, object_id, attempt + 1
        )
        return 0
    return len(message.to)


def queue(kind: str, object_id: int) -> None:
    """Queue the mail with the caller's transaction (see the module's docstring)."""
    from django_tasks_db import DatabaseBackend

    if isinstance(send_progress_mail.get_backend(), DatabaseBackend | ImmediateBackend):
        send_progress_mail.enqueue(kind, object_id)
    else:
        transaction.on_commit(lambda: send_progress_mail.enqueue(kind, object_id))
