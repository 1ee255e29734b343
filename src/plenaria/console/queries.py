"""Where an event stands, read in a fixed number of queries whatever its size: its letters
and their delivery, registrations by status, seats, interpretation, balance, arrivals per
day and the programme's warnings."""

from django.db.models import Count

from plenaria.circulars.choices import DeliveryState
from plenaria.circulars.models import Delivery
from plenaria.programme import conflicts
from plenaria.registration import queries as registrations
from plenaria.registration.checkin import expected
from plenaria.registration.choices import Mode, Status
from plenaria.registration.models import CheckIn
from plenaria.registration.services import settings_for

TOP_DELEGATIONS = 5


def _percent(part: int, whole: int | None) -> int | None:
    return round(100 * part / whole) if whole else None


def letters(event) -> list[dict]:
    """The event's letters, newest first, each with its deliveries counted by state."""
    found = list(event.letters.order_by("-date", "-pk"))
    counted = (
        Delivery.objects.filter(letter__in=found)
        .order_by()
        .values("letter_id", "state")
        .annotate(n=Count("id"))
    )
    states: dict[int, dict[str, int]] = {letter.pk: {} for letter in found}
    for row in counted if found else []:
        states[row["letter_id"]][row["state"]] = row["n"]
    rows = []
    for letter in found:
        counts = states[letter.pk]
        total = sum(counts.values())
        sent = counts.get(DeliveryState.SENT, 0)
        rows.append(
            {
                "letter": letter,
                "total": total,
                "sent": sent,
                "failed": counts.get(DeliveryState.FAILED, 0)
                + counts.get(DeliveryState.BOUNCED, 0),
                "waiting": total
                - sent
                - counts.get(DeliveryState.FAILED, 0)
                - counts.get(DeliveryState.BOUNCED, 0),
            }
        )
    return rows


def seats(conf, by_status: dict[str, int], rows: list[dict]) -> dict:
    """In-person seats taken against the capacity, and the waiting list."""
    taken = sum(
        row["n"] for row in rows if row["mode"] == Mode.IN_PERSON and row["status"] == Status.SEATED
    )
    capacity = conf.in_person_capacity
    return {
        "taken": taken,
        "capacity": capacity,
        "percent": _percent(taken, capacity),
        "waiting": by_status.get(Status.WAITING, 0),
    }


def arrivals(event) -> list[dict]:
    """People checked in on each day of the event, against those expected in person."""
    total = expected(event).count()
    days = (
        CheckIn.objects.filter(registration__event=event)
        .order_by("day")
        .values("day")
        .annotate(n=Count("id"))
    )
    return [
        {
            "day": row["day"],
            "arrived": row["n"],
            "expected": total,
            "percent": _percent(row["n"], total),
        }
        for row in days
    ]


def registration_state(event) -> dict | None:
    conf = settings_for(event)
    if conf is None:
        return None
    rows = registrations.status_language_mode(event)
    by_status = registrations.by_status(rows)
    delegations = registrations.balance_by_organisation(event, conf)
    statuses = [
        {"code": code, "label": label, "count": by_status.get(code, 0)}
        for code, label in Status.choices
    ]
    total = sum(by_status.values())
    for row in statuses:
        row["percent"] = _percent(row["count"], total)
    demand = [row for row in registrations.interpretation_demand(event, rows) if row["total"]]
    most = max((row["total"] for row in demand), default=0)
    return {
        "conf": conf,
        "total": total,
        "statuses": statuses,
        "seats": seats(conf, by_status, rows),
        "demand": demand,
        "demand_most": most,
        "overall": registrations.overall_balance(delegations),
        "delegations": delegations[:TOP_DELEGATIONS],
        "arrivals": arrivals(event),
    }


def where_event_stands(event) -> dict:
    return {
        "letters": letters(event),
        "registration": registration_state(event),
        "warnings": len(conflicts.for_event(event)),
    }
