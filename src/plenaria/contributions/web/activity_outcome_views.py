"""After the day: the organiser's outcome form, the secretariat's totals and export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from plenaria.contributions.activities import export
from plenaria.contributions.activities.outcomes import may_report, report_outcome
from plenaria.contributions.activities.totals import totals as count_totals
from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.activity_outcomes import OutcomeForm
from plenaria.contributions.models import Activity, ActivityCall, ActivityOutcome
from plenaria.contributions.web.activity_calls_views import secretariat_only
from plenaria.core.charts import BarChart, Series


@login_required
def outcome(request, pk):
    activity = get_object_or_404(Activity.objects.select_related("call__event"), pk=pk)
    if not may_report(request.user, activity):
        raise PermissionDenied(_("Only the activity's organiser reports its outcome."))
    existing = ActivityOutcome.objects.filter(activity=activity).first()
    form = OutcomeForm(request.POST or None, request.FILES or None, instance=existing)
    if request.method == "POST" and form.is_valid():
        try:
            report_outcome(request.user, activity, form.cleaned_data)
        except ValidationError as refused:
            _to_form(form, refused)
        else:
            messages.success(request, _("Thank you: the outcome of your activity is saved."))
            return redirect("activities:outcome", pk=activity.pk)
    photos = existing.photos.count() if existing else 0
    context = {"form": form, "activity": activity, "existing": existing, "photos": photos}
    context["not_yet"] = _not_reportable(activity)
    return render(request, "contributions/activities/calls/outcome.html", context)


def _not_reportable(activity) -> str:
    """Why there is nothing to report yet, in words for the organiser; empty if there is."""
    if activity.status != Moderation.PUBLISHED or activity.duplicate_of_id:
        return _("Once your activity is approved and has taken place, tell us here how it went.")
    if activity.starts_at > timezone.now():
        return _("Your activity has not started yet: come back once it has taken place.")
    return ""


def _to_form(form, refused: ValidationError) -> None:
    if not hasattr(refused, "error_dict"):
        form.add_error(None, refused)
        return
    for name, errors in refused.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def _chart(name: str, heading: str, lines) -> BarChart:
    """Participants drawn per row; the other figures of the row in the table beside."""

    def column(label, read, unit=""):
        return Series(label, [read(line) for line in lines], unit=unit)

    return BarChart(
        name=name,
        title=_("Outcomes by %(heading)s") % {"heading": heading},
        categories=[line.label for line in lines],
        series=[column(_("Participants"), lambda line: line.participants)],
        heading=capfirst(heading),
        table_only=[
            column(_("Approved activities"), lambda line: line.approved),
            column(_("Outcomes reported"), lambda line: line.reported),
            column(_("Women"), lambda line: line.women_share, " %"),
            column(_("Young people"), lambda line: line.young_share, " %"),
        ],
    )


@secretariat_only
def totals(request, slug):
    call = get_object_or_404(ActivityCall.objects.select_related("event"), slug=slug)
    figures = count_totals(call)
    context = {
        "call": call,
        "totals": figures,
        "region_chart": _chart("region", _("ITU region"), figures.regions),
        "grouping_chart": _chart("grouping", _("group of countries"), figures.groupings),
    }
    return render(request, "contributions/activities/calls/totals.html", context)


@secretariat_only
def export_activities(request, slug):
    call = get_object_or_404(ActivityCall, slug=slug)
    if request.GET.get("format") == "csv":
        return export.csv_response(call)
    return export.xlsx_response(call)
