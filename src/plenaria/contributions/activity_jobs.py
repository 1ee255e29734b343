"""Periodic jobs of national activities (see ``core.schedule``): each a thin call to a
service, daily and safe to run again: each mail goes once per activity however often."""

import datetime

from plenaria.contributions.activities.reminders import ask_for_outcomes, remind_upcoming
from plenaria.core.schedule import periodic


@periodic("contributions.remind_activities", every=datetime.timedelta(days=1))
def remind_activities() -> int:
    """Remind the submitters of approved activities starting within a week."""
    return remind_upcoming()


@periodic("contributions.ask_activity_outcomes", every=datetime.timedelta(days=1))
def ask_activity_outcomes() -> int:
    """Ask the submitters of approved activities that have ended what happened."""
    return ask_for_outcomes()
