"""The submitter's pages: their activities, a new activity for a call, a draft's changes, its
submission (after a confirmation), and an activity's page with the secretariat's comments."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.activities import access, submission
from plenaria.contributions.activities.validation import ACTIVITY_LANGUAGES
from plenaria.contributions.choices import EDITABLE, Audience, Moderation
from plenaria.contributions.forms.activities import ActivityForm
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.core.timezones import shown_in


@login_required
def mine(request):
    activities = access.activities_of(request.user)
    calls = [
        call
        for call in ActivityCall.objects.select_related("event").order_by("-closes_on")[:20]
        if access.call_is_open(call)
    ]
    return render(
        request,
        "contributions/activities/submit/mine.html",
        {"activities": activities[:300], "open_calls": calls},
    )


def activity_of(request, pk) -> Activity:
    activity = get_object_or_404(
        Activity.objects.select_related("call__event", "organisation", "country"), pk=pk
    )
    if not access.may_read(request.user, activity):
        raise PermissionDenied(_("This activity is not yours."))
    return activity


def _initial(activity: Activity) -> dict:
    start, end = activity.starts_at, activity.ends_at
    span = shown_in(start, end, activity.timezone)
    initial = {
        name: getattr(activity, name)
        for name in (
            "organiser_name", "title", "description", "kind", "city", "online", "timezone",
            "languages", "audiences", "expected_participants", "website", "contact_name",
            "contact_email", "contact_phone", "contact_public",
        )
    }  # fmt: skip
    initial.update(
        organisation=activity.organisation_id,
        country=str(activity.country_id),
        co_organisers=list(activity.co_organisers.values_list("pk", flat=True)),
        starts_on=span.start.date(),
        start_time=span.start.time(),
        ends_on=span.end.date(),
        end_time=span.end.time(),
    )
    return initial


def _data(form) -> dict:
    return {**form.cleaned_data, "language": get_language()}


def _form(request, call, initial=None):
    return ActivityForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        organisations=access.organisations_for(request.user),
        kinds=call.kinds,
    )


@login_required
@require_http_methods(["GET", "POST"])
def new(request, slug):
    call = get_object_or_404(ActivityCall.objects.select_related("event"), slug=slug)
    refusal = access.closed_reason(call) or access.refusal_to_submit(request.user, call)
    if refusal:
        return render(
            request,
            "contributions/activities/submit/unavailable.html",
            {"call": call, "refusal": refusal},
            status=403,
        )
    form = _form(request, call)
    if request.method == "POST" and form.is_valid():
        data = _data(form)
        try:
            activity = submission.save_draft(
                request.user, call, data, data["submission_key"], image=data.get("image")
            )
        except ValidationError as error:
            form.show_refusal(error)
        else:
            messages.success(request, _("Your draft is saved. Submit it when it is ready."))
            return redirect("activities:mine_activity", activity.pk)
    return render(
        request,
        "contributions/activities/submit/form.html",
        {"form": form, "call": call, "activity": None},
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    activity = activity_of(request, pk)
    if not access.may_edit(request.user, activity):
        reason = access.closed_reason(activity.call) or str(
            submission.HELD.get(activity.status, _("This activity is not yours to change."))
        )
        messages.error(request, reason)
        return redirect("activities:mine_activity", activity.pk)
    form = _form(request, activity.call, _initial(activity))
    if request.method == "POST" and form.is_valid():
        data = _data(form)
        try:
            submission.update(request.user, activity, data, image=data.get("image"))
        except ValidationError as error:
            form.show_refusal(error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect("activities:mine_activity", activity.pk)
    return render(
        request,
        "contributions/activities/submit/form.html",
        {"form": form, "call": activity.call, "activity": activity},
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request, pk):
    activity = activity_of(request, pk)
    if request.method == "POST":
        try:
            submission.submit(request.user, activity)
        except (ValidationError, PermissionDenied) as error:
            for message in getattr(error, "messages", [str(error)]):
                messages.error(request, message)
        else:
            messages.success(
                request, _("Your activity is submitted: the secretariat will review it.")
            )
        return redirect("activities:mine_activity", activity.pk)
    return render(
        request,
        "contributions/activities/submit/submit.html",
        {"activity": activity, "editable": access.may_edit(request.user, activity)},
    )


def labels(activity: Activity) -> dict:
    """The activity's languages and audiences by their names in the reader's language."""
    audiences = dict(Audience.choices)
    return {
        "language_names": [str(ACTIVITY_LANGUAGES.get(c, c)) for c in activity.languages or []],
        "audience_names": [str(audiences.get(c, c)) for c in activity.audiences or []],
    }


@login_required
def activity_page(request, pk):
    activity = activity_of(request, pk)
    return render(
        request,
        "contributions/activities/submit/activity.html",
        {
            "activity": activity,
            "when": shown_in(activity.starts_at, activity.ends_at, activity.timezone),
            "editable": access.may_edit(request.user, activity),
            "owner": access.is_owner(request.user, activity),
            "held": activity.status not in EDITABLE,
            "published": activity.status == Moderation.PUBLISHED,
            "started": activity.starts_at <= timezone.now(),
            "comments": activity.comments.select_related("author"),
            "co_organisers": activity.co_organisers.all(),
            **labels(activity),
        },
    )
