"""One page per event for the secretariat: where the event stands, each part linking to the
tool that acts on it."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from plenaria.console.queries import where_event_stands
from plenaria.core.roles import secretariat_page
from plenaria.events.models import Event


@secretariat_page(_("Only the secretariat sees an event's console."))
def console(request, slug):
    event = get_object_or_404(Event, slug=slug)
    return render(request, "console/event.html", {"event": event, **where_event_stands(event)})
