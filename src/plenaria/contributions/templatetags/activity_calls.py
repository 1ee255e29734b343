"""Template tags that let the event and letter pages, and the call's public page, show a
call for activities and its outcome without importing this app's models."""

from django import template
from django.utils import timezone

from plenaria.contributions.activities.totals import totals
from plenaria.contributions.models import ActivityCall

register = template.Library()


@register.simple_tag
def call_of_event(event) -> ActivityCall | None:
    """The event's call for activities, if it has one (one query)."""
    return ActivityCall.objects.filter(event=event).first()


@register.simple_tag
def call_outcome(call):
    """The call's outcome once its first activities have taken place and been reported;
    None before (the public page then says nothing about outcomes)."""
    if call is None or call.held_from > timezone.localdate():
        return None
    figures = totals(call)
    return figures if figures.overall.reported else None
