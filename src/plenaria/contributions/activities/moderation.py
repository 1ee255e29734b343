"""The secretariat's decisions on submitted activities: approve, return with comments,
decline with a reason, or merge a duplicate into the activity it repeats.

Each writes a line of the activity's history (``ActivityComment``, which its submitter
reads), the audit log, and a mail to the submitter in the language they wrote in. Only a
submitted activity is decided, under a row lock: of two officers deciding at once, the
second is told it is done. A merged duplicate is declined as a duplicate and points to the
activity that stays (``duplicate_of``).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.choices import CommentKind, Moderation
from plenaria.contributions.mail import queue_mail
from plenaria.contributions.models import Activity, ActivityComment
from plenaria.contributions.review_text import required_comment
from plenaria.core import audit
from plenaria.core.roles import is_secretariat

SUBJECTS = {
    Moderation.PUBLISHED: gettext_lazy("Your activity is approved"),
    Moderation.RETURNED: gettext_lazy("Your activity is returned with comments"),
    Moderation.DECLINED: gettext_lazy("Your activity is declined"),
}


def _tell(activity: Activity, text: str, merged_into: Activity | None = None) -> None:
    user = activity.submitted_by
    if user is None or not (user.email or "").strip():
        return
    with translation.override(activity.language):
        path = reverse("activities:mine_activity", args=[activity.pk])
        other = merged_into.title.in_language() if merged_into else ""
    context = {
        "activity": activity,
        "title": activity.title.in_language(activity.language),
        "status": activity.status,
        "text": text,
        "merged_into": other,
        "link": settings.PLENARIA_BASE_URL.rstrip("/") + path,
    }
    queue_mail(
        user.email,
        activity.language,
        SUBJECTS[activity.status],
        "contributions/email/activity_decided.txt",
        context,
    )


def _locked(pk) -> Activity:
    return (
        Activity.objects.select_for_update(of=("self",))
        .select_related("submitted_by", "call")
        .get(pk=pk)
    )


def _refuse_unless_waiting(activity: Activity) -> None:
    if activity.status != Moderation.SUBMITTED:
        raise ValidationError(
            _("This activity is no longer waiting for review: it is “%(status)s”.")
            % {"status": activity.get_status_display()}
        )


def _decide(user, activity: Activity, status: str, kind: str, text: str = "", into=None):
    if not is_secretariat(user):
        raise PermissionDenied(_("Only the secretariat reviews activities."))
    with transaction.atomic():
        locked = _locked(activity.pk)
        _refuse_unless_waiting(locked)
        changes = {"status": [locked.status, status]}
        locked.status = status
        fields = ["status", "updated_at"]
        if status == Moderation.PUBLISHED:
            locked.published_at = timezone.now()
            fields.append("published_at")
        if into is not None:
            changes["duplicate_of"] = [None, into.pk]
            locked.duplicate_of = into
            fields.append("duplicate_of")
        locked.save(update_fields=fields)
        ActivityComment.objects.create(activity=locked, kind=kind, text=text, author=user)
        audit.record(user, "merge" if into else kind, locked, changes)
        _tell(locked, text, into)
    return locked


def approve(user, activity: Activity) -> Activity:
    return _decide(user, activity, Moderation.PUBLISHED, CommentKind.PUBLISHED)


def return_with_comments(user, activity: Activity, text: str) -> Activity:
    text = required_comment(text, _("Say what the submitter should change."))
    return _decide(user, activity, Moderation.RETURNED, CommentKind.RETURNED, text)


def decline(user, activity: Activity, reason: str) -> Activity:
    reason = required_comment(reason, _("Give the reason the activity is declined."))
    return _decide(user, activity, Moderation.DECLINED, CommentKind.DECLINED, reason)


def merge(user, duplicate: Activity, into: Activity | int, note: str = "") -> Activity:
    """Decline ``duplicate`` as a repetition of ``into`` (an activity of the same call that
    is not itself declined)."""
    key = getattr(into, "pk", into)
    target = (
        Activity.objects.filter(pk=key, call_id=duplicate.call_id)
        .exclude(pk=duplicate.pk)
        .exclude(status__in=[Moderation.DECLINED, Moderation.DRAFT])
        .first()
    )
    if target is None:
        raise ValidationError(
            {
                "into": _(
                    "Choose another activity of the same call, submitted or approved, "
                    "that this one repeats."
                )
            }
        )
    with translation.override(duplicate.language):
        text = _("Merged as a duplicate of “%(title)s” (number %(number)s).") % {
            "title": target.title.in_language(duplicate.language),
            "number": target.pk,
        }
    if note.strip():
        text = f"{text}\n\n{note.strip()[:4000]}"
    return _decide(user, duplicate, Moderation.DECLINED, CommentKind.DECLINED, text, into=target)
