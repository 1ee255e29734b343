"""A submitter's drafts of activities and their submission to the secretariat.

Every function takes the acting user and refuses, changing nothing, unless the call is open,
the user may submit to it (``access``), the activity is theirs and not held by the
secretariat (``EDITABLE``), and the whole activity is right (``validation.clean_activity``).
Each change is one transaction with its audit log entry.

A new activity carries the ``submission_key`` of the form that made it: a second click or a
second tab sending the same form finds the activity already made (the key is unique in the
database, so two racing requests create one activity). The same activity entered twice —
same call, same submitter, same title and start — is refused as a duplicate.
"""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.activities import access, images
from plenaria.contributions.activities.validation import clean_activity
from plenaria.contributions.choices import EDITABLE, CommentKind, Moderation
from plenaria.contributions.models import Activity, ActivityCall, ActivityComment
from plenaria.core import audit

HELD = {
    Moderation.SUBMITTED: gettext_lazy(
        "This activity waits for the secretariat's review: it cannot be changed now."
    ),
    Moderation.PUBLISHED: gettext_lazy("This activity is approved: it cannot be changed any more."),
    Moderation.DECLINED: gettext_lazy("This activity was declined: it cannot be changed any more."),
}
DUPLICATE = gettext_lazy(
    "You have already entered this activity (same title and start): change that one instead."
)


def refuse_unless_open(user, call: ActivityCall) -> None:
    reason = access.closed_reason(call) or access.refusal_to_submit(user, call)
    if reason:
        raise ValidationError(reason)


def _refuse_unless_editable(user, activity: Activity) -> None:
    if not access.is_owner(user, activity):
        raise PermissionDenied(_("This activity is not yours to change."))
    if activity.status not in EDITABLE:
        raise ValidationError(str(HELD.get(activity.status, HELD[Moderation.SUBMITTED])))
    refuse_unless_open(user, activity.call)


def entered_keys(user, call, starts_at=None, exclude_pk=None) -> set[tuple]:
    """``(start, title)`` of every activity ``user`` has entered in ``call`` and that is not
    declined, each title in every language it has, case folded; at one start if given."""
    entered = Activity.objects.filter(call=call, submitted_by=user).exclude(
        status=Moderation.DECLINED
    )
    if starts_at is not None:
        entered = entered.filter(starts_at=starts_at)
    if exclude_pk:
        entered = entered.exclude(pk=exclude_pk)
    return {
        (start, text.casefold())
        for start, title in entered.values_list("starts_at", "title")
        for text in (title or {}).values()
    }


def duplicate_in(keys: set[tuple], fields: dict) -> bool:
    start = fields["starts_at"]
    return any((start, text.casefold()) in keys for text in fields["title"].values())


def is_duplicate(user, call, fields: dict, exclude_pk=None) -> bool:
    """An activity of ``user`` in ``call`` with the same start and a title alike in a
    language they share."""
    return duplicate_in(entered_keys(user, call, fields["starts_at"], exclude_pk), fields)


def _state(activity: Activity) -> dict:
    state = audit.snapshot(activity)
    state["co_organisers"] = sorted(activity.co_organisers.values_list("pk", flat=True))
    return state


def _write(activity: Activity, fields: dict, co_organisers: list, image_name: str = "") -> None:
    for name, value in fields.items():
        setattr(activity, name, value)
    if image_name:
        activity.image.name = image_name
    activity.full_clean(exclude=["submission_key", "co_organisers", "image"])
    activity.save()
    activity.co_organisers.set(co_organisers)


def _key(key) -> uuid.UUID:
    try:
        return uuid.UUID(str(key))
    except ValueError:
        return uuid.uuid4()


def _store(cleaned) -> str:
    return images.store_cleaned(cleaned) if cleaned else ""


def save_draft(user, call: ActivityCall, data: dict, key=None, image=None) -> Activity:
    """A new draft activity in ``call``; the one already made with ``key`` if any."""
    key = _key(key)
    existing = Activity.objects.filter(submission_key=key).first()
    if existing is not None:
        if existing.submitted_by_id != user.pk:
            raise PermissionDenied(_("This activity is not yours to change."))
        return existing
    refuse_unless_open(user, call)
    fields, co_organisers = clean_activity(data, call, access.organisations_for(user))
    cleaned = images.cleaned_image(image) if image else None  # refused before any write
    if is_duplicate(user, call, fields):
        # The same form sent from another tab may have just been saved: that is no duplicate.
        existing = Activity.objects.filter(submission_key=key, submitted_by=user).first()
        if existing is not None:
            return existing
        raise ValidationError(str(DUPLICATE))
    fields["language"] = data.get("language") or translation.get_language() or "en"
    activity = Activity(call=call, submitted_by=user, submission_key=key)
    stored = _store(cleaned)
    try:
        with transaction.atomic():
            _write(activity, fields, co_organisers, stored)
            audit.record(user, "create", activity, audit.diff({}, _state(activity)))
    except IntegrityError:
        images.delete_image(stored)
        existing = Activity.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return existing
    except Exception:
        images.delete_image(stored)
        raise
    return activity


def update(user, activity: Activity, data: dict, image=None) -> Activity:
    """Change a draft, or an activity returned with comments, while the call is open."""
    cleaned = images.cleaned_image(image) if image else None
    with transaction.atomic():
        locked = (
            Activity.objects.select_for_update(of=("self",))
            .select_related("call")
            .get(pk=activity.pk)
        )
        _refuse_unless_editable(user, locked)
        fields, co_organisers = clean_activity(data, locked.call, access.organisations_for(user))
        if is_duplicate(locked.submitted_by, locked.call, fields, exclude_pk=locked.pk):
            raise ValidationError(str(DUPLICATE))
        before = _state(locked)
        replaced = locked.image.name if cleaned else ""
        stored = _store(cleaned)
        try:
            _write(locked, fields, co_organisers, stored)
        except Exception:
            images.delete_image(stored)
            raise
        if replaced:  # the old file goes once the new one is surely kept
            transaction.on_commit(lambda: images.delete_image(replaced))
        changes = audit.diff(before, _state(locked))
        if changes:
            audit.record(user, "update", locked, changes)
    return locked


def submit(user, activity: Activity) -> Activity:
    """Hand the activity to the secretariat for review; a second submission is refused."""
    with transaction.atomic():
        locked = (
            Activity.objects.select_for_update(of=("self",))
            .select_related("call")
            .get(pk=activity.pk)
        )
        _refuse_unless_editable(user, locked)
        previous = locked.status
        locked.status = Moderation.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["status", "submitted_at", "updated_at"])
        ActivityComment.objects.create(activity=locked, kind=CommentKind.SUBMITTED, author=user)
        audit.record(user, "submit", locked, {"status": [previous, locked.status]})
    return locked
