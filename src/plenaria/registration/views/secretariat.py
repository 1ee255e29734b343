"""The secretariat's registration list per event: filters, counts, the balance of each
delegation, the interpretation demand, and the CSV and XLSX exports."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django_countries import countries

from plenaria.core.pagination import page_of
from plenaria.core.roles import is_secretariat
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Grouping
from plenaria.events.models import Event
from plenaria.registration import queries, services
from plenaria.registration.choices import Capacity, Gender, Mode, Status, UnLanguage
from plenaria.registration.views.exports import csv_response, xlsx_response
from plenaria.registration.views.focal import focal_point_required

PAGE_SIZE = 50
EXPORTS = {"csv": csv_response, "xlsx": xlsx_response}


@focal_point_required
def manage(request, slug):
    if not is_secretariat(request.user):
        raise PermissionDenied(_("Only the secretariat sees every registration."))
    event = Event.objects.filter(slug=slug).first()
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404
    registrations = queries.of_event(event, request.GET)
    export = EXPORTS.get(request.GET.get("export", ""))
    if export:
        return export(event, registrations)
    page = page_of(registrations, PAGE_SIZE, request.GET.get("page"))
    counted = queries.status_language_mode(event)
    demand = queries.interpretation_demand(event, counted)
    delegations = queries.balance_by_organisation(event, conf)
    return render(
        request,
        "registration/manage.html",
        {
            "event": event,
            "conf": conf,
            "page": page,
            "total": page.paginator.count,
            "filters": {
                name: request.GET.get(name, "") for name in [*queries.FILTERS, "q", "order"]
            },
            "places": {
                "countries": list(countries),
                "regions": ItuRegion.choices,
                "groupings": Grouping.objects.order_by("code"),
                "organisations": sorted(
                    (row["organisation"] for row in delegations if row["organisation"]),
                    key=lambda organisation: str(organisation).casefold(),
                ),
            },
            "by_status": queries.by_status(counted),
            "by_interpretation": {row["language"]: row["total"] for row in demand},
            "demand": demand,
            "delegations": delegations,
            "overall": queries.overall_balance(delegations),
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
