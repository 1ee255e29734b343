"""The world map, a country's page, a campaign's page and a pledge's related pledges with
100,000 published pledges (the same database as ``pledges.py``): median and p95 over the
test client, and query count.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/places_bench .venv/bin/python \
        bench/pledge_places.py [--pledges 100000] [--repeat 15]
"""

import argparse
import statistics
import time

from pledges import build
from registration_list import timed
from support import count_queries, setup_database, teardown_database


def timed_call(action, repeat: int) -> tuple[float, float, int]:
    action()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95)], count_queries(action)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    old_name = setup_database()
    from django.db import connection
    from django.test import Client

    try:
        began = time.perf_counter()
        build(args.pledges)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        print(f"{connection.vendor}: {args.pledges} published pledges "
              f"(built in {time.perf_counter() - began:.0f} s)")  # fmt: skip
        from plenaria.contributions.models import Pledge
        from plenaria.contributions.pledges.matching import related_pledges

        client = Client()
        rows = [
            ("map page", "/en/pledges/map/"),
            ("map data", "/en/pledges/map/data.json"),
            ("map data, filtered", "/en/pledges/map/data.json?type=financial&grouping=LDC"),
            ("country page (Kenya)", "/en/pledges/country/KE/"),
            ("campaign page", "/en/pledges/campaign/ldc5/"),
        ]
        for label, url in rows:
            median, p95, queries = timed(client, url, args.repeat)
            print(f"{label:<24} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
                  f"   {queries} queries")  # fmt: skip
        pledge = Pledge.objects.filter(countries__isnull=False).order_by("pk").first()
        median, p95, queries = timed_call(lambda: related_pledges(pledge), args.repeat)
        print(f"{'related pledges':<24} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
              f"   {queries} queries")  # fmt: skip
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
