"""Template tags that let other apps' pages show pledges without importing this app."""

from django import template
from django.db.models import Count, F, Prefetch, Q

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Campaign, Pledge

register = template.Library()

SHOWCASED = 5


@register.simple_tag
def showcased_pledges(event, per_campaign: int = SHOWCASED) -> list[Campaign]:
    """The campaigns of ``event``, each with ``published_pledges`` counted and its largest
    published pledges in ``showcased`` (two queries, however many campaigns)."""
    largest = (
        Pledge.objects.filter(status=Moderation.PUBLISHED)
        .select_related("organisation")
        .order_by(F("amount_usd").desc(nulls_last=True), "-pk")
    )
    return list(
        Campaign.objects.filter(event=event)
        .annotate(
            published_pledges=Count("pledges", filter=Q(pledges__status=Moderation.PUBLISHED))
        )
        .prefetch_related(Prefetch("pledges", largest[:per_campaign], to_attr="showcased"))
    )
