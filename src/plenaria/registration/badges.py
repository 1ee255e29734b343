"""Issuing, revoking and reading badges.

A badge's QR code carries its id and random key, signed with a salt of its own: a code cannot
be forged without the site's secret, nor guessed from an id, and printing a badge again gives
a new key, so the old code no longer matches a valid badge.
"""

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.core import audit
from plenaria.core.services import save_validated
from plenaria.registration.badge_queries import badge_holders
from plenaria.registration.models import Badge, Registration

SALT = "plenaria.registration.badge"
# A code longer than this is not one of ours: refused before any work is done.
MAX_CODE_LENGTH = 120


def badge_code(badge: Badge) -> str:
    """What the QR code says, e.g. ``42.x1Yz_Ab9:<signature>``."""
    return signing.Signer(salt=SALT).sign(f"{badge.pk}.{badge.key}")


def badge_from_code(code: str) -> Badge | None:
    """The badge a code names (valid or revoked), or None when the code is not genuine."""
    code = (code or "").strip()
    if not code or len(code) > MAX_CODE_LENGTH:
        return None
    try:
        badge_id, key = signing.Signer(salt=SALT).unsign(code).split(".", 1)
        return Badge.objects.select_related(
            "registration__event", "registration__organisation"
        ).get(pk=int(badge_id), key=key)
    except (signing.BadSignature, ValueError, Badge.DoesNotExist):
        return None


@transaction.atomic
def issue_badges(actor, registrations: QuerySet[Registration]) -> list[Badge]:
    """A new badge for each admitted in-person registration among ``registrations``; each
    one's previous badge is revoked. The others are left out: they get no badge."""
    holders = list(
        badge_holders(registrations)
        .select_for_update(of=("self",))
        .select_related("event", "organisation__country", "nationality")
    )
    now = timezone.now()
    Badge.objects.filter(registration__in=holders, revoked_at__isnull=True).update(revoked_at=now)
    user = actor if getattr(actor, "is_authenticated", False) else None
    badges = Badge.objects.bulk_create(
        [Badge(registration=holder, issued_at=now, issued_by=user) for holder in holders]
    )
    for badge in badges:
        audit.record(actor, "issue badge", badge, {"registration": badge.registration_id})
    return badges


def issue_badge(actor, registration: Registration) -> Badge:
    """One person's badge; refused when they are not admitted to attend in person."""
    badges = issue_badges(actor, Registration.objects.filter(pk=registration.pk))
    if not badges:
        raise ValidationError(
            _("Only participants admitted to attend in person get a badge."), code="not_admitted"
        )
    return badges[0]


@transaction.atomic
def revoke_badge(actor, badge: Badge) -> Badge:
    if badge.revoked_at is None:
        badge.revoked_at = timezone.now()
        save_validated(actor, badge, action="revoke badge")
    return badge
