"""Periodic jobs of contributions (see ``core.schedule``): each a thin call to a service.

Each is safe to run again: a request or reminder goes once per pledge and
cycle however often they run, and a run missed on the report day is caught up the next."""

import datetime

from plenaria.contributions.pledges.progress_cycle import open_cycle, remind
from plenaria.contributions.pledges.signup import forget_unconfirmed
from plenaria.core.schedule import periodic


@periodic("contributions.open_progress_cycle", every=datetime.timedelta(days=1))
def ask_for_progress_reports() -> int:
    """On and after the yearly report day, ask each published pledge for its report."""
    return open_cycle()


@periodic("contributions.remind_progress", every=datetime.timedelta(days=1))
def remind_progress_reports() -> int:
    """Remind the pledgers whose report is due soon and not submitted yet."""
    return remind()


@periodic("contributions.forget_unconfirmed_signups", every=datetime.timedelta(hours=6))
def forget_unconfirmed_signups() -> int:
    """Erase the sign-ups of new pledging entities whose address was never confirmed."""
    return forget_unconfirmed()


# National activities keep their own jobs; importing registers them.
from plenaria.contributions import activity_jobs  # noqa: E402, F401
