"""The secretariat's review of activities: the queue with its counts per country and status,
an activity with its whole history, and each decision after a confirmation page."""

import datetime
import re

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.activities import moderation
from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.activities import CommentForm, MergeForm
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.contributions.web.activity_submitter_views import labels
from plenaria.core import audit
from plenaria.core.pagination import page_of
from plenaria.core.roles import secretariat_page
from plenaria.core.timezones import shown_in
from plenaria.directory.models import Country

secretariat_only = secretariat_page(_("Only the secretariat reviews activities."))
PER_PAGE = 50
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,60}")
COUNTRY = re.compile(r"[A-Z]{2}")
STATUSES = [(value, label) for value, label in Moderation.choices if value != Moderation.DRAFT]


def _counts(activities) -> tuple[list, dict]:
    """Per country, the number of activities in each status; and the totals per status.
    One grouped query."""
    rows = activities.values_list("country_id", "status").annotate(n=Count("pk")).order_by()
    table: dict[str, dict] = {}
    totals: dict[str, int] = {}
    for country, status, number in rows:
        table.setdefault(str(country), {})[status] = number
        totals[status] = totals.get(status, 0) + number
    listed = sorted(
        (
            (Country(code=code).name, code, [cells.get(value, 0) for value, _label in STATUSES])
            for code, cells in table.items()
        ),
        key=lambda row: row[0],
    )
    return listed, totals


@secretariat_only
def queue(request):
    status = request.GET.get("status") or Moderation.SUBMITTED
    if status not in Moderation.values or status == Moderation.DRAFT:
        status = Moderation.SUBMITTED
    calls = ActivityCall.objects.select_related("event")
    # Only values that can name something reach the database (PostgreSQL refuses a NUL).
    slug = request.GET.get("call") or ""
    call = calls.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
    country = (request.GET.get("country") or "").strip().upper()
    country = country if COUNTRY.fullmatch(country) else ""
    activities = Activity.objects.exclude(status=Moderation.DRAFT)
    if call:
        activities = activities.filter(call=call)
    by_country, totals = _counts(activities)
    if country:
        activities = activities.filter(country_id=country)
    listed = (
        activities.filter(status=status)
        .select_related("call__event", "organisation", "country")
        .order_by("submitted_at", "pk")
    )
    return render(
        request,
        "contributions/activities/review/queue.html",
        {
            "page": page_of(listed, PER_PAGE, request.GET.get("page")),
            "status": status,
            "call": call,
            "calls": calls,
            "country": country,
            "countries": [(code, name) for name, code, _cells in by_country],
            "by_country": by_country,
            "statuses": STATUSES,
            "tabs": [(value, label, totals.get(value, 0)) for value, label in STATUSES],
        },
    )


def _activity(pk) -> Activity:
    return get_object_or_404(
        Activity.objects.select_related(
            "call__event", "organisation", "country", "submitted_by", "duplicate_of"
        ),
        pk=pk,
    )


def _look_alikes(activity: Activity):
    """Activities of the same call and country starting within a day of it: perhaps the same
    one entered twice (by two organisers, or by one on the form and in a spreadsheet)."""
    day = datetime.timedelta(days=1)
    return (
        _candidates(activity)
        .filter(starts_at__range=(activity.starts_at - day, activity.starts_at + day))
        .select_related(None)[:10]
    )


@secretariat_only
def review(request, pk):
    activity = _activity(pk)
    return render(
        request,
        "contributions/activities/review/activity.html",
        {
            "activity": activity,
            "when": shown_in(activity.starts_at, activity.ends_at, activity.timezone),
            "co_organisers": activity.co_organisers.all(),
            **labels(activity),
            "comments": activity.comments.select_related("author"),
            "history": audit.history(activity).order_by("at", "pk"),
            "waiting": activity.status == Moderation.SUBMITTED,
            "look_alikes": _look_alikes(activity),
        },
    )


DECISIONS = {"approve", "return", "decline", "merge"}


def _candidates(activity: Activity):
    return (
        Activity.objects.filter(call_id=activity.call_id, country_id=activity.country_id)
        .exclude(pk=activity.pk)
        .exclude(status__in=[Moderation.DECLINED, Moderation.DRAFT])
        .select_related("organisation")
        .order_by("starts_at", "pk")
    )


def _form(action, activity, data):
    if action == "merge":
        return MergeForm(data, candidates=_candidates(activity))
    return CommentForm(data) if action in ("return", "decline") else None


def _apply(user, action, activity, form):
    text = form.cleaned_data.get("text", "") if form else ""
    if action == "approve":
        return moderation.approve(user, activity)
    if action == "return":
        return moderation.return_with_comments(user, activity, text)
    if action == "decline":
        return moderation.decline(user, activity, text)
    return moderation.merge(user, activity, form.cleaned_data["into"], text)


@secretariat_only
@require_http_methods(["GET", "POST"])
def decide(request, pk, action):
    if action not in DECISIONS:
        raise Http404
    activity = _activity(pk)
    form = _form(action, activity, request.POST or None)
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            _apply(request.user, action, activity, form)
        except ValidationError as error:
            if form is not None and hasattr(error, "error_dict"):
                form.add_error(None, error.messages)
            else:
                for message in error.messages:
                    messages.error(request, message)
        else:
            messages.success(request, _("Done: the submitter is told by e-mail."))
            return redirect("activities:review_activity", activity.pk)
    return render(
        request,
        "contributions/activities/review/confirm.html",
        {
            "activity": activity,
            "action": action,
            "form": form,
            "possible": activity.status == Moderation.SUBMITTED,
        },
    )
