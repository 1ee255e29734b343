"""The secretariat's decisions on a submitted progress report: publish it, return it with
comments for the pledger, or decline it with a reason. Each is audited and mailed to the
pledger in the pledge's language, the mail queued in the decision's transaction."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import ProgressReport
from plenaria.contributions.pledges.progress_mail import queue
from plenaria.contributions.review_text import required_comment
from plenaria.core import audit
from plenaria.core.roles import is_secretariat


def _decide(actor, report, state: str, comment: str, mail: str) -> ProgressReport:
    if not is_secretariat(actor):
        raise PermissionDenied(_("Only the secretariat reviews progress reports."))
    with transaction.atomic():
        report = ProgressReport.objects.select_for_update().get(pk=report.pk)
        if report.state != Moderation.SUBMITTED:
            raise ValidationError(
                _("This report is not waiting for review: it is %(state)s.")
                % {"state": report.get_state_display().lower()}
            )
        before = audit.snapshot(report)
        report.state, report.comment = state, comment
        if state == Moderation.PUBLISHED:
            report.published_at = timezone.now()
        report.save(update_fields=["state", "comment", "published_at"])
        audit.record(actor, mail, report, audit.diff(before, audit.snapshot(report)))
        queue(mail, report.pk)
    return report


def publish_report(actor, report: ProgressReport) -> ProgressReport:
    return _decide(actor, report, Moderation.PUBLISHED, "", "published")


def return_report(actor, report: ProgressReport, text: str) -> ProgressReport:
    text = required_comment(text, _("Say what the pledger should change."), "comment")
    return _decide(actor, report, Moderation.RETURNED, text, "returned")


def decline_report(actor, report: ProgressReport, reason: str) -> ProgressReport:
    reason = required_comment(reason, _("Give the reason for declining the report."), "comment")
    return _decide(actor, report, Moderation.DECLINED, reason, "declined")
