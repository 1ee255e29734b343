"""Importing a filled spreadsheet of 2,000 activities in 100 countries, all rows or none: the
time to read, check and write them all (as the upload page does), and the time to refuse the
same file with one bad row near its end (nothing written).

    .venv/bin/python bench/activity_import.py [--rows 2000] [--repeat 3]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/a1_import_bench .venv/bin/python \
        bench/activity_import.py
"""

import argparse
import datetime
import io
import statistics
import time

from support import setup_database, teardown_database

HEADER = [
    "Organiser", "Title", "Description", "Kind", "Country", "City", "Start date",
    "Start time", "End date", "End time", "Languages", "Audience", "Expected participants",
]  # fmt: skip
KINDS = ["conference", "workshop", "award", "exhibition", "hackathon", "media", "webinar"]


def _call():
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from plenaria.contributions.models import ActivityCall
    from plenaria.events.models import Event

    today = timezone.localdate()
    event = Event.objects.create(
        title={"en": "World Telecommunication and Information Society Day"},
        acronym="WTISD-B",
        slug="wtisd-b",
        kind="observance",
        format="hybrid",
        status="published",
        timezone="Europe/Zurich",
        start=timezone.now(),
        end=timezone.now() + datetime.timedelta(hours=8),
    )
    call = ActivityCall.objects.create(
        event=event,
        slug="import-bench",
        opens_on=today - datetime.timedelta(days=5),
        closes_on=today + datetime.timedelta(days=30),
        held_from=today,
        held_until=today + datetime.timedelta(days=60),
        who_may_submit="anyone",
    )
    user = get_user_model().objects.create_user("importer", "importer@example.org", "pw")
    return call, user


def _places(count: int) -> list[tuple[str, str]]:
    from plenaria.contributions.activities.places import cities_of
    from plenaria.directory.models import Country

    found = []
    for code in Country.objects.values_list("code", flat=True):
        cities = cities_of(str(code))
        if cities:
            found.append((str(code), cities[len(cities) // 2].name))
        if len(found) == count:
            break
    return found


def workbook(call, rows: int, bad_row: int | None = None) -> bytes:
    from openpyxl import Workbook

    places = _places(100)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for n in range(rows):
        code, city = places[n % len(places)]
        day = call.held_from + datetime.timedelta(days=n % 30)
        if n == bad_row:
            city = "Atlantis"
        sheet.append([
            f"Telecom Society {n % 400}", f"Digital day {n}", "Talks and a hackathon.",
            KINDS[n % len(KINDS)], code, city, day, datetime.time(9, 0), day, "17:00",
            "en, fr", "public", 50 + n % 500,
        ])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    old = setup_database()
    try:
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.db import connection

        from plenaria.contributions.activities.places import find_city
        from plenaria.contributions.activities.spreadsheet_import import (
            ImportRefused,
            import_activities,
        )
        from plenaria.contributions.models import Activity

        call, user = _call()
        find_city("US", "Chicago")  # the city index, built once per process, is not timed
        good, bad = workbook(call, args.rows), workbook(call, args.rows, args.rows - 5)
        imports, refusals, cpu = [], [], []
        for _round in range(args.repeat):
            Activity.objects.all().delete()
            start = time.perf_counter()
            try:
                import_activities(user, call, SimpleUploadedFile("bad.xlsx", bad))
            except ImportRefused as refused:
                assert [p.row for p in refused.problems] == [args.rows - 3]
            refusals.append(time.perf_counter() - start)
            assert not Activity.objects.exists()
            start, busy = time.perf_counter(), time.process_time()
            created = import_activities(user, call, SimpleUploadedFile("good.xlsx", good))
            imports.append(time.perf_counter() - start)
            cpu.append(time.process_time() - busy)
            assert created == Activity.objects.count() == args.rows
        print(f"database: {connection.vendor}; {args.rows:,} rows, {len(good) / 1024:.0f} KiB file")
        print(f"import (read, check, write, audit): median {statistics.median(imports):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in imports)})")  # fmt: skip
        print(f"  of which this process's processor time: median {statistics.median(cpu):.2f} s")
        print(
            f"refusal of one bad row, nothing written: median {statistics.median(refusals):.2f} s"
        )
    finally:
        teardown_database(old)


if __name__ == "__main__":
    main()
