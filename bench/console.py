"""The secretariat's console of one event holding 100,000 registrations (and arrivals over
two days): its median, p95 and query count, through Django's test client.

Builds the same database as ``registration_list.py`` (a temporary SQLite file, or a database
of its own on the server named by DATABASE_URL), then times the console page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/consolebench .venv/bin/python \
        bench/console.py [--registrations 100000] [--repeat 30]

Measured on a quiet 2-core machine, 100,000 registrations and 30,000 check-ins, 11 queries:
PostgreSQL median 104 ms (p95 153 ms); SQLite median 176 ms (p95 239 ms).
"""

import argparse
import datetime
import time

from registration_list import build, timed
from support import setup_database, teardown_database


def arrivals(event, people: int) -> None:
    """Check in up to ``people`` seated participants on the first day, half of them again on
    the second."""
    from plenaria.registration.models import CheckIn, Registration

    seated = list(
        Registration.objects.filter(event=event, status="seated", mode="in_person")
        .order_by("pk")
        .values_list("pk", flat=True)[:people]
    )
    first = event.start.date()
    CheckIn.objects.bulk_create(
        [CheckIn(registration_id=pk, day=first) for pk in seated]
        + [
            CheckIn(registration_id=pk, day=first + datetime.timedelta(days=1))
            for pk in seated[::2]
        ],
        batch_size=5000,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    old_name = setup_database()
    from django.db import connection
    from django.test import Client

    try:
        began = time.perf_counter()
        event, officer, _focal, _organisation = build(args.registrations)
        arrivals(event, args.registrations // 5)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        print(
            f"{connection.vendor}: {args.registrations} registrations in one event "
            f"(built in {time.perf_counter() - began:.0f} s)"
        )
        client = Client()
        client.force_login(officer)
        median, p95, queries = timed(client, f"/en/console/{event.slug}/", args.repeat)
        print(
            f"{'console':<28} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
            f"   {queries} queries"
        )
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
