"""Reads for badges and check-in: who gets a badge, delegations, attendance per day."""

from django.db.models import Count, QuerySet

from plenaria.core.collation import by_name
from plenaria.registration.choices import ADMITTED, Mode
from plenaria.registration.models import CheckIn, Registration


def badge_holders(registrations: QuerySet[Registration]) -> QuerySet[Registration]:
    """Only people admitted to attend in person get a badge."""
    return registrations.filter(mode=Mode.IN_PERSON, status=ADMITTED[Mode.IN_PERSON])


def for_printing(registrations: QuerySet[Registration]) -> QuerySet[Registration]:
    """Badge holders in print order: by delegation, then by name."""
    return badge_holders(registrations).order_by(
        "organisation__acronym", "organisation_id", *by_name("last_name", "first_name"), "id"
    )


def delegations(registrations: QuerySet[Registration]) -> list[dict]:
    """Each organisation with badge holders, and how many it has."""
    rows = (
        badge_holders(registrations)
        .order_by()
        .values("organisation_id")
        .annotate(people=Count("id"))
    )
    counts = {row["organisation_id"]: row["people"] for row in rows}
    from plenaria.directory.models import Organisation

    organisations = Organisation.objects.filter(pk__in=[pk for pk in counts if pk])
    listed = [{"organisation": org, "people": counts[org.pk]} for org in organisations]
    listed.sort(key=lambda row: str(row["organisation"]).casefold())
    if None in counts:
        listed.append({"organisation": None, "people": counts[None]})
    return listed


def attendance_by_day(event) -> list[dict]:
    """How many people were checked in on each day of the event's own calendar."""
    rows = (
        CheckIn.objects.filter(registration__event=event)
        .values("day")
        .annotate(people=Count("id"))
        .order_by("day")
    )
    return list(rows)
