"""Periodic jobs of reports (see ``core.schedule``)."""

import datetime

from plenaria.core.schedule import periodic
from plenaria.reports.figures.snapshots import refresh_moving


@periodic("reports.refresh_figures", every=datetime.timedelta(minutes=5))
def refresh_figures() -> int:
    """Compute again the figures of the events still taking registrations or under way; the
    period is set with ``PLENARIA_JOB_SECONDS = {"reports.refresh_figures": …}``."""
    return refresh_moving()
