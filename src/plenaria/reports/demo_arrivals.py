"""Badges and arrivals for a past in-person event of the demo's history: every seated
participant without a badge is given one the day before, and most of them come, fewer as the
days go by and fewer still at weekends. A person's days are drawn from a generator seeded by
their address, so a second load draws the same days and finds them all there."""

import datetime

from plenaria.core.timezones import make_local
from plenaria.registration.choices import Mode, Status
from plenaria.registration.models import Badge, CheckIn, Registration
from plenaria.reports.demo_people import seeded

CAME = 0.88  # of the seated, those who came on the first day
STAYED = 0.93  # of those present one day, the share back the next


def _days(event) -> list[datetime.date]:
    first, last = event.local.start.date(), event.local.end.date()
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def _attended(rng, days) -> list[datetime.date]:
    present, chance = [], CAME
    for day in days:
        weekend = day.weekday() >= 5
        if rng.random() < (chance * 0.4 if weekend else chance):
            present.append(day)
        chance *= STAYED
    return present


def load_arrivals(event) -> int:
    """Badges and check-ins for ``event``'s seated participants who have none; the number of
    check-ins added."""
    seated = Registration.objects.filter(event=event, status=Status.SEATED, mode=Mode.IN_PERSON)
    new = list(seated.filter(badges__isnull=True, check_ins__isnull=True).order_by("pk"))
    if not new:
        return 0
    printed = event.start - datetime.timedelta(days=1)
    badges = Badge.objects.bulk_create(
        [Badge(registration=person, issued_at=printed) for person in new]
    )
    days = _days(event)
    arrivals = []
    for person, badge in zip(new, badges, strict=True):
        rng = seeded(event.acronym, person.email, "arrivals")
        for day in _attended(rng, days):
            clock = datetime.time(8, 0) if day == days[0] else datetime.time(8, 30)
            at = make_local(day, clock, event.timezone)
            arrivals.append(
                CheckIn(
                    registration=person,
                    badge=badge,
                    day=day,
                    checked_in_at=at + datetime.timedelta(seconds=rng.uniform(0, 5400)),
                )
            )
    CheckIn.objects.bulk_create(arrivals, batch_size=2000)
    return len(arrivals)
