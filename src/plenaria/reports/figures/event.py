"""All the figures of one event's dashboard, computed in a fixed number of queries whatever
the number of registrations, as one JSON-ready document (kept in ``EventSnapshot``)."""

from django.utils import timezone

from plenaria.registration import queries as registrations
from plenaria.registration.choices import ACTIVE_STATUSES, Mode, Status
from plenaria.registration.services import settings_for
from plenaria.reports.figures.letters import letters
from plenaria.reports.figures.people import people
from plenaria.reports.figures.speakers import speakers
from plenaria.reports.figures.timeline import arrivals_per_day, registered_per_day

# Bump when the document's shape changes: older snapshots are then computed again.
VERSION = 1


def compute(event, organisations=None) -> dict:
    """The event's figures; of the delegations of ``organisations`` only, if given (the focal
    point's part: the letters and the programme's speakers are the whole event's business and
    are left out)."""
    conf = settings_for(event)
    rows = registrations.status_language_mode(event, organisations=organisations)
    by_status = registrations.by_status(rows)
    figures = {
        "version": VERSION,
        "computed_at": timezone.now().isoformat(),
        "event": {
            "id": event.pk,
            "opening": event.start.isoformat(),
            "series": event.series_id,
        },
        "takes_registrations": conf is not None,
        "definitions": {
            "youth_min_age": conf.youth_min_age if conf else None,
            "youth_max_age": conf.youth_max_age if conf else None,
            "reference_year": event.start.year,
            "active_statuses": [str(status) for status in ACTIVE_STATUSES],
        },
        "received": sum(by_status.values()),
        "by_status": by_status,
        "capacity": {
            "in_person": conf.in_person_capacity if conf else None,
            "remote": conf.remote_capacity if conf else None,
            "seated": sum(
                row["n"]
                for row in rows
                if row["status"] == Status.SEATED and row["mode"] == Mode.IN_PERSON
            ),
            "waiting": by_status.get(Status.WAITING, 0),
        },
        "interpretation": {
            row["language"]: {"in_person": row["in_person"], "remote": row["remote"]}
            for row in registrations.interpretation_demand(event, rows)
            if row["total"]
        },
        "registered_per_day": registered_per_day(event, organisations),
        "arrivals_per_day": arrivals_per_day(event, organisations),
        **people(event, conf, organisations),
    }
    if organisations is None:
        figures["speakers"] = speakers(event)
        figures["letters"] = letters(event)
    return figures
