"""Template tags that let the event and letter pages, and the call's public page, show a
call for activities and its outcome without importing this app's models."""

from django import template
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import get_language

from plenaria.contributions.activities.totals import totals
from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity, ActivityCall

register = template.Library()


@register.simple_tag
def call_of_event(event) -> ActivityCall | None:
    """The event's call for activities, if it has one (one query)."""
    return ActivityCall.objects.filter(event=event).first()


# The public page's outcome is kept this long under a mark that changes with every approval
# and every report, so that a busy call's page does not count 20,000 activities each time.
KEPT_SECONDS = 300


@register.simple_tag
def call_outcome(call):
    """The call's outcome once its first activities have taken place and been reported;
    None before (the public page then says nothing about outcomes). One small query when
    nothing changed since the last count."""
    if call is None or call.held_from > timezone.localdate():
        return None
    mark = Activity.objects.filter(call=call).aggregate(
        approved=Count("pk", filter=Q(status=Moderation.PUBLISHED)),
        reported=Count("outcome"),
        last=Max("outcome__reported_at"),
    )
    if not mark["reported"]:
        return None
    stamp = mark["last"].timestamp() if mark["last"] else 0
    key = f"activities:outcome:{call.pk}:{mark['approved']}:{mark['reported']}:{stamp}:{get_language()}"
    figures = cache.get(key)
    if figures is None:
        figures = totals(call)
        cache.set(key, figures, KEPT_SECONDS)
    return figures
