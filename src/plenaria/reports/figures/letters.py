"""The letters sent for an event, each with its deliveries counted by state."""

from django.db.models import Count

from plenaria.circulars.choices import DeliveryState
from plenaria.circulars.models import Delivery

WAITING = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.RETRYING)


def letters(event) -> list[dict]:
    found = list(event.letters.order_by("date", "pk").values("pk", "reference", "date"))
    counts = (
        Delivery.objects.filter(letter__events=event)
        .order_by()
        .values_list("letter_id", "state")
        .annotate(n=Count("id"))
    )
    states: dict[int, dict[str, int]] = {letter["pk"]: {} for letter in found}
    for letter_id, state, n in counts:
        states.setdefault(letter_id, {})[state] = n
    rows = []
    for letter in found:
        by_state = states[letter["pk"]]
        rows.append(
            {
                "id": letter["pk"],
                "reference": letter["reference"],
                "date": letter["date"].isoformat() if letter["date"] else None,
                "delivered": by_state.get(DeliveryState.SENT, 0),
                "bounced": by_state.get(DeliveryState.BOUNCED, 0),
                "failed": by_state.get(DeliveryState.FAILED, 0)
                + by_state.get(DeliveryState.UNCERTAIN, 0),
                "waiting": sum(by_state.get(state, 0) for state in WAITING),
            }
        )
    return rows
