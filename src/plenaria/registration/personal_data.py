"""A person's registrations: exported, erased on request, and pseudonymised when kept too long.

Erasing a registration keeps the row, so every count that reports rely on stays right: the
event, status, mode, capacity, gender, year of birth, nationality, organisation and
interpretation language are kept. Names become "Erased", the address a unique one that can
never be delivered, and the passport, accessibility needs and reason for rejection are
emptied; the private link gets a new key (the old link stops working), badges still valid are
revoked, and messages not yet sent are never sent. An active registration for an event still
to come is cancelled first, so that its place goes to the next person waiting.
"""

import datetime

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from plenaria.core import audit
from plenaria.registration import services
from plenaria.registration.choices import ACTIVE_STATUSES, Status
from plenaria.registration.models import Badge, Notification, Registration, _new_key

ERASED = "Erased"
ERASED_ACTION = "personal data erased"
PASSPORT_ACTION = "passport details erased"


def placeholder_email(registration_id: int) -> str:
    """Unique per registration; the reserved top-level domain .invalid is never delivered."""
    return f"erased-registration-{registration_id}@erased.invalid"


def of_person(email: str) -> QuerySet[Registration]:
    return Registration.objects.filter(email__iexact=(email or "").strip())


def _when(value):
    return value.isoformat() if value else None


def export(email: str) -> dict:
    """Everything held on the registrations of one address. The private link's key and the
    badges' keys are secrets, not the person's data: they are left out."""
    registrations = (
        of_person(email)
        .select_related("event", "organisation", "nationality")
        .prefetch_related("notifications", "badges", "check_ins")
        .order_by("created_at", "id")
    )
    return {"registrations": [_exported(registration) for registration in registrations]}


def _exported(registration: Registration) -> dict:
    return {
        "id": registration.pk,
        "event": registration.event.acronym,
        "first_name": registration.first_name,
        "last_name": registration.last_name,
        "email": registration.email,
        "gender": registration.gender,
        "year_of_birth": registration.year_of_birth,
        "nationality": registration.nationality_id and str(registration.nationality_id),
        "organisation": str(registration.organisation) if registration.organisation else None,
        "capacity": registration.capacity,
        "mode": registration.mode,
        "interpretation_language": registration.interpretation_language,
        "visa_requested": registration.visa_requested,
        "passport_number": registration.passport_number,
        "passport_expiry": _when(registration.passport_expiry),
        "accessibility_needs": registration.accessibility_needs,
        "consent": registration.consent,
        "language": registration.language,
        "status": registration.status,
        "rejection_reason": registration.rejection_reason,
        "confirmed_at": _when(registration.confirmed_at),
        "erased_at": _when(registration.erased_at),
        "created_at": _when(registration.created_at),
        "updated_at": _when(registration.updated_at),
        "notifications": [
            {
                "kind": notification.kind,
                "language": notification.language,
                "created_at": _when(notification.created_at),
                "sent_at": _when(notification.sent_at),
                "failed_at": _when(notification.failed_at),
                "last_error": notification.last_error,
            }
            for notification in registration.notifications.all()
        ],
        "badges": [
            {
                "id": badge.pk,
                "printed_at": _when(badge.issued_at),
                "revoked_at": _when(badge.revoked_at),
            }
            for badge in registration.badges.all()
        ],
        "check_ins": [
            {"day": _when(check_in.day), "checked_in_at": _when(check_in.checked_in_at)}
            for check_in in registration.check_ins.all()
        ],
    }


def erase(actor, email: str, *, now=None) -> int:
    """Erase the registrations of one address; returns how many were erased."""
    return erase_registrations(actor, of_person(email), now=now)


@transaction.atomic
def erase_registrations(actor, registrations: QuerySet[Registration], *, now=None, limit=None):
    """Pseudonymise ``registrations`` not yet erased (at most ``limit``); returns how many."""
    now = now or timezone.now()
    pending = registrations.filter(erased_at__isnull=True).order_by("pk")
    ids = list(
        pending.values_list("pk", flat=True)[:limit]
        if limit
        else pending.values_list("pk", flat=True)
    )
    # A place still held for an event to come is given up first (and offered to the next
    # person waiting); its cancellation notice is never sent, see below.
    for registration in Registration.objects.filter(
        pk__in=ids, status__in=ACTIVE_STATUSES, event__end__gt=now
    ):
        services.cancel(actor, registration)
    erased = Registration.objects.filter(pk__in=ids).select_related("event")
    for registration in erased.select_for_update(of=("self",)):
        _pseudonymise(actor, registration, now)
    Notification.objects.filter(
        registration_id__in=ids, sent_at__isnull=True, failed_at__isnull=True
    ).update(failed_at=now)
    Notification.objects.filter(registration_id__in=ids).exclude(last_error="").update(
        last_error=""
    )
    Badge.objects.filter(registration_id__in=ids, revoked_at__isnull=True).update(revoked_at=now)
    return len(ids)


def _pseudonymise(actor, registration: Registration, now) -> None:
    before = audit.snapshot(registration)
    registration.first_name, registration.last_name = ERASED, ""
    registration.email = placeholder_email(registration.pk)
    registration.visa_requested = False
    registration.passport_number, registration.passport_expiry = "", None
    registration.accessibility_needs = ""
    # A rejection keeps a reason (the table requires one), but not the words written.
    registration.rejection_reason = ERASED if registration.status == Status.REJECTED else ""
    registration.link_key = _new_key()
    registration.erased_at = now
    registration.save()
    audit.record(
        actor, ERASED_ACTION, registration, audit.diff(before, audit.snapshot(registration))
    )


@transaction.atomic
def forget_passports(actor, *, now=None, after_days: int = 0) -> int:
    """Erase passport details ``after_days`` after the event's end: they served only the visa
    letter. The audit log never held them (see core.audit), so nothing else keeps a copy."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=after_days)
    finished = Registration.objects.filter(event__end__lt=cutoff).exclude(
        Q(passport_number="") & Q(passport_expiry__isnull=True)
    )
    done = 0
    for registration in finished.select_related("event").select_for_update(of=("self",)):
        before = audit.snapshot(registration)
        registration.passport_number, registration.passport_expiry = "", None
        registration.visa_requested = False
        registration.save(
            update_fields=["passport_number", "passport_expiry", "visa_requested", "updated_at"]
        )
        changes = audit.diff(before, audit.snapshot(registration))
        audit.record(actor, PASSPORT_ACTION, registration, changes)
        done += 1
    return done
