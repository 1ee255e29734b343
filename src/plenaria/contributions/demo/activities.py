"""The demonstration's national activities: the calls of WTISD 2021 (a few hundred approved
activities in about 100 countries, most with their outcome), of WTISD-23 and its theme of
the least developed countries (fewer, mostly in LDCs), and of the next WTISD (open now, with
activities awaiting review), and a login for an organiser acting for one organisation.

Seeded, so every load writes the same rows; add-only, so a second load (found by each call's
first activity's fixed submission key) writes nothing and a user's changes survive. Reads the
directory, events and letters; nothing there reads this."""

import datetime
from random import Random

from django.utils import timezone
from django.utils.text import slugify

from plenaria.contributions.activities.calls import open_call
from plenaria.contributions.choices import Moderation, WhoMaySubmit
from plenaria.contributions.data.demo_activity_texts import TOPICS
from plenaria.contributions.demo.activity_rows import activity_row, key, largest_cities, outcome_row
from plenaria.contributions.demo.activity_work import (
    add_comments,
    add_work,
    ensure_organiser_login,
    organiser_organisation,
)
from plenaria.contributions.models import Activity, ActivityCall, ActivityOutcome
from plenaria.demo.upcoming import next_wtisd_day, wtisd_acronym
from plenaria.directory.models import Country
from plenaria.events.models import Event

SEED = 20210517
D = datetime.date
DAY = datetime.timedelta(days=1)
INTRODUCTION = {
    "en": "Tell the world how you celebrate World Telecommunication and Information Society "
    "Day: conferences, workshops, awards, exhibitions, hackathons, media campaigns, webinars. "
    "Each activity approved by the secretariat appears on the map and in the calendar.",
    "fr": "Faites savoir au monde comment vous célébrez la Journée mondiale des "
    "télécommunications et de la société de l'information : conférences, ateliers, prix, "
    "expositions, hackathons, campagnes médiatiques, webinaires. Chaque activité approuvée "
    "par le secrétariat figure sur la carte et dans le calendrier.",
}


def _spec(today: D) -> list[dict]:
    day = next_wtisd_day(today)
    return [
        {"acronym": "WTISD 2021", "topics": TOPICS["2021"], "day": D(2021, 5, 17), "count": 320,
         "countries": 100, "ldc_share": 0.2, "opens_on": D(2021, 4, 1), "closes_on": D(2021, 5, 31),
         "held_from": D(2021, 5, 1), "held_until": D(2021, 6, 15), "who": WhoMaySubmit.ANYONE},
        {"acronym": "WTISD-23", "topics": TOPICS["2023"], "day": D(2023, 5, 17), "count": 90,
         "countries": 45, "ldc_share": 0.75, "opens_on": D(2023, 4, 12), "closes_on": D(2023, 5, 31),
         "held_from": D(2023, 5, 1), "held_until": D(2023, 6, 15), "who": WhoMaySubmit.MEMBERS},
        {"acronym": wtisd_acronym(today), "topics": TOPICS["next"], "day": day, "count": 30,
         "countries": 25, "ldc_share": 0.3, "opens_on": min(today, day - 40 * DAY) - 14 * DAY,
         "closes_on": day - 3 * DAY, "held_from": day - 30 * DAY, "held_until": day + 30 * DAY,
         "who": WhoMaySubmit.ANYONE, "upcoming": True},
    ]  # fmt: skip


def _call(spec: dict) -> ActivityCall | None:
    """The event's call, opened through the service when it has none (an existing call,
    perhaps changed by the secretariat, is kept as it is)."""
    event = Event.objects.filter(acronym=spec["acronym"]).first()
    if event is None:
        return None
    found = ActivityCall.objects.filter(event=event).first()
    if found:
        return found
    theme = event.theme if any(event.theme.values()) else {}
    data = {name: spec[name] for name in ("opens_on", "closes_on", "held_from", "held_until")}
    data.update(slug=slugify(spec["acronym"]), theme=theme, introduction=INTRODUCTION,
                who_may_submit=spec["who"], letter=event.letters.order_by("date").first())  # fmt: skip
    return open_call(None, event, data)


def _countries(rng: Random, spec: dict) -> list[Country]:
    members = [c for c in Country.objects.filter(is_itu_member_state=True).prefetch_related("groupings")
               if largest_cities(str(c.code))]  # fmt: skip
    ldc = [c for c in members if any(g.code == "LDC" for g in c.groupings.all())]
    others = [c for c in members if c not in ldc]
    from_ldc = min(len(ldc), round(spec["countries"] * spec["ldc_share"]))
    return rng.sample(ldc, from_ldc) + rng.sample(others, spec["countries"] - from_ldc)


def _activities(rng: Random, call: ActivityCall, spec: dict) -> list[Activity]:
    countries = _countries(rng, spec)
    weights = [rng.choice([1, 1, 2, 3, 5]) for _country in countries]
    # Each chosen country holds at least one; the rest go more to some than to others.
    chosen = countries + rng.choices(countries, weights, k=spec["count"] - len(countries))
    return [
        activity_row(rng, call, number, country, spec["day"], spec["topics"])
        for number, country in enumerate(chosen)
    ]


def _mark_past(rows: list[Activity], now: datetime.datetime) -> None:
    """Activities of past years were reminded and asked for their outcome then."""
    for row in rows:
        if row.ends_at < now:
            row.reminded_at = row.starts_at - 7 * DAY
            row.outcome_asked_at = row.ends_at + DAY


def load_activities_demo(today: D | None = None) -> int:
    """Load the demo's calls and activities once; how many activities were written now."""
    today = today or timezone.localdate()
    now = timezone.now()
    user = ensure_organiser_login()
    written = 0
    for spec in _spec(today):
        call = _call(spec)
        if call is None or Activity.objects.filter(submission_key=key(call.slug, 0)).exists():
            continue
        # A generator per call: a call loaded later (next year's) draws the same rows
        # whatever the calls loaded before it.
        rng = Random(f"{SEED}-{call.slug}")
        rows = _activities(rng, call, spec)
        rows += add_work(rng, call, spec, len(rows), user, organiser_organisation())
        _mark_past(rows, now)
        Activity.objects.bulk_create(rows, batch_size=500)
        add_comments(rows)
        done = [row for row in rows if row.status == Moderation.PUBLISHED and row.ends_at < now]
        outcomes = [outcome_row(rng, row) for row in done if rng.random() < 0.85]
        ActivityOutcome.objects.bulk_create(outcomes, batch_size=500)
        written += len(rows)
    return written
