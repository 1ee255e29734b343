"""Invented participants for the demo's history: who they are (a mix of countries, regions
and groupings, of women and men, of ages, of modes and roles) and when they registered (few
at first, a rush before the deadline, quieter weekends), drawn from seeded generators so that
a second load draws the same people."""

import datetime
import random
import unicodedata

from plenaria.registration.choices import ADMITTED, Mode, Status
from plenaria.registration.demo import FAMILY, MEN, WOMEN
from plenaria.registration.models import Registration

CAPACITIES = (["delegate", "head", "speaker", "observer", "media"], [68, 7, 6, 14, 5])
# Heads of delegation are older, and more often men, than delegates: the imbalance the
# gender report is there to show.
WOMEN_SHARE = {"head": 0.28, "speaker": 0.38}
LANGUAGES = (["en", "fr", "es", "ar", "ru", "zh"], [45, 20, 15, 9, 6, 5])
INTERPRETATION = ["", "", "", "fr", "es", "ar", "ru", "zh"]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def email(first: str, last: str, n: int, slug: str) -> str:
    # "h" keeps these apart from the registration demo's own addresses on the same event.
    return _ascii(f"{first}.{last}.h{n}@{slug}.example.org".lower())


def _gender(rng, capacity: str) -> str:
    if rng.random() < 0.05:
        return rng.choice(["undisclosed", "undisclosed", "undisclosed", "another"])
    return "woman" if rng.random() < WOMEN_SHARE.get(capacity, 0.46) else "man"


def _year_of_birth(rng, year: int, capacity: str) -> int:
    if capacity != "head" and rng.random() < 0.2:
        return year - rng.randint(19, 29)  # young people, by the usual definition (18 to 29)
    return year - rng.randint(32 if capacity != "head" else 40, 68)


def person(rng, n, event, conf, organisation, mode) -> Registration:
    """One participant of ``organisation``; their status is decided by ``decide``."""
    capacity = rng.choices(*CAPACITIES)[0]
    gender = _gender(rng, capacity)
    first = rng.choice(WOMEN if gender == "woman" else MEN)
    last = rng.choice(FAMILY)
    language = rng.choice(INTERPRETATION)
    return Registration(
        event=event,
        first_name=first,
        last_name=last,
        email=email(first, last, n, event.slug),
        gender=gender,
        year_of_birth=_year_of_birth(rng, event.start.year, capacity),
        nationality_id=organisation.country_id or "CH",
        organisation=organisation,
        capacity=capacity,
        mode=mode,
        interpretation_language=language if language in conf.interpretation_languages else "",
        language=rng.choices(*LANGUAGES)[0],
        consent=True,
        status_changes=1,
    )


def decide(rng, registration, conf, free_seats, past: bool) -> int:
    """Set the status a registration would have reached; return the seats left (None: no
    limit). Past events have decided nearly everything; upcoming ones leave approvals open."""
    roll = rng.random()
    needs_approval = conf.approval_required and registration.organisation.category in (
        conf.approval_categories or []
    )
    if roll < 0.04:
        registration.status = Status.CANCELLED
    elif needs_approval and roll < 0.08:
        registration.status = Status.REJECTED
        registration.rejection_reason = "Please register through your administration."
    elif needs_approval and roll < (0.10 if past else 0.40):
        registration.status = Status.PENDING
    elif registration.mode == Mode.IN_PERSON and free_seats is not None and free_seats <= 0:
        registration.status = Status.WAITING
    else:
        registration.status = ADMITTED[registration.mode]
        if registration.mode == Mode.IN_PERSON and free_seats is not None:
            free_seats -= 1
    return free_seats


def moment(rng, opens, closes, until) -> datetime.datetime:
    """When one person registered, between ``opens`` and the earlier of ``closes`` and
    ``until``: the weight of a day grows with the cube of the time gone by (a slow start, a
    rush near the deadline), and a weekend day weighs a third of a working day."""
    end = min(closes, until)
    span = max((closes - opens).days, 1)
    days = [d for d in range(span + 1) if opens + datetime.timedelta(days=d) < end]
    weights = [
        (1 + 14 * (d / span) ** 3)
        * (0.33 if (opens + datetime.timedelta(days=d)).weekday() >= 5 else 1)
        for d in days
    ]
    day = rng.choices(days, weights)[0]
    start = opens + datetime.timedelta(days=day)
    at = start + datetime.timedelta(seconds=rng.uniform(0, 86_400))
    if at >= end:  # the last, partial day
        at = start + datetime.timedelta(seconds=rng.uniform(0, (end - start).total_seconds()))
    return at.replace(microsecond=0)


def pick_weights(rng, organisations, favoured: dict[str, float]) -> list[float]:
    """A heavy-tailed share of participants per organisation (a few large delegations, many
    small ones), with the host country and the event's audience favoured."""
    return [
        rng.paretovariate(1.3) * favoured.get(org.country_id or "", 1.0) for org in organisations
    ]


def seeded(*parts) -> random.Random:
    return random.Random("-".join(str(part) for part in parts))
