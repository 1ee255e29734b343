"""The focal point's part of an event's console: their own delegation, in the same fixed
number of queries as the secretariat's console, beside the whole event's balance."""

from django.db.models import Count

from plenaria.registration import queries as registrations
from plenaria.registration import rules
from plenaria.registration.choices import Mode, Status
from plenaria.registration.models import CheckIn, Registration
from plenaria.registration.services import settings_for


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def delegation_state(event, organisations) -> dict | None:
    """Where the delegation of ``organisations`` stands at ``event``; None when the event
    takes no registrations."""
    conf = settings_for(event)
    if conf is None:
        return None
    rows = registrations.status_language_mode(event, organisations=organisations)
    by_status = registrations.by_status(rows)
    total = sum(by_status.values())
    statuses = [
        {
            "code": code,
            "label": label,
            "count": by_status.get(code, 0),
            "percent": _percent(by_status.get(code, 0), total),
        }
        for code, label in Status.choices
    ]
    seated = sum(
        row["n"] for row in rows if row["status"] == Status.SEATED and row["mode"] == Mode.IN_PERSON
    )
    ours = Registration.objects.filter(event=event, organisation__in=organisations)
    arrivals = (
        CheckIn.objects.filter(registration__in=ours)
        .order_by("day")
        .values("day")
        .annotate(arrived=Count("id"))
    )
    demand = [row for row in registrations.interpretation_demand(event, rows) if row["total"]]
    return {
        "conf": conf,
        "window": rules.focal_window(event, conf),
        "total": total,
        "statuses": statuses,
        "pending": by_status.get(Status.PENDING, 0),
        "waiting": by_status.get(Status.WAITING, 0),
        "seated": seated,
        "demand": demand,
        "demand_most": max((row["total"] for row in demand), default=0),
        "ours": registrations.balance(ours, conf),
        "overall": registrations.balance(event.registrations.all(), conf),
        "arrivals": [
            {**row, "expected": seated, "percent": _percent(row["arrived"], seated)}
            for row in arrivals
        ],
    }
