"""One page per event: for the secretariat, where the whole event stands, each part linking
to the tool that acts on it; for a designated focal point, the same for their delegation."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from plenaria.console.delegation import delegation_state
from plenaria.console.queries import where_event_stands
from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event


@login_required
def console(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if is_secretariat(request.user):
        return render(request, "console/event.html", {"event": event, **where_event_stands(event)})
    organisations = organisations_of(request.user)
    state = (
        delegation_state(event, organisations)
        if event.status in PUBLIC_STATUSES and organisations.exists()
        else None
    )
    if state is None:
        raise PermissionDenied(
            _(
                "Only the secretariat, and the focal points of the event's delegations, see its console."
            )
        )
    return render(
        request,
        "console/delegation.html",
        {"event": event, "organisations": organisations, **state},
    )
