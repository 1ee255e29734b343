"""Mail about progress reports — the yearly request, its reminder, and the secretariat's
answer to a report — in the pledge's language, sent by the app's one mail task
(``contributions.mail.send_one``: one task per address, retried after a passing trouble).

The services decide *that* a mail goes, in their own transaction (a request's ``sent_at``
or ``reminded_at``, a report's new state). On the database queue the mail's tasks are
written in that same transaction, so they exist exactly when the change is committed: never
twice, and never lost to a crash between the commit and the queueing. Another queue gets
them once the change is committed, as the app's other mail does.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks.backends.immediate import ImmediateBackend

from plenaria.contributions.mail import send_one
from plenaria.contributions.models import PledgerAccess, ProgressReport, ProgressRequest
from plenaria.directory.models import FocalPoint

logger = logging.getLogger(__name__)

# The mails about a request; the others are about a report.
REQUEST_KINDS = {"request", "reminder"}


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


def compose(kind: str, item) -> tuple[str, str]:
    """The subject and body of ``kind`` about ``item`` (a request or a report), in the
    pledge's language."""
    pledge = item.pledge
    with translation.override(pledge.language):
        title = pledge.title.in_language()
        link = report_link(pledge.pk, item.cycle)
        context = {"kind": kind, "item": item, "pledge": pledge, "title": title, "link": link}
        subject = {
            "request": _("Your yearly progress report on “%(title)s”"),
            "reminder": _("Reminder: your progress report on “%(title)s”"),
            "published": _("Your progress report on “%(title)s” is published"),
            "returned": _("Your progress report on “%(title)s” is returned with comments"),
            "declined": _("Your progress report on “%(title)s” is declined"),
        }[kind] % {"title": title[:120]}
        body = render_to_string(f"contributions/email/progress_{kind}.txt", context)
    return subject, body


def _in_this_transaction() -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(send_one.get_backend(), DatabaseBackend | ImmediateBackend)


def queue(kind: str, object_id: int) -> int:
    """Queue the mail of ``kind`` about a request or report to each of its pledge's
    writers, with the caller's transaction; returns how many addresses."""
    model = ProgressRequest if kind in REQUEST_KINDS else ProgressReport
    item = model.objects.select_related("pledge__created_by").get(pk=object_id)
    to = recipients(item.pledge)
    if not to:
        logger.warning("Progress mail %s #%s has nobody to go to", kind, object_id)
        return 0
    subject, body = compose(kind, item)
    for address in to:
        if _in_this_transaction():
            send_one.enqueue(address, subject, body)
        else:
            transaction.on_commit(lambda a=address: send_one.enqueue(a, subject, body))
    return len(to)
