"""The secretariat's decisions on submitted pledges: publish, return with comments, decline.

Each writes a line of the pledge's history (``PledgeComment``, which its pledger reads), the
audit log, and a mail to the pledger in the pledge's language. Only a submitted pledge is
decided, under a row lock: of two officers deciding at once, the second is told it is done.
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
from plenaria.contributions.models import Pledge, PledgeComment, PledgerAccess
from plenaria.contributions.review_text import required_comment
from plenaria.core import audit
from plenaria.core.roles import is_secretariat

SUBJECTS = {
    Moderation.PUBLISHED: gettext_lazy("Your pledge is published"),
    Moderation.RETURNED: gettext_lazy("Your pledge is returned with comments"),
    Moderation.DECLINED: gettext_lazy("Your pledge is declined"),
}


def recipients(pledge: Pledge) -> list[str]:
    """Who is told: the pledge's author and everyone who pledges for its organisation."""
    users = PledgerAccess.objects.filter(
        organisation_id=pledge.organisation_id, user__is_active=True
    ).values_list("user__email", flat=True)
    addresses = [pledge.created_by.email if pledge.created_by else "", *users]
    seen: dict[str, str] = {}
    for address in addresses:
        address = (address or "").strip()
        if address:
            seen.setdefault(address.lower(), address)
    return list(seen.values())


def _tell(pledge: Pledge, text: str) -> None:
    with translation.override(pledge.language):
        path = reverse("contributions:mine_pledge", args=[pledge.pk])
    context = {
        "pledge": pledge,
        "status": pledge.status,
        "text": text,
        "link": settings.PLENARIA_BASE_URL.rstrip("/") + path,
    }
    subject = SUBJECTS[pledge.status]
    for address in recipients(pledge):
        queue_mail(address, pledge.language, subject, "contributions/email/moderated.txt", context)


def _decide(user, pledge: Pledge, status: str, kind: str, text: str = "") -> Pledge:
    if not is_secretariat(user):
        raise PermissionDenied(_("Only the secretariat moderates pledges."))
    with transaction.atomic():
        locked = (
            Pledge.objects.select_for_update(of=("self",))
            .select_related("created_by")
            .get(pk=pledge.pk)
        )
        if locked.status != Moderation.SUBMITTED:
            raise ValidationError(
                _("This pledge is no longer waiting for review: it is “%(status)s”.")
                % {"status": locked.get_status_display()}
            )
        locked.status = status
        fields = ["status", "updated_at"]
        if status == Moderation.PUBLISHED:
            locked.published_at = timezone.now()
            fields.append("published_at")
        locked.save(update_fields=fields)
        PledgeComment.objects.create(pledge=locked, kind=kind, text=text, author=user)
        audit.record(user, kind, locked, {"status": [Moderation.SUBMITTED.value, status]})
        _tell(locked, text)
    return locked


def publish(user, pledge: Pledge) -> Pledge:
    return _decide(user, pledge, Moderation.PUBLISHED, CommentKind.PUBLISHED)


def return_with_comments(user, pledge: Pledge, text: str) -> Pledge:
    text = required_comment(text, _("Say what the pledger should change."))
    return _decide(user, pledge, Moderation.RETURNED, CommentKind.RETURNED, text)


def decline(user, pledge: Pledge, reason: str) -> Pledge:
    reason = required_comment(reason, _("Give the reason the pledge is declined."))
    return _decide(user, pledge, Moderation.DECLINED, CommentKind.DECLINED, reason)
