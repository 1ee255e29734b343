"""The spreadsheet of many activities (its template and its upload), an activity's image, and
the cities suggested for a country.

Uploaded files are not served as media: an approved activity's image is public, another's
only to the people who may read the activity."""

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.activities import access, places, spreadsheet
from plenaria.contributions.activities.spreadsheet_import import ImportRefused, import_activities
from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.activities import ImportForm
from plenaria.contributions.models import Activity, ActivityCall

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def template(request, slug):
    call = get_object_or_404(ActivityCall, slug=slug)
    response = HttpResponse(spreadsheet.template_bytes(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="activities-{call.slug}.xlsx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, slug):
    call = get_object_or_404(ActivityCall.objects.select_related("event"), slug=slug)
    refusal = access.closed_reason(call) or access.refusal_to_submit(request.user, call)
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        organisations=access.organisations_for(request.user),
    )
    problems = []
    if refusal is None and request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            count = import_activities(
                request.user, call, data["file"], data["organisation"], submit=data["submit"]
            )
        except ImportRefused as error:
            form.add_error(None, error.messages[0])
            problems = error.problems
        else:
            messages.success(
                request,
                _("%(count)s activities imported.") % {"count": count},
            )
            return redirect("activities:mine")
    return render(
        request,
        "contributions/activities/submit/import.html",
        {"call": call, "form": form, "problems": problems[:500], "more": len(problems) > 500,
         "refusal": refusal},
        status=403 if refusal else 200,
    )  # fmt: skip


def image(request, pk):
    activity = get_object_or_404(Activity.objects.select_related("call"), pk=pk)
    if not activity.image:
        raise Http404
    if activity.status != Moderation.PUBLISHED and not access.may_read(request.user, activity):
        raise Http404
    try:
        handle = default_storage.open(activity.image.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    kind = mimetypes.guess_type(activity.image.name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=kind)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = (
        "public, max-age=3600" if activity.status == Moderation.PUBLISHED else "private, no-store"
    )
    return response


@login_required
def cities(request, code):
    """The names of a country's cities, for the activity form's list of suggestions."""
    code = code.upper()
    names = [city.name for city in places.cities_of(code)] if code.isalpha() else []
    response = JsonResponse({"cities": names})
    response["Cache-Control"] = "private, max-age=86400"
    return response
