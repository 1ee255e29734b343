"""The secretariat's review of progress reports: the queue, a page per report with its
history, and publish / return / decline after a confirmation."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.progress import ReviewCommentForm
from plenaria.contributions.models import ProgressReport
from plenaria.contributions.pledges import progress
from plenaria.contributions.pledges.progress_view import cycles
from plenaria.core import audit
from plenaria.core.pagination import page_of
from plenaria.core.roles import secretariat_page

PAGE_SIZE = 50
REFUSAL = gettext_lazy("Only the secretariat reviews progress reports.")
# Each decision: its service, and whether it takes a comment for the pledger.
DECISIONS = {
    "publish": (progress.publish_report, False),
    "return": (progress.return_report, True),
    "decline": (progress.decline_report, True),
}


def _reports():
    return ProgressReport.objects.select_related("pledge__organisation")


@secretariat_page(REFUSAL)
def queue(request):
    """Submitted reports, the longest waiting first."""
    waiting = _reports().filter(state=Moderation.SUBMITTED).order_by("submitted_at", "pk")
    page = page_of(waiting, PAGE_SIZE, request.GET.get("page"))
    context = {"page": page, "cycles": cycles()}
    return render(request, "contributions/progress/review_queue.html", context)


@secretariat_page(REFUSAL)
def detail(request, pk: int):
    report = get_object_or_404(_reports(), pk=pk)
    context = {
        "report": report,
        "history": audit.history(report),
        "decisions": list(DECISIONS) if report.state == Moderation.SUBMITTED else [],
    }
    return render(request, "contributions/progress/review_report.html", context)


@secretariat_page(REFUSAL)
@require_http_methods(["GET", "POST"])
def decide(request, pk: int, decision: str):
    if decision not in DECISIONS:
        raise Http404
    service, takes_comment = DECISIONS[decision]
    report = get_object_or_404(_reports(), pk=pk)
    form = ReviewCommentForm(request.POST or None) if takes_comment else None
    if request.method == "POST" and (form is None or form.is_valid()):
        arguments = [form.cleaned_data["comment"]] if form else []
        try:
            service(request.user, report, *arguments)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Done: the pledger is told by e-mail."))
        return redirect("contributions:review_report", report.pk)
    context = {"report": report, "decision": decision, "form": form}
    return render(request, "contributions/progress/review_confirm.html", context)
