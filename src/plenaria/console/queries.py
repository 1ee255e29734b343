"""Where an event stands, read in a fixed number of queries whatever its size: its letters
and their delivery, registrations by status, seats, interpretation, balance, arrivals per
day and the programme's warnings."""

from django.db.models import Count, Q

from plenaria.circulars.choices import DeliveryState
from plenaria.circulars.models import Delivery
from plenaria.directory.models import Organisation
from plenaria.programme import conflicts
from plenaria.registration import queries as registrations
from plenaria.registration.choices import ACTIVE_STATUSES, Gender, Mode, Status
from plenaria.registration.models import CheckIn, Registration
from plenaria.registration.queries import share, youth
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


def arrivals(event, total: int) -> list[dict]:
    """People checked in on each day of the event, against the ``total`` expected in person
    (those holding a seat)."""
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


def delegations_balance(event, conf) -> tuple[dict, list[dict]]:
    """The whole event's balance and its largest delegations': one grouped scan of the active
    registrations (a few hundred rows), summed for the event, and one query to name the few
    organisations shown."""
    rows = list(
        Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES)
        .order_by()
        .values("organisation_id")
        .annotate(
            size=Count("id"),
            women=Count("id", filter=Q(gender=Gender.WOMAN)),
            young=Count("id", filter=youth(conf)),
        )
    )
    overall = {key: sum(row[key] for row in rows) for key in ("size", "women", "young")}
    top = sorted(
        (row for row in rows if row["organisation_id"]),
        key=lambda row: (-row["size"], row["organisation_id"]),
    )[:TOP_DELEGATIONS]
    named = Organisation.objects.in_bulk([row["organisation_id"] for row in top])
    for row in [overall, *top]:
        row["organisation"] = named.get(row.get("organisation_id"))
        row["women_share"] = share(row["women"], row["size"])
        row["young_share"] = share(row["young"], row["size"])
    return overall, top


def registration_state(event) -> dict | None:
    conf = settings_for(event)
    if conf is None:
        return None
    rows = registrations.status_language_mode(event)
    by_status = registrations.by_status(rows)
    statuses = [
        {"code": code, "label": label, "count": by_status.get(code, 0)}
        for code, label in Status.choices
    ]
    total = sum(by_status.values())
    for row in statuses:
        row["percent"] = _percent(row["count"], total)
    demand = [row for row in registrations.interpretation_demand(event, rows) if row["total"]]
    most = max((row["total"] for row in demand), default=0)
    place = seats(conf, by_status, rows)
    overall, top = delegations_balance(event, conf)
    return {
        "conf": conf,
        "total": total,
        "statuses": statuses,
        "seats": place,
        "demand": demand,
        "demand_most": most,
        "overall": overall,
        "delegations": top,
        "arrivals": arrivals(event, place["taken"]),
    }


def where_event_stands(event) -> dict:
    return {
        "letters": letters(event),
        "registration": registration_state(event),
        "warnings": len(conflicts.for_event(event)),
    }
