"""Progress reports: the pledger writes and submits the report of a cycle; the secretariat
publishes it, returns it with comments, or declines it. Every step is audited and the
secretariat's answer is mailed to the pledger in the pledge's language.

The yearly request and its reminder are in ``progress_cycle``, the secretariat's decisions in
``progress_review``; all are reached from here.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.contributions.choices import EDITABLE, Moderation
from plenaria.contributions.models import ExchangeRate, Pledge, ProgressReport
from plenaria.contributions.pledges.access import may_edit
from plenaria.contributions.pledges.progress_cycle import open_cycle, remind
from plenaria.contributions.pledges.progress_review import (
    decline_report,
    publish_report,
    return_report,
)
from plenaria.core import audit

__all__ = [
    "decline_report",
    "open_cycle",
    "publish_report",
    "remind",
    "return_report",
    "save_report",
    "submit_report",
]

FIELDS = ("progress", "share_achieved", "disbursed", "disbursed_currency", "narrative", "links")
LINK = URLValidator(schemes=["http", "https"])


def check_may_report(user, pledge: Pledge, cycle: int) -> None:
    """Refuse, with the reason, a report its writer may not make."""
    if not may_edit(user, pledge):
        raise PermissionDenied(_("Only the people writing for this organisation may report."))
    if pledge.status != Moderation.PUBLISHED or pledge.published_at is None:
        raise ValidationError(_("Progress is reported only on a published pledge."))
    if not pledge.published_at.year <= cycle <= timezone.localdate().year:
        raise ValidationError(
            _("Reports are for the years from the pledge's publication to this one.")
        )


def _links(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for line in lines:
        try:
            LINK(line)
        except ValidationError:
            raise ValidationError(
                {
                    "links": _("“%(line)s” is not a web address (http:// or https://).")
                    % {"line": line[:100]}
                }
            ) from None
    return "\n".join(lines)


def _validate(report: ProgressReport) -> None:
    """The model's checks, then the currency and the links; all the errors at once."""
    errors = {}
    try:
        report.full_clean()
    except ValidationError as error:
        errors = error.update_error_dict({})
    currency = (report.disbursed_currency or "").strip().upper()
    report.disbursed_currency = currency
    if "disbursed" not in errors and report.disbursed is not None:
        if not currency:
            errors["disbursed_currency"] = [_("Give the currency of the amount disbursed.")]
        elif currency != "USD" and not ExchangeRate.objects.filter(currency=currency).exists():
            errors["disbursed_currency"] = [
                _("%(currency)s is not a currency Plenaria knows: give the amount in another.")
                % {"currency": currency[:3]}
            ]
    elif report.disbursed is None:
        report.disbursed_currency = ""
    for name in ("narrative", "links"):  # a text field's length is kept by forms only
        limit = ProgressReport._meta.get_field(name).max_length
        if name not in errors and len(getattr(report, name)) > limit:
            errors[name] = [_("Keep this under %(limit)d characters.") % {"limit": limit}]
    if "links" not in errors:
        try:
            report.links = _links(report.links)
        except ValidationError as error:
            errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def save_report(user, pledge: Pledge, cycle: int, data: dict) -> ProgressReport:
    """Create or change the draft report of ``pledge`` for ``cycle`` with ``data``."""
    pledge = Pledge.objects.select_for_update().get(pk=pledge.pk)  # two tabs: one report
    check_may_report(user, pledge, cycle)
    report = ProgressReport.objects.filter(pledge=pledge, cycle=cycle).first()
    if report is not None and report.state not in EDITABLE:
        raise ValidationError(
            _("This report is %(state)s: it can no longer be changed.")
            % {"state": report.get_state_display().lower()}
        )
    report = report or ProgressReport(pledge=pledge, cycle=cycle, created_by=user)
    before = audit.snapshot(report) if report.pk else {}
    for name in FIELDS:
        if name in data:
            setattr(report, name, data[name])
    for name in ("narrative", "links", "disbursed_currency"):
        if getattr(report, name) is None:
            setattr(report, name, "")
    _validate(report)
    created = report.pk is None
    report.save()
    changes = audit.diff(before, audit.snapshot(report))
    if created or changes:
        audit.record(user, "create" if created else "update", report, changes)
    return report


@transaction.atomic
def submit_report(user, report: ProgressReport) -> ProgressReport:
    """Send the report to the secretariat; a second click finds it submitted and is refused."""
    report = ProgressReport.objects.select_for_update().select_related("pledge").get(pk=report.pk)
    check_may_report(user, report.pledge, report.cycle)
    if report.state not in EDITABLE:
        raise ValidationError(
            _("This report is %(state)s already.") % {"state": report.get_state_display().lower()}
        )
    _validate(report)
    before = audit.snapshot(report)
    report.state, report.submitted_at = Moderation.SUBMITTED, timezone.now()
    report.save(update_fields=["state", "submitted_at"])
    audit.record(user, "submit", report, audit.diff(before, audit.snapshot(report)))
    return report
