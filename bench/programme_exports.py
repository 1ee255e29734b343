"""Time of the full exports of an event with 1,000 sessions and 3,000 speakers.

iCalendar (with its VTIMEZONE), Frab XML and Frab JSON, each through Django's full request
handling (query, build, serialise). Prints median and maximum of several runs and the size.

    .venv/bin/python bench/programme_exports.py [--sessions 1000] [--speakers 3000] [--runs 7]
"""

import argparse
import statistics
import time

from programme_page import SLUG, fill
from support import count_queries, setup_database, teardown_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    old_name = setup_database()
    try:
        fill(args.sessions, args.speakers)
        from django.db import connection
        from django.test import Client

        client = Client()
        base = f"/en/events/{SLUG}/programme/"
        exports = {
            "iCalendar (programme.ics)": f"{base}programme.ics",
            "Frab XML (schedule.xml)": f"{base}schedule.xml",
            "Frab JSON (schedule.json)": f"{base}schedule.json",
            "agenda and programme PDF": f"{base}agenda.pdf",
        }
        print(
            f"{args.sessions} sessions, {args.speakers} speakers, {args.runs} runs each, "
            f"database: {connection.vendor}"
        )
        for label, path in exports.items():
            response = client.get(path)
            assert response.status_code == 200, path
            queries = count_queries(lambda path=path: client.get(path))
            timings, cpu = [], []
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            print(
                f"  {label:<28} median {statistics.median(timings):7.1f} ms   "
                f"max {max(timings):7.1f} ms   cpu {statistics.median(cpu):7.1f} ms   "
                f"queries {queries}   "
                f"{len(response.content) / 1024:,.0f} KiB"
            )
    finally:
        teardown_database(old_name)


if __name__ == "__main__":
    main()
