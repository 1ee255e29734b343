"""Periodic jobs of circulars (see ``core.schedule``): each a thin call to a service."""

import datetime

from plenaria.circulars.sending import send_pending
from plenaria.core.schedule import periodic


@periodic("circulars.send_deliveries", every=datetime.timedelta(minutes=1))
def send_deliveries() -> int:
    """Flag deliveries a stopped sender left behind, then send every due delivery (queued,
    or retrying whose time has come)."""
    return send_pending().sent
