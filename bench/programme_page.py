"""Latency of the public programme page for an event with 1,000 sessions and 3,000 speakers.

Builds a fresh database (a temporary SQLite file, or the server named by DATABASE_URL, in a
database of its own), fills it, then times requests through Django's full request handling.
Prints median and p95 per page and the number of queries.

    .venv/bin/python bench/programme_page.py [--sessions 1000] [--speakers 3000] [--requests 50]
"""

import argparse
import datetime
import statistics
import time

from support import count_queries, setup_database, teardown_database

SLUG = "bench-forum"


def fill(sessions: int, speakers: int):
    """A five-day forum in Geneva: sessions in ten rooms and two tracks, speakers spread evenly."""
    from django.db import connection

    from plenaria.core.timezones import make_local
    from plenaria.events.models import Event, Room, Venue
    from plenaria.programme.models import (
        ActionLine,
        Session,
        SessionSpeaker,
        SessionType,
        Speaker,
        Track,
    )

    zone = "Europe/Zurich"
    event = Event.objects.create(
        title={"en": "Benchmark Forum", "fr": "Forum de mesure"},
        acronym="BENCH",
        slug=SLUG,
        kind="forum",
        format="hybrid",
        status="published",
        timezone=zone,
        start=make_local(datetime.date(2021, 5, 17), datetime.time(0, 0), zone),
        end=make_local(datetime.date(2021, 5, 21), datetime.time(23, 59), zone),
    )
    venue = Venue.objects.create(name={"en": "ITU headquarters"}, country_id="CH")
    rooms = [Room.objects.create(venue=venue, name={"en": f"Room {n}"}) for n in range(10)]
    tracks = [
        Track.objects.create(event=event, slug=slug, name={"en": name}, order=n)
        for n, (slug, name) in enumerate(
            [("high-level", "High-Level Track"), ("forum", "Forum Track")]
        )
    ]
    types = list(SessionType.objects.all())
    lines = list(ActionLine.objects.all())
    rows = []
    for n in range(sessions):
        day = datetime.date(2021, 5, 17) + datetime.timedelta(days=n % 5)
        start = make_local(day, datetime.time(8 + (n // 50) % 10, 15 * (n % 4)), zone)
        rows.append(
            Session(
                event=event,
                title={
                    "en": f"Session {n} on digital inclusion",
                    "fr": f"Séance {n} sur l'inclusion numérique",
                },
                type=types[n % len(types)],
                track=tracks[n % 2],
                room=rooms[n % 10],
                start=start,
                end=start + datetime.timedelta(minutes=45),
                format="hybrid",
                languages=["en", "en fr", "fr es"][n % 3],
            )
        )
    created = Session.objects.bulk_create(rows, batch_size=500)
    Session.action_lines.through.objects.bulk_create(
        [
            Session.action_lines.through(session_id=s.pk, actionline_id=lines[i % 11].pk)
            for i, s in enumerate(created)
        ],
        batch_size=1000,
    )
    people = Speaker.objects.bulk_create(
        [
            Speaker(name=f"Speaker {n}", gender=["woman", "man", ""][n % 3], position="Director")
            for n in range(speakers)
        ],
        batch_size=1000,
    )
    per_session = max(1, speakers // sessions)
    SessionSpeaker.objects.bulk_create(
        [
            SessionSpeaker(
                session=created[i // per_session % len(created)],
                speaker=person,
                role="moderator" if i % per_session == 0 else "panellist",
                order=i % per_session,
            )
            for i, person in enumerate(people)
        ],
        batch_size=1000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return event


def time_page(client, path: str, requests: int) -> dict:
    """Wall-clock median and p95, and the median CPU time of this process (which a busy
    machine does not inflate; the database's own time is in the wall clock only)."""
    assert client.get(path).status_code == 200, path
    queries = count_queries(lambda: client.get(path))
    wall, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    wall.sort()
    return {
        "median": statistics.median(wall),
        "p95": wall[max(0, int(len(wall) * 0.95) - 1)],
        "cpu": statistics.median(cpu),
        "queries": queries,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    old_name = setup_database()
    try:
        fill(args.sessions, args.speakers)
        from django.db import connection
        from django.test import Client

        client = Client()
        base = f"/en/events/{SLUG}/programme/"
        pages = {
            "programme, one day (default)": base,
            "programme, one day, viewer's zone": f"{base}?tz=Asia/Tokyo",
            "programme, filtered (track + language)": f"{base}?track=forum&language=fr",
            "programme, all days (every session)": f"{base}?day=all",
            "programme in French, all days": f"/fr/events/{SLUG}/programme/?day=all",
        }
        print(
            f"{args.sessions} sessions, {args.speakers} speakers, {args.requests} requests "
            f"per page, database: {connection.vendor}"
        )
        for label, path in pages.items():
            t = time_page(client, path, args.requests)
            print(
                f"  {label:<42} median {t['median']:6.1f} ms   p95 {t['p95']:6.1f} ms   "
                f"cpu {t['cpu']:6.1f} ms   queries {t['queries']}"
            )
    finally:
        teardown_database(old_name)


if __name__ == "__main__":
    main()
