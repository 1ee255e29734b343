"""The letters delivered to a person's address: exported, erased on request, and the
addresses and mail servers' answers of old deliveries pseudonymised after their retention.

A delivery is kept (the letter desk's counts of sent, bounced and failed stay right) with a
unique address that can never be delivered and without the server's answer; the link to the
contact is cut. A delivery still to be sent is never erased by retention.
"""

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from plenaria.circulars.choices import DeliveryState
from plenaria.circulars.models import Delivery
from plenaria.core import audit

ERASED_ACTION = "personal data erased"
# States after which nothing more is sent.
FINISHED = [state for state in DeliveryState.values if state not in ("queued", "sending")]


def placeholder_email(delivery_id: int) -> str:
    """Unique per delivery; the reserved top-level domain .invalid is never delivered."""
    return f"erased-delivery-{delivery_id}@erased.invalid"


def of_person(email: str) -> QuerySet[Delivery]:
    return Delivery.objects.filter(email__iexact=(email or "").strip())


def export(email: str) -> dict:
    deliveries = of_person(email).select_related("letter").order_by("pk")
    return {
        "letter_deliveries": [
            {
                "letter": delivery.letter.full_reference or str(delivery.letter),
                "email": delivery.email,
                "language": delivery.language,
                "state": delivery.state,
                "attempts": delivery.attempts,
                "created_at": delivery.created_at.isoformat(),
                "sent_at": delivery.sent_at.isoformat() if delivery.sent_at else None,
                "last_error": delivery.last_error,
            }
            for delivery in deliveries
        ]
    }


def erase(actor, email: str) -> int:
    """Erase the deliveries to one address; returns how many."""
    return erase_deliveries(actor, of_person(email))


@transaction.atomic
def erase_deliveries(actor, deliveries: QuerySet[Delivery], *, limit=None) -> int:
    chosen = deliveries.exclude(email__endswith="@erased.invalid").order_by("pk")
    chosen = list(chosen.select_for_update()[:limit] if limit else chosen.select_for_update())
    for delivery in chosen:
        before = audit.snapshot(delivery)
        delivery.email = placeholder_email(delivery.pk)
        delivery.last_error = delivery.worker = ""
        delivery.contact = None
        delivery.save(update_fields=["email", "last_error", "worker", "contact"])
        audit.record(actor, ERASED_ACTION, delivery, audit.diff(before, audit.snapshot(delivery)))
    return len(chosen)


def expire_deliveries(actor, *, after_days: int, now=None, limit=None) -> int:
    """Pseudonymise the finished deliveries created more than ``after_days`` ago."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=after_days)
    old = Delivery.objects.filter(created_at__lt=cutoff, state__in=FINISHED)
    return erase_deliveries(actor, old, limit=limit)
