"""Periodic jobs of registration (see ``core.schedule``): each a thin call to a service."""

import datetime

from plenaria.core.schedule import periodic
from plenaria.registration.confirmation import lapse_unconfirmed
from plenaria.registration.notifications import send_unsent


@periodic("registration.send_notifications", every=datetime.timedelta(minutes=1))
def send_notifications() -> int:
    """Send the notifications that are due: new ones nobody woke the sender for, and
    retries after a mail outage."""
    return send_unsent()


@periodic("registration.lapse_unconfirmed", every=datetime.timedelta(minutes=5))
def lapse_registrations_not_confirmed() -> int:
    """Cancel the public's registrations whose address was not confirmed in time; their
    places go to the waiting list."""
    return lapse_unconfirmed()
