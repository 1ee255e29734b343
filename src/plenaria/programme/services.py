"""Every change to a programme goes through here, validated and logged.

Functions raise ``ValidationError`` with a message for the person and change nothing when
the input is wrong; conflicts that a person may accept (a room booked twice) are returned
as warnings instead.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from plenaria.core import audit
from plenaria.core.services import delete_logged, save_validated
from plenaria.programme import conflicts
from plenaria.programme.choices import AgendaStatus, SpeakerRole
from plenaria.programme.models import (
    AgendaItem,
    AgendaItemDocument,
    AgendaItemStatus,
    Session,
    SessionSpeaker,
    SessionType,
    Speaker,
    Track,
)

# ---- agenda -------------------------------------------------------------------------------


def _siblings(event_id, parent_id):
    return AgendaItem.objects.filter(event_id=event_id, parent_id=parent_id)


def _close_gaps(event_id, parent_id, exclude_pk=None) -> None:
    """Positions 0, 1, 2 … in order, so that numbering and moves stay simple."""
    siblings = _siblings(event_id, parent_id).exclude(pk=exclude_pk).order_by("position", "id")
    for index, sibling in enumerate(siblings):
        if sibling.position != index:
            AgendaItem.objects.filter(pk=sibling.pk).update(position=index)


@transaction.atomic
def add_agenda_item(
    actor, event, title, *, parent: AgendaItem | None = None, note=None, position=None
) -> AgendaItem:
    """Add an item at the end of its parent (or at ``position``, moving the others down)."""
    if parent is not None and parent.event_id != event.pk:
        raise ValidationError(_("An item can only sit within the same agenda."))
    count = _siblings(event.pk, parent.pk if parent else None).count()
    position = count if position is None else max(0, min(position, count))
    _siblings(event.pk, parent.pk if parent else None).filter(position__gte=position).update(
        position=F("position") + 1
    )
    item = AgendaItem(event=event, parent=parent, title=title, note=note or {}, position=position)
    return save_validated(actor, item)


@transaction.atomic
def move_agenda_item(
    actor, item: AgendaItem, parent: AgendaItem | None, position: int
) -> AgendaItem:
    """Move an item (with everything under it) to ``position`` within ``parent``.

    The numbers of every item follow from the new order; an item cannot go under itself or
    under one of its own sub-items.
    """
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if parent is not None:
        if parent.event_id != item.event_id:
            raise ValidationError(_("An item can only sit within the same agenda."))
        ancestor = parent
        while ancestor is not None:
            if ancestor.pk == item.pk:
                raise ValidationError(
                    _("An agenda item cannot be moved under itself or one of its sub-items.")
                )
            ancestor = ancestor.parent
    old_parent_id, old_position = item.parent_id, item.position
    new_parent_id = parent.pk if parent else None
    _close_gaps(item.event_id, old_parent_id, exclude_pk=item.pk)
    count = _siblings(item.event_id, new_parent_id).exclude(pk=item.pk).count()
    position = max(0, min(int(position), count))
    _siblings(item.event_id, new_parent_id).exclude(pk=item.pk).filter(
        position__gte=position
    ).update(position=F("position") + 1)
    AgendaItem.objects.filter(pk=item.pk).update(parent_id=new_parent_id, position=position)
    audit.record(
        actor,
        "move",
        item,
        {"parent": [old_parent_id, new_parent_id], "position": [old_position, position]},
    )
    item.refresh_from_db()
    return item


@transaction.atomic
def delete_agenda_item(actor, item: AgendaItem) -> None:
    event_id, parent_id = item.event_id, item.parent_id
    delete_logged(actor, item)
    _close_gaps(event_id, parent_id)


def update_agenda_item(actor, item: AgendaItem, *, title=None, note=None) -> AgendaItem:
    if title is not None:
        item.title = title
    if note is not None:
        item.note = note
    return save_validated(actor, item)


def record_agenda_status(
    actor, item: AgendaItem, status: AgendaStatus, on: datetime.date, body: str = ""
) -> AgendaItemStatus:
    return save_validated(actor, AgendaItemStatus(item=item, status=status, on=on, body=body))


def attach_document(actor, item: AgendaItem, title, url: str) -> AgendaItemDocument:
    return save_validated(actor, AgendaItemDocument(item=item, title=title, url=url))


# ---- sessions -----------------------------------------------------------------------------


@transaction.atomic
def save_session(
    actor, session: Session, *, action_lines=None, warn: bool = True
) -> list[conflicts.Alert]:
    """Create or update a session; returns the warnings the organiser should read
    (``warn=False`` skips them for bulk loads that check the whole programme at the end)."""
    save_validated(actor, session)
    if action_lines is not None:
        session.action_lines.set(action_lines)
    return conflicts.for_session(session) if warn else []


def delete_session(actor, session: Session) -> None:
    delete_logged(actor, session)


def save_session_type(actor, session_type: SessionType) -> SessionType:
    return save_validated(actor, session_type)


def save_track(actor, track: Track) -> Track:
    return save_validated(actor, track)


def save_speaker(actor, speaker: Speaker) -> Speaker:
    return save_validated(actor, speaker)


def speaker_from_contact(actor, contact, gender: str = "") -> Speaker:
    """The directory's contact as a speaker (the same one each time), organisation included."""
    existing = Speaker.objects.filter(contact=contact).first()
    if existing:
        return existing
    organisation = contact.organisation
    speaker = Speaker(
        contact=contact,
        name=" ".join(
            part for part in (contact.title, contact.first_name, contact.last_name) if part
        ),
        position=contact.job_title,
        organisation=organisation,
        country_id=organisation.country_id,
        gender=gender,
    )
    return save_validated(actor, speaker)


@transaction.atomic
def add_speaker(
    actor,
    session: Session,
    speaker: Speaker,
    role: SpeakerRole = SpeakerRole.SPEAKER,
    *,
    warn: bool = True,
) -> tuple[SessionSpeaker, list[conflicts.Alert]]:
    """Put a person on a session; the same person twice is refused."""
    if SessionSpeaker.objects.filter(session=session, speaker=speaker).exists():
        raise ValidationError(
            _("%(name)s is already a speaker in this session.") % {"name": speaker.name}
        )
    order = (session.participations.aggregate(last=Max("order"))["last"] or 0) + 1
    link = save_validated(
        actor, SessionSpeaker(session=session, speaker=speaker, role=role, order=order)
    )
    return link, conflicts.for_session(session) if warn else []


def remove_speaker(actor, link: SessionSpeaker) -> None:
    delete_logged(actor, link)
