"""The secretariat's registration list per event, with filters, counts and a CSV export."""

import csv

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from plenaria.core.roles import is_secretariat
from plenaria.events.models import Event
from plenaria.registration import queries, services
from plenaria.registration.choices import Capacity, Gender, Mode, Status, UnLanguage
from plenaria.registration.views.focal import focal_point_required

PAGE_SIZE = 50
CSV_COLUMNS = [
    "first_name",
    "last_name",
    "email",
    "gender",
    "year_of_birth",
    "nationality_id",
    "organisation",
    "capacity",
    "mode",
    "interpretation_language",
    "visa_requested",
    "status",
    "created_at",
]


def _csv(event, registrations):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for item in registrations.iterator(chunk_size=2000):
        row = [getattr(item, column) for column in CSV_COLUMNS]
        row[CSV_COLUMNS.index("organisation")] = str(item.organisation or "")
        writer.writerow(["" if value is None else value for value in row])
    return response


@focal_point_required
def manage(request, slug):
    if not is_secretariat(request.user):
        raise PermissionDenied(_("Only the secretariat sees every registration."))
    event = Event.objects.filter(slug=slug).first()
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404
    registrations = queries.of_event(event, request.GET)
    if request.GET.get("export") == "csv":
        return _csv(event, registrations)
    page = Paginator(registrations, PAGE_SIZE).get_page(request.GET.get("page"))
    everyone = event.registrations.all()
    return render(
        request,
        "registration/manage.html",
        {
            "event": event,
            "conf": conf,
            "page": page,
            "total": page.paginator.count,
            "filters": {name: request.GET.get(name, "") for name in queries.FILTERS},
            "by_status": queries.counts_by(everyone, "status"),
            "by_interpretation": queries.counts_by(everyone, "interpretation_language"),
            "overall": queries.balance(everyone, conf),
            "choices": {
                "status": Status.choices,
                "mode": Mode.choices,
                "capacity": Capacity.choices,
                "gender": Gender.choices,
                "interpretation": UnLanguage.choices,
            },
            "query": request.GET.urlencode(),
        },
    )
