"""The check-in desk: a badge's code, scanned or typed, checks its holder in for today; a typed
name finds the person whose badge is lost. The desk shows how many have arrived today."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.events.models import Event
from plenaria.registration import badge_queries, rules
from plenaria.registration.checkin import arrivals_today, check_in_by_name, check_in_typed


@login_required
@require_http_methods(["GET", "POST"])
def desk(request, slug):
    if not rules.may_check_in(request.user):
        raise PermissionDenied(_("Only the secretariat's desk staff check people in."))
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        raise Http404
    result = None
    if request.method == "POST":
        if "registration" in request.POST:
            result = check_in_by_name(request.user, event, request.POST["registration"])
        else:
            result = check_in_typed(request.user, event, request.POST.get("code", ""))
    return render(
        request,
        "registration/checkin.html",
        {
            "event": event,
            "result": result,
            "progress": arrivals_today(event),
            "attendance": badge_queries.attendance_by_day(event),
        },
    )
