"""Issuing, replacing, revoking and reading badges.

A badge's QR code carries its id and random key, signed with a salt of its own: a code cannot
be forged without the site's secret, nor guessed from an id.

Printing never revokes: it prints each person's current badge again, the same code, and
issues one to those who have none, so badges already handed out stay valid however often a
delegation's or the whole event's badges are printed. Replacing a lost badge is an action
of its own, for one person: the old badge is revoked, its code refused at check-in, and a
new one issued.
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


def _locked_holders(registrations: QuerySet[Registration]) -> list[Registration]:
    """The badge holders among ``registrations``, in their order, locked: two desks printing
    at once then never both issue a first badge to the same person."""
    return list(
        badge_holders(registrations)
        .select_for_update(of=("self",))
        .select_related("event", "organisation__country", "nationality")
    )


def _new_badges(actor, holders, now) -> list[Badge]:
    user = actor if getattr(actor, "is_authenticated", False) else None
    badges = Badge.objects.bulk_create(
        [Badge(registration=holder, issued_at=now, issued_by=user) for holder in holders]
    )
    for badge in badges:
        audit.record(actor, "issue badge", badge, {"registration": badge.registration_id})
    return badges


@transaction.atomic
def issue_badges(actor, registrations: QuerySet[Registration]) -> list[Badge]:
    """The badge of each admitted in-person registration among ``registrations``, in their
    order, for printing: the current one where there is one, a new one for the others.
    Nothing is revoked. People not admitted in person are left out: they get no badge."""
    holders = _locked_holders(registrations)
    current = {
        badge.registration_id: badge
        for badge in Badge.objects.filter(
            registration__in=badge_holders(registrations), revoked_at__isnull=True
        )
    }
    missing = [holder for holder in holders if holder.pk not in current]
    current.update(
        (badge.registration_id, badge) for badge in _new_badges(actor, missing, timezone.now())
    )
    badges = []
    for holder in holders:
        badge = current[holder.pk]
        badge.registration = holder  # what the card prints, read once above
        badges.append(badge)
    return badges


def _not_admitted() -> ValidationError:
    return ValidationError(
        _("Only participants admitted to attend in person get a badge."), code="not_admitted"
    )


def issue_badge(actor, registration: Registration) -> Badge:
    """One person's badge: their current one, or a new one if they have none. Refused when
    they are not admitted to attend in person."""
    badges = issue_badges(actor, Registration.objects.filter(pk=registration.pk))
    if not badges:
        raise _not_admitted()
    return badges[0]


def current_badge(registration: Registration) -> Badge | None:
    return Badge.objects.filter(registration=registration, revoked_at__isnull=True).first()


@transaction.atomic
def replace_badge(actor, registration: Registration) -> Badge:
    """A new badge for one person whose badge was lost: the current one is revoked first,
    so its code is refused at check-in from now on."""
    holders = _locked_holders(Registration.objects.filter(pk=registration.pk))
    if not holders:
        raise _not_admitted()
    holder = holders[0]
    now = timezone.now()
    replaced = []
    for old in Badge.objects.filter(registration=holder, revoked_at__isnull=True):
        old.revoked_at = now
        save_validated(actor, old, action="revoke badge (replaced)")
        replaced.append(old.pk)
    user = actor if getattr(actor, "is_authenticated", False) else None
    badge = Badge.objects.create(registration=holder, issued_at=now, issued_by=user)
    audit.record(actor, "replace badge", badge, {"registration": holder.pk, "replaces": replaced})
    return badge


@transaction.atomic
def revoke_badge(actor, badge: Badge) -> Badge:
    if badge.revoked_at is None:
        badge.revoked_at = timezone.now()
        save_validated(actor, badge, action="revoke badge")
    return badge
