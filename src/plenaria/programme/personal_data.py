"""A person's entries as a speaker in the programme: exported, and erased on request.

A speaker is found by the address of the directory contact it was made from. An erased
speaker stays on the sessions it spoke at (the programme keeps its shape and its counts, gender
included), named "Erased", without position, biography or link to the contact.
"""

from django.db import transaction
from django.db.models import QuerySet

from plenaria.core import audit
from plenaria.core.translation import TranslatedText
from plenaria.programme.models import Speaker

ERASED = "Erased"
ERASED_ACTION = "personal data erased"


def of_person(email: str) -> QuerySet[Speaker]:
    return Speaker.objects.filter(contact__email__iexact=(email or "").strip())


def export(email: str) -> dict:
    speakers = (
        of_person(email)
        .select_related("organisation", "country")
        .prefetch_related("participations__session__event")
        .order_by("pk")
    )
    return {"speakers": [_exported(speaker) for speaker in speakers]}


def _exported(speaker: Speaker) -> dict:
    return {
        "id": speaker.pk,
        "name": speaker.name,
        "position": speaker.position,
        "affiliation": speaker.affiliation,
        "country": str(speaker.country_id) if speaker.country_id else None,
        "gender": speaker.gender,
        "biography": dict(speaker.biography or {}),
        "sessions": [
            {
                "event": link.session.event.acronym,
                "session": str(link.session.title),
                "start": link.session.start.isoformat(),
                "role": link.role,
            }
            for link in speaker.participations.all()
        ],
    }


@transaction.atomic
def erase(actor, email: str) -> int:
    """Erase the speakers made from the contacts of one address; returns how many."""
    speakers = list(of_person(email).select_for_update(of=("self",)).order_by("pk"))
    for speaker in speakers:
        before = audit.snapshot(speaker)
        speaker.name, speaker.position, speaker.contact = ERASED, "", None
        speaker.biography = TranslatedText()
        speaker.save()
        audit.record(actor, ERASED_ACTION, speaker, audit.diff(before, audit.snapshot(speaker)))
    return len(speakers)
