"""After the day: the organiser of an approved activity tells what happened.

Only once the activity has started (nothing happened before), only by the person who
submitted it or someone acting for its organisation, and only with figures that can be
true: participants a whole number of at least zero, the shares of women and young people
between 0 and 100 %. A second report replaces the first; the audit log keeps both."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.contributions.activities.images import cleaned_image
from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity, ActivityOutcome, OutcomePhoto
from plenaria.contributions.pledges.access import organisations_of_pledger
from plenaria.core import audit
from plenaria.core.services import save_validated

FIELDS = ("participants", "women_share", "young_share", "summary", "links", "photos")
MAX_PHOTOS = 6
PHOTO_FOLDER = "activities/outcomes"


def may_report(user, activity: Activity) -> bool:
    """Whether ``user`` speaks for ``activity``: its submitter or its organisation's people."""
    if not getattr(user, "is_authenticated", False):
        return False
    if activity.submitted_by_id == user.pk:
        return True
    return bool(
        activity.organisation_id
        and organisations_of_pledger(user).filter(pk=activity.organisation_id).exists()
    )


def _check(data: dict) -> None:
    errors = {}
    participants = data.get("participants")
    if participants is None or not isinstance(participants, int) or participants < 0:
        errors["participants"] = _("Give the number of participants: a whole number, 0 or more.")
    for name in ("women_share", "young_share"):
        share = data.get(name)
        if share is not None and (not isinstance(share, int) or not 0 <= share <= 100):
            errors[name] = _("A share is a whole number from 0 to 100 (per cent).")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def report_outcome(user, activity: Activity, data: dict) -> ActivityOutcome:
    """Record (or replace) what happened at ``activity``; refused before it started, for
    an activity that is not approved, or for someone who does not speak for it."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if not may_report(user, activity):
        raise PermissionDenied(_("Only the activity's organiser reports its outcome."))
    if activity.status != Moderation.PUBLISHED or activity.duplicate_of_id:
        raise ValidationError(_("Only an approved activity has an outcome to report."))
    if activity.starts_at > timezone.now():
        raise ValidationError(_("The activity has not started yet: report once it took place."))
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    _check(data)
    data = dict(data)
    photos = _cleaned_photos(activity, data.pop("photos", None) or [])
    outcome = ActivityOutcome.objects.filter(activity=activity).first()
    outcome = outcome or ActivityOutcome(activity=activity)
    for name, value in data.items():
        setattr(outcome, name, "" if value is None and name in ("summary", "links") else value)
    save_validated(user, outcome)
    # Files are written last, once every check has passed: only a failing database could
    # still leave one behind, unreferenced.
    for content, extension in photos:
        name = f"{PHOTO_FOLDER}/{uuid.uuid4().hex}.{extension}"
        stored = default_storage.save(name, ContentFile(content))
        photo = OutcomePhoto.objects.create(outcome=outcome, image=stored)
        audit.record(user, "create", photo, {"image": [None, stored]})
    return outcome


def _cleaned_photos(activity: Activity, uploads: list) -> list[tuple[bytes, str]]:
    """Every photo checked and stripped (``images``) before anything is stored: one bad
    photo refuses the report. At most ``MAX_PHOTOS`` per activity."""
    kept = OutcomePhoto.objects.filter(outcome__activity=activity).count()
    if kept + len(uploads) > MAX_PHOTOS:
        raise ValidationError(
            {"photos": _("At most %(n)d photos per activity.") % {"n": MAX_PHOTOS}}
        )
    cleaned = []
    for upload in uploads:
        try:
            cleaned.append(cleaned_image(upload))
        except ValidationError as refused:
            name = getattr(upload, "name", "")
            raise ValidationError({"photos": [f"{name}: {m}" for m in refused.messages]}) from None
    return cleaned
