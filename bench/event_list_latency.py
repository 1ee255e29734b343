"""Page latency of the public event list and an event page with 5,000 published events.

Builds a fresh database (a temporary SQLite file, or the server named by DATABASE_URL, in a
database of its own), fills it, then times requests through Django's full request handling
(middleware, views, templates). Prints median and p95 per page and the number of queries.

    .venv/bin/python bench/event_list_latency.py [--events 5000] [--requests 200]
"""

import argparse
import datetime
import statistics
import time

from support import count_queries, setup_database, teardown_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    old_name = setup_database()
    from django.db import connection

    try:
        fill(args.events)
        from django.test import Client

        client = Client()
        pages = {
            "event list, page 1": "/en/events/",
            "event list, page 100": "/en/events/?page=100",
            "event list, filtered (series + year + format)": "/en/events/?series=S3&year=2027&format=hybrid",
            "event page": f"/fr/events/ev-{args.events // 2}/",
        }
        print(
            f"{args.events} published events, {args.requests} requests per page, "
            f"database: {connection.vendor}"
        )
        for label, path in pages.items():
            assert client.get(path).status_code == 200, path
            queries = count_queries(lambda path=path: client.get(path))
            timings = []
            for _ in range(args.requests):
                started = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(
                f"  {label:<50} median {statistics.median(timings):6.1f} ms   "
                f"p95 {p95:6.1f} ms   queries {queries}"
            )
    finally:
        teardown_database(old_name)


def fill(count: int) -> None:
    from plenaria.core.timezones import make_local
    from plenaria.events.models import Event, Room, Series, Venue

    series = [
        Series.objects.create(acronym=f"S{n}", name={"en": f"Series {n}", "fr": f"Série {n}"})
        for n in range(10)
    ]
    venue = Venue.objects.create(
        name={"en": "ITU headquarters"}, city={"en": "Geneva"}, country_id="CH"
    )
    room = Room.objects.create(venue=venue, name={"en": "Popov Room"}, capacity=200)
    zones = ["Europe/Zurich", "America/New_York", "Africa/Kigali", "Asia/Tokyo"]
    first_day = datetime.date(2020, 1, 1)
    events = []
    for n in range(count):
        day = first_day + datetime.timedelta(days=n % 3650)
        zone = zones[n % len(zones)]
        events.append(
            Event(
                series=series[n % 10],
                acronym=f"EV-{n}",
                slug=f"ev-{n}",
                title={"en": f"Event {n}", "fr": f"Manifestation {n}"},
                theme={"en": "Connecting the unconnected"},
                kind="forum",
                format=["in_person", "virtual", "hybrid"][n % 3],
                status="published",
                timezone=zone,
                start=make_local(day, datetime.time(9, 30), zone),
                end=make_local(day, datetime.time(17, 0), zone),
                venue=venue,
                room=room,
            )
        )
    Event.objects.bulk_create(events, batch_size=1000)
    # Planner statistics, as a running server's autovacuum (or a periodic ANALYZE) keeps them.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


if __name__ == "__main__":
    main()
