"""Every change to events goes through here, validated and logged."""

from django.db import transaction
from django.utils.text import slugify

from plenaria.core.services import save_validated
from plenaria.events.choices import EventStatus
from plenaria.events.models import Event, EventOrganiser, EventRelation


def _free_slug(event: Event) -> str:
    base = slugify(event.acronym)[:50] or "event"
    taken = set(
        Event.objects.filter(slug__startswith=base)
        .exclude(pk=event.pk)
        .values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    year = event.start.year if event.start else ""
    candidates = [f"{base}-{year}"] + [f"{base}-{n}" for n in range(2, len(taken) + 3)]
    return next(slug for slug in candidates if slug not in taken)


@transaction.atomic
def save_event(actor, event: Event) -> Event:
    """Create or update an event; its public address follows from its acronym once."""
    if not event.slug:
        event.slug = _free_slug(event)
    return save_validated(actor, event)


def set_status(actor, event: Event, status: EventStatus) -> Event:
    event.status = status
    return save_validated(actor, event, action=f"status → {status}")


def add_organiser(actor, event: Event, organisation, role) -> EventOrganiser:
    link = EventOrganiser(
        event=event, organisation=organisation, role=role, order=event.organiser_links.count()
    )
    return save_validated(actor, link)


def relate(actor, source: Event, kind, target: Event) -> EventRelation:
    return save_validated(actor, EventRelation(source=source, kind=kind, target=target))
