"""The pledger's side of progress reports: the reports asked of their organisations, the
report form of a pledge and cycle, and its submission after a confirmation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.choices import EDITABLE, Moderation
from plenaria.contributions.forms.progress import ProgressReportForm
from plenaria.contributions.models import Pledge, ProgressReport, ProgressRequest
from plenaria.contributions.pledges import progress
from plenaria.contributions.pledges.access import organisations_of_pledger
from plenaria.core.pagination import page_of

PAGE_SIZE = 50


@login_required
def reports_due(request):
    """The reports asked of the user's organisations, the most recent cycle first."""
    state = ProgressReport.objects.filter(pledge=OuterRef("pledge"), cycle=OuterRef("cycle"))
    asked = (
        ProgressRequest.objects.filter(
            pledge__organisation__in=organisations_of_pledger(request.user),
            pledge__status=Moderation.PUBLISHED,
        )
        .select_related("pledge__organisation")
        .annotate(report_state=Subquery(state.values("state")[:1]))
        .order_by("-cycle", "due_on", "pk")
    )
    page = page_of(asked, PAGE_SIZE, request.GET.get("page"))
    states = dict(Moderation.choices)
    for row in page:
        row.report_state_label = states.get(row.report_state, _("Not written yet"))
        row.editable = row.report_state in (None, *EDITABLE)
    return render(request, "contributions/progress/due.html", {"page": page})


def _pledge_to_report(request, pk: int, cycle: int):
    """The pledge and its report for ``cycle``, or the page saying why no report can be
    written (the same words the service uses)."""
    pledge = get_object_or_404(Pledge.objects.select_related("organisation"), pk=pk)
    try:
        progress.check_may_report(request.user, pledge, cycle)  # refused: the 403 page
    except ValidationError as error:
        return (
            pledge,
            None,
            render(
                request,
                "contributions/progress/unavailable.html",
                {"pledge": pledge, "reason": error.messages[0]},
                status=409,
            ),
        )
    report = ProgressReport.objects.filter(pledge=pledge, cycle=cycle).first()
    return pledge, report, None


@login_required
@require_http_methods(["GET", "POST"])
def report(request, pk: int, cycle: int):
    pledge, existing, refusal = _pledge_to_report(request, pk, cycle)
    if refusal:
        return refusal
    editable = existing is None or existing.state in EDITABLE
    instance = existing or ProgressReport(pledge=pledge, cycle=cycle)
    form = ProgressReportForm(request.POST or None, instance=instance) if editable else None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            progress.save_report(request.user, pledge, cycle, form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The report is saved as a draft."))
            return redirect("contributions:progress_submit", pledge.pk, cycle)
    context = {"pledge": pledge, "cycle": cycle, "report": existing, "form": form}
    return render(request, "contributions/progress/form.html", context)


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
@require_http_methods(["GET", "POST"])
def submit(request, pk: int, cycle: int):
    """Ask before submitting: once submitted, the report can no longer be changed."""
    pledge, existing, refusal = _pledge_to_report(request, pk, cycle)
    if refusal:
        return refusal
    if existing is None:
        messages.error(request, _("Write the report before submitting it."))
        return redirect("contributions:progress_report", pk, cycle)
    if request.method == "POST":
        try:
            progress.submit_report(request.user, existing)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("contributions:progress_report", pk, cycle)
        messages.success(request, _("The report is submitted: the secretariat will review it."))
        return redirect("contributions:reports_due")
    context = {"pledge": pledge, "cycle": cycle, "report": existing}
    return render(request, "contributions/progress/confirm_submit.html", context)
