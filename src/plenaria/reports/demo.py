"""The demo's history, so that the reports' curves and comparisons mean something: WTISD 2021
and WTISD-23, WTDC-21 and the upcoming editions of both series, each with hundreds of
registrations spread over the weeks before the opening, arrivals at the past in-person
events, and the figures of every event computed once.

Every person is invented. Rows are written in bulk (a few thousand, in about a second)
rather than one by one through the registration services, which would send, log and lock for
each; the statuses are those the services would have reached, and the places taken are then
counted by the services themselves. Add-only: a person already there (same address) is left as
they are, and times are stamped only on the load that adds an event's history.
"""

import datetime

from django.utils import timezone

from plenaria.directory.models import Country, Organisation
from plenaria.events.models import Event
from plenaria.registration import services
from plenaria.registration.choices import Mode
from plenaria.registration.models import Registration
from plenaria.reports.demo_arrivals import load_arrivals
from plenaria.reports.demo_people import decide, moment, person, pick_weights, seeded
from plenaria.reports.figures.snapshots import refresh

UTC = datetime.UTC
PAST = {
    "WTISD 2021": {
        "count": 420,
        "in_person": 0.0,  # a virtual event
        "favoured": {"CH": 4},
        # Illustrative: the 2021 letter gives no registration dates.
        "settings": {
            "opens_at": datetime.datetime(2021, 4, 12, 8, tzinfo=UTC),
            "closes_at": datetime.datetime(2021, 5, 16, 16, tzinfo=UTC),
            "interpretation_languages": [],
        },
    },
    # The theme is the least developed countries: they are favoured.
    "WTISD-23": {"count": 540, "in_person": 0.12, "favoured": {"CH": 6}, "ldc": 3},
    "WTDC-21": {"count": 1240, "in_person": 0.62, "favoured": {"RW": 12}, "ldc": 1.5},
}
UPCOMING = {"WTISD": {"count": 40, "in_person": 0.3}, "WTDC": {"count": 60, "in_person": 0.6}}


def _pool(acronym, plan) -> tuple[list[Organisation], list[float]]:
    """The organisations the event's participants come from, with their weights: Member
    States in three cases out of four, and a sample of the other members."""
    rng = seeded(acronym, "pool")
    states = list(Organisation.objects.filter(category="member_state").order_by("pk"))
    others = list(
        Organisation.objects.exclude(category="member_state")
        .filter(country__isnull=False)
        .order_by("pk")
    )
    others = rng.sample(others, min(60, len(others)))
    favoured = dict(plan.get("favoured", {}))
    if plan.get("ldc"):
        for code in Country.objects.filter(groupings__code="LDC").values_list("code", flat=True):
            favoured.setdefault(code, plan["ldc"])
    weights = pick_weights(rng, states, favoured)
    weights = [3 * w / sum(weights) for w in weights]
    other_weights = pick_weights(rng, others, {})
    weights += [w / sum(other_weights) for w in other_weights]
    return states + others, weights


def _mode(rng, conf, share: float) -> str:
    allowed = conf.allowed_modes
    wanted = Mode.IN_PERSON if rng.random() < share else Mode.REMOTE
    return wanted if wanted in allowed else allowed[0]


def _stamp(event, conf, until) -> None:
    """Spread the demo's registrations of ``event`` (this step's and the registration demo's,
    all taken by the load in one moment) over the weeks registration was open."""
    rows = list(
        Registration.objects.filter(event=event, email__endswith=f"@{event.slug}.example.org")
        .only("pk", "email", "status", "created_at", "updated_at", "waiting_since")
        .order_by("pk")
    )
    for row in rows:
        at = moment(seeded(event.acronym, row.email, "when"), conf.opens_at, conf.closes_at, until)
        row.created_at = row.updated_at = at
        if row.waiting_since is not None:
            row.waiting_since = at
    Registration.objects.bulk_update(
        rows, ["created_at", "updated_at", "waiting_since"], batch_size=500
    )


def load_history(event, plan, now, actor=None) -> int:
    """Add ``plan["count"]`` invented registrations to ``event``; the number added."""
    past = event.start <= now
    conf = services.settings_for(event)
    if conf is None and "settings" in plan:
        conf = services.configure(actor, event, **plan["settings"])
    if conf is None:
        return 0
    organisations, weights = _pool(event.acronym, plan)
    taken = set(Registration.objects.filter(event=event).values_list("email", flat=True))
    free = None
    if conf.in_person_capacity is not None:
        free = conf.in_person_capacity - conf.in_person_taken
    added = []
    for n in range(plan["count"]):
        rng = seeded(event.acronym, n)
        organisation = rng.choices(organisations, weights)[0]
        someone = person(rng, n, event, conf, organisation, _mode(rng, conf, plan["in_person"]))
        if someone.email not in taken:
            free = decide(rng, someone, conf, free, past)
            someone.waiting_since = now if someone.status == "waiting" else None
            added.append(someone)
    if not added:
        return 0
    Registration.objects.bulk_create(added, batch_size=500)
    _stamp(event, conf, until=min(event.start, now))
    services.configure(actor, event)  # counts the places taken
    return len(added)


def _events(now) -> list[tuple[Event, dict]]:
    found = [(event, PAST[event.acronym]) for event in Event.objects.filter(acronym__in=PAST)]
    for series, plan in UPCOMING.items():
        upcoming = (
            Event.objects.filter(series__acronym=series, start__gt=now).order_by("start").first()
        )
        if upcoming is not None:
            found.append((upcoming, plan))
    return found


def load_reports_demo(now=None) -> int:
    """The history, the arrivals at past in-person events, and every event's figures; the
    number of registrations added."""
    now = now or timezone.now()
    added = 0
    for event, plan in _events(now):
        added += load_history(event, plan, now)
        if event.end < now and event.format != "virtual":
            load_arrivals(event)
    for event in Event.objects.filter(registration_settings__isnull=False).order_by("pk"):
        refresh(event)
    return added
