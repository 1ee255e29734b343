"""Turn a reviewed letter into a draft event and a draft circular letter, through the events
and circulars apps' services."""

import datetime

from django.db import transaction

from plenaria.circulars.models import Letter
from plenaria.directory.models import Organisation
from plenaria.events import services as event_services
from plenaria.events.choices import EventStatus, OrganiserRole, RelationKind
from plenaria.events.models import Event, EventRelation
from plenaria.intake.draft_letter import ReviewedLetter, create_draft_letter
from plenaria.intake.extraction import EventExtraction, LetterExtraction, RelatedEvent
from plenaria.intake.extraction.parts import LetterParts

ONE_DAY = datetime.timedelta(days=1)

# How this event stands to the other (extractor's words) → (relation, whether it is recorded
# from the other event's side).
RELATIONS = {
    "part_of": (RelationKind.PART_OF, False),
    "includes": (RelationKind.PART_OF, True),
    "preceded_by": (RelationKind.PRECEDED_BY, False),
    "followed_by": (RelationKind.PRECEDED_BY, True),
}


def _organisation(name: str) -> Organisation | None:
    return Organisation.objects.filter(acronym__iexact=name.strip()).first()


@transaction.atomic
def create_draft_event(actor, event: Event, extracted: EventExtraction | None = None) -> Event:
    """Save ``event`` (as reviewed by a person) as a draft, with the organisers and the related
    events that the letter names and the directory and the events already know."""
    event.status = EventStatus.DRAFT
    event_services.save_event(actor, event)
    if extracted is None:
        return event
    roles = [(f.value, OrganiserRole.ORGANISER) for f in extracted.organisers]
    roles += [(f.value, OrganiserRole.CO_ORGANISER) for f in extracted.co_organisers]
    for name, role in roles:
        organisation = _organisation(name)
        if organisation and not event.organiser_links.filter(organisation=organisation).exists():
            event_services.add_organiser(actor, event, organisation, role)
    for related in extracted.related:
        kind, reverse = RELATIONS.get(related.relation.value, (None, False))
        other = _known_event(related, event)
        if kind and other:
            source, target = (other, event) if reverse else (event, other)
            if not EventRelation.objects.filter(source=source, kind=kind, target=target).exists():
                event_services.relate(actor, source, kind, target)
    return event


@transaction.atomic
def create_drafts(
    actor,
    event: Event,
    reviewed: ReviewedLetter,
    extraction: LetterExtraction,
    parts: LetterParts,
    index: int = 0,
) -> tuple[Event, Letter]:
    """The draft event and the draft letter that announces it, together or not at all: a
    ``ValidationError`` from any part undoes both."""
    extracted = extraction.events[index] if index < len(extraction.events) else None
    event = create_draft_event(actor, event, extracted)
    letter = create_draft_letter(actor, reviewed, extraction, parts, event)
    return event, letter


def _known_event(related: RelatedEvent, event: Event) -> Event | None:
    """The one existing event the letter names: by acronym (within the edition's year when the
    acronym is a series', as "WSIS Forum"), else by its dates. None when unsure."""
    others = Event.objects.exclude(pk=event.pk)
    if related.acronym:
        acronym = related.acronym.value
        year = int(related.start_date.value[:4]) if related.start_date else event.start.year
        candidates = others.filter(acronym__iexact=acronym) | others.filter(
            series__acronym__iexact=acronym, start__year=year
        )
    elif related.start_date:
        day = datetime.date.fromisoformat(related.start_date.value)
        candidates = others.filter(start__date__range=(day - ONE_DAY, day + ONE_DAY))
    else:
        return None
    found = list(candidates.distinct()[:2])
    return found[0] if len(found) == 1 else None
