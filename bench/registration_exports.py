"""The secretariat's exports and figures for an event with 100,000 registrations.

XLSX and CSV exports of the whole list, the secretariat page (with the balance of each
delegation and the interpretation demand) and the API's balance, each through Django's full
request handling. Prints the time, the queries, the size and, for the exports, the peak of
memory allocated by Python during one request (traced in a separate run, as tracing slows it).

    .venv/bin/python bench/registration_exports.py [--rows 100000] [--organisations 190] [--runs 3]
"""

import argparse
import datetime
import itertools
import statistics
import time
import tracemalloc

from support import count_queries, open_event, setup_database, teardown_database

SLUG = "bench-conference"


def fill(rows: int, organisations: int) -> None:
    """Rows are inserted in bulk, past the services: only their reading is measured here."""
    from django.utils import timezone

    from plenaria.directory.models import Organisation
    from plenaria.events.models import Series
    from plenaria.registration.models import Registration

    start = timezone.now() + datetime.timedelta(days=60)
    series = Series.objects.create(name={"en": "Bench series"}, acronym="BENCH")
    event = open_event(
        SLUG,
        "Bench conference",
        kind="conference",
        days=5,
        event_values={
            "series": series,
            "acronym": "BENCH-26",
            "timezone": "Africa/Kigali",
            "start": start,
        },
        closes_at=start,
        interpretation_languages=["ar", "zh", "en", "fr", "ru", "es"],
    )
    orgs = Organisation.objects.bulk_create(
        Organisation(name={"en": f"Organisation {n}"}, acronym=f"ORG{n}", category="academia")
        for n in range(organisations)
    )
    cycle = zip(
        itertools.cycle(orgs),
        itertools.cycle(["woman", "man", "woman", "undisclosed"]),
        itertools.cycle(["in_person", "remote", "in_person"]),
        itertools.cycle(["", "fr", "es", "", "ar", "ru", "zh", "en"]),
        itertools.cycle(["seated", "approved", "waiting", "cancelled", "pending"]),
        strict=False,
    )
    batch = []
    for n, (org, gender, mode, language, status) in zip(range(rows), cycle, strict=False):
        batch.append(
            Registration(
                event=event,
                first_name=f"First{n}",
                last_name=f"Last{n}",
                email=f"person{n}@example.org",
                gender=gender,
                year_of_birth=1960 + n % 50,
                organisation=org,
                capacity="delegate",
                mode=mode,
                interpretation_language=language,
                consent=True,
                status=status,
            )
        )
        if len(batch) == 5000:
            Registration.objects.bulk_create(batch)
            batch = []
    Registration.objects.bulk_create(batch)


def measure(client, label, path, runs, traced):
    def get() -> int:
        """The response's size; a streamed one is counted piece by piece, not kept, so that
        the peak of memory is the server's own."""
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if response.streaming:
            return sum(len(piece) for piece in response.streaming_content)
        return len(response.content)

    sizes = []
    queries = count_queries(lambda: sizes.append(get()))
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        get()
        timings.append((time.perf_counter() - started) * 1000)
    peak = ""
    if traced:
        tracemalloc.start()
        get()
        peak = f"   peak Python memory {tracemalloc.get_traced_memory()[1] / 2**20:6.1f} MiB"
        tracemalloc.stop()
    print(
        f"  {label:<34} median {statistics.median(timings):9.1f} ms   queries {queries:3}   "
        f"{sizes[0] / 2**20:6.1f} MiB{peak}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=190)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    old_name = setup_database()
    try:
        from django.contrib.auth import get_user_model
        from django.db import connection
        from django.test import Client

        started = time.perf_counter()
        fill(args.rows, args.organisations)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(
            f"{args.rows:,} registrations in {args.organisations} organisations "
            f"(filled in {time.perf_counter() - started:.0f} s), {args.runs} runs each, "
            f"database: {connection.vendor}"
        )
        client = Client()
        client.force_login(get_user_model().objects.create_superuser("bench", "b@x.org", "pw"))
        page = f"/en/registration/manage/{SLUG}/"
        measure(client, "XLSX export, whole list", f"{page}?export=xlsx", args.runs, True)
        measure(client, "CSV export, whole list", f"{page}?export=csv", args.runs, True)
        measure(client, "secretariat page with figures", page, args.runs, False)
        measure(
            client, "API balance of each delegation", f"/api/v1/events/{SLUG}/balance", 3, False
        )
        measure(
            client, "API interpretation demand", f"/api/v1/events/{SLUG}/interpretation", 3, False
        )
    finally:
        teardown_database(old_name)


if __name__ == "__main__":
    main()
