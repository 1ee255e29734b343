"""A pledger's drafts and their submission to the secretariat.

Every function takes the acting user, checks that they write for the pledge's organisation
(``access``) and that the secretariat does not hold the pledge (``EDITABLE``), validates the
whole pledge (``validation.clean_pledge``), and changes it in one transaction with the audit
log. A refusal changes nothing.

A new pledge carries the ``submission_key`` of the form that made it: a second click or a
second tab sending the same form finds the pledge already made and creates nothing more (the
key is unique in the database, so two requests racing create one pledge between them).
"""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.choices import EDITABLE, CommentKind, Moderation
from plenaria.contributions.models import Pledge, PledgeComment
from plenaria.contributions.pledges.access import may_edit, may_write_for
from plenaria.contributions.pledges.reach import refresh_reach
from plenaria.contributions.pledges.validation import RELATIONS, clean_pledge
from plenaria.core import audit

HELD = {
    Moderation.SUBMITTED: gettext_lazy(
        "This pledge waits for the secretariat's review: it cannot be changed now."
    ),
    Moderation.PUBLISHED: gettext_lazy("This pledge is published: it cannot be changed any more."),
    Moderation.DECLINED: gettext_lazy("This pledge was declined: it cannot be changed any more."),
}


def _refuse_unless_editable(user, pledge: Pledge) -> None:
    if not may_edit(user, pledge):
        raise PermissionDenied(_("You do not pledge for this pledge's organisation."))
    if pledge.status not in EDITABLE:
        raise ValidationError(str(HELD.get(pledge.status, HELD[Moderation.SUBMITTED])))


def _state(pledge: Pledge) -> dict:
    """The pledge's values and its related keys, for the audit log's diff."""
    state = audit.snapshot(pledge)
    for name in RELATIONS:
        state[name] = sorted(str(pk) for pk in getattr(pledge, name).values_list("pk", flat=True))
    return state


def _write(pledge: Pledge, fields: dict, relations: dict) -> None:
    for name, value in fields.items():
        setattr(pledge, name, value)
    # The submission key's uniqueness is left to the database: see the module's docstring.
    pledge.full_clean(exclude=["submission_key", *RELATIONS])
    pledge.save()
    for name, rows in relations.items():
        getattr(pledge, name).set(rows)
    refresh_reach([pledge])


def _key(key) -> uuid.UUID:
    try:
        return uuid.UUID(str(key))
    except ValueError:
        return uuid.uuid4()


def save_draft(user, organisation, data: dict, key=None) -> Pledge:
    """A new draft pledge of ``organisation``; the one already made with ``key`` if any."""
    if not may_write_for(user, organisation):
        raise PermissionDenied(_("You do not pledge for this organisation."))
    key = _key(key)
    existing = Pledge.objects.filter(submission_key=key).first()
    if existing is not None:
        if existing.organisation_id != organisation.pk:
            raise PermissionDenied(_("You do not pledge for this pledge's organisation."))
        return existing
    fields, relations = clean_pledge(data, organisation)
    fields.setdefault("language", translation.get_language() or "en")
    pledge = Pledge(organisation=organisation, created_by=user, submission_key=key)
    try:
        with transaction.atomic():
            _write(pledge, fields, relations)
            audit.record(user, "create", pledge, audit.diff({}, _state(pledge)))
    except IntegrityError:
        existing = Pledge.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return existing
    return pledge


def update_draft(user, pledge: Pledge, data: dict) -> Pledge:
    """Change a draft, or a pledge returned with comments."""
    with transaction.atomic():
        locked = Pledge.objects.select_for_update().get(pk=pledge.pk)
        _refuse_unless_editable(user, locked)
        fields, relations = clean_pledge(data, locked.organisation)
        before = _state(locked)
        _write(locked, fields, relations)
        changes = audit.diff(before, _state(locked))
        if changes:
            audit.record(user, "update", locked, changes)
    return locked


def submit(user, pledge: Pledge) -> Pledge:
    """Hand the pledge to the secretariat for review; a second submission is refused."""
    with transaction.atomic():
        locked = Pledge.objects.select_for_update().get(pk=pledge.pk)
        _refuse_unless_editable(user, locked)
        if not locked.focus_areas.exists():
            raise ValidationError(_("Choose at least one focus area before submitting."))
        previous = locked.status
        locked.status = Moderation.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["status", "submitted_at", "updated_at"])
        PledgeComment.objects.create(pledge=locked, kind=CommentKind.SUBMITTED, author=user)
        audit.record(user, "submit", locked, {"status": [previous, locked.status]})
    return locked
