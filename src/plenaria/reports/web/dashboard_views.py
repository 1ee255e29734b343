"""An event's dashboard: its figures as charts with their tables, each exportable; for the
secretariat, read from the event's snapshot (refreshed on demand); for a focal point, their
delegation's part computed live (a delegation is small) beside the whole event's balance."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from plenaria.core.charts.export import asked
from plenaria.core.roles import secretariat_page
from plenaria.core.timezones import format_time, get_zone, zone_label
from plenaria.core.viewer import viewer_zone
from plenaria.events.models import Event
from plenaria.registration.services import settings_for
from plenaria.reports.figures import editions, snapshots
from plenaria.reports.figures.event import compute
from plenaria.reports.figures.timeline import registered_per_day
from plenaria.reports.web.dashboard_access import dashboard_of
from plenaria.reports.web.dashboard_charts import sections

REFUSAL = gettext_lazy("Only the secretariat refreshes an event's figures.")


def moment(iso: str, zone_name: str) -> str:
    """When the figures were computed, as the reader's zone (or the event's) sees it."""
    found = datetime.datetime.fromisoformat(iso).astimezone(get_zone(zone_name))
    # Isolated, so that a date in Latin digits keeps its order inside an Arabic sentence.
    return format_html(
        "<bdi>{} {} {}</bdi>",
        formats.date_format(found, "DATE_FORMAT"),
        format_time(found),
        zone_label(found),
    )


def _comparison(event, previous, before) -> str:
    """What the curve is laid against, said when it is nothing."""
    if previous is not None:
        if before:
            return ""
        return _(
            "The previous edition, %(acronym)s, received no registration: there is no curve to "
            "lay beside this one."
        ) % {"acronym": previous.acronym}
    if event.series_id is None:
        return _("This event is not part of a series: nothing to compare it with.")
    return _("This is the first edition of its series: nothing to compare it with yet.")


@login_required
def event_dashboard(request, slug):
    event, organisations = dashboard_of(request.user, slug)
    if settings_for(event) is None:
        # No registration, no figure: the page says so rather than drawing empty charts.
        return render(
            request,
            "reports/event.html",
            {"event": event, "organisations": organisations, "takes_none": True},
        )
    previous = editions.previous_edition(event)
    whole = None
    if organisations is None:
        document = snapshots.figures(event)
        before = snapshots.figures(previous)["registered_per_day"] if previous else None
    else:
        whole = snapshots.figures(event)
        document = compute(event, organisations=organisations)
        before = registered_per_day(previous, organisations) if previous else None
    found = sections(event, document, previous, before, whole)
    drawn = [chart for _heading, group in found for chart in group]
    if (response := asked(request, drawn, event.acronym or event.slug)) is not None:
        return response
    zone = viewer_zone(request) or event.timezone
    return render(
        request,
        "reports/event.html",
        {
            "event": event,
            "organisations": organisations,
            "document": document,
            "sections": found,
            "previous": previous,
            "comparison": _comparison(event, previous, before),
            "as_of": moment(document["computed_at"], zone),
            "whole_as_of": moment(whole["computed_at"], zone) if whole else "",
            "export_url": request.path,
        },
    )


@secretariat_page(REFUSAL)
@require_POST
def refresh(request, slug):
    event = get_object_or_404(Event, slug=slug)
    snapshots.refresh(event)
    messages.success(request, _("The figures were computed again just now."))
    return redirect("reports:event", slug=event.slug)
