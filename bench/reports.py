"""Reports at scale on PostgreSQL: one event's figures computed at 100,000 registrations, the
event dashboard, the series dashboard over ten editions of 100,000 registrations each (a
million rows), and the public open-data page and JSON of an event.

Builds a database of its own on the server named by DATABASE_URL, fills a series of ten
yearly editions with ``--registrations`` each (set-based INSERT … SELECT over
generate_series, a few seconds per 100,000 rows) and a small series of two editions of 1,000
(for the query counts), then times each step and prints its median and query count.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reportsbench .venv/bin/python \
        bench/reports.py [--registrations 100000] [--editions 10] [--repeat 20]
"""

import argparse
import datetime
import os
import statistics
import time

from registration_list import timed
from support import count_queries, setup_database, teardown_database

# Status by (13 g mod 10): six in ten admitted, then pending, rejected, cancelled, waiting.
INSERT = """
INSERT INTO registration_registration (
    event_id, first_name, last_name, email, gender, year_of_birth, organisation_id,
    nationality_id, capacity, mode, interpretation_language, visa_requested, passport_number,
    accessibility_needs, consent, language, status, rejection_reason, status_changes,
    link_key, waiting_since, created_at, updated_at)
SELECT %(event)s, 'First', 'Last ' || g, 'person' || g || '@example.org',
    (ARRAY['woman', 'man', 'woman', 'man', 'undisclosed'])[1 + g %% 5],
    1955 + (g * 7) %% 50, o.id, o.country_id,
    (ARRAY['delegate', 'delegate', 'head', 'speaker', 'observer', 'delegate', 'media'])
        [1 + g %% 7],
    CASE WHEN g %% 3 = 0 THEN 'remote' ELSE 'in_person' END,
    (ARRAY['', '', '', 'fr', 'es', 'ar', 'ru', 'zh', 'en'])[1 + g %% 9],
    false, '', '', true, 'en', s.status,
    CASE WHEN s.status = 'rejected' THEN 'Not a delegate.' ELSE '' END, 1,
    substr(md5(%(event)s || '-' || g), 1, 16),
    CASE WHEN s.status = 'waiting' THEN t.at END, t.at, t.at
FROM generate_series(1, %(n)s) AS g
JOIN LATERAL (
    SELECT (%(orgs)s::bigint[])[1 + (g * 7) %% %(n_orgs)s] AS id
) AS pick ON true
JOIN directory_organisation o ON o.id = pick.id
CROSS JOIN LATERAL (SELECT CASE (g * 13) %% 10
    WHEN 6 THEN 'pending' WHEN 7 THEN 'rejected' WHEN 8 THEN 'cancelled'
    ELSE CASE WHEN g %% 3 = 0 THEN 'approved'
              WHEN (g * 13) %% 10 = 9 THEN 'waiting' ELSE 'seated' END
    END AS status) AS s
-- a slow start and a rush before the opening: the cube root of an even spread over 90 days
CROSS JOIN LATERAL (SELECT %(start)s::timestamptz - interval '1 day'
    * (1 + 89 * (1 - power(((g * 7919) %% %(n)s)::float8 / %(n)s, 1.0 / 3))) AS at) AS t
"""
ARRIVALS = """
INSERT INTO registration_checkin (registration_id, day, checked_in_at)
SELECT r.id, %(day)s::date + d, %(start)s::timestamptz + d * interval '1 day'
FROM registration_registration r CROSS JOIN generate_series(0, 2) AS d
WHERE r.event_id = %(event)s AND r.status = 'seated' AND (r.id + d) %% 4 <> 0
"""


def build_series(acronym: str, editions: int, per_edition: int, organisations) -> list:
    """``editions`` yearly editions, the last one opening in a month; arrivals at the past."""
    from django.db import connection
    from django.utils import timezone

    from plenaria.events.models import Event, Series
    from plenaria.registration import services

    series = Series.objects.create(acronym=acronym, name={"en": f"{acronym} series"})
    opening = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
    events = []
    for number in range(editions):
        start = opening - datetime.timedelta(days=365 * (editions - 1 - number))
        event = Event.objects.create(
            series=series,
            title={"en": f"{acronym} {start.year}"},
            acronym=f"{acronym}-{number + 1}",
            slug=f"{acronym.lower()}-{number + 1}",
            kind="conference",
            format="hybrid",
            status="published" if start > timezone.now() else "archived",
            start=start,
            end=start + datetime.timedelta(days=3),
            timezone="Europe/Zurich",
        )
        values = {"event": event.pk, "n": per_edition, "start": start}
        with connection.cursor() as cursor:
            cursor.execute(INSERT, {**values, "orgs": organisations, "n_orgs": len(organisations)})
            if start < timezone.now():
                cursor.execute(ARRIVALS, {**values, "day": start.date()})
        seated = event.registrations.filter(status="seated").count()
        services.configure(  # as many places as taken: the waiting stay waiting
            None,
            event,
            opens_at=start - datetime.timedelta(days=91),
            closes_at=start - datetime.timedelta(hours=12),
            in_person_capacity=seated,
            interpretation_languages=["ar", "zh", "en", "fr", "ru", "es"],
        )
        events.append(event)
    return events


def build(per_edition: int, editions: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from plenaria.core.roles import SECRETARIAT, ensure_role_groups
    from plenaria.directory.models import Contact, Country, FocalPoint, Organisation

    countries = list(Country.objects.filter(is_itu_member_state=True).order_by("code"))
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name={"en": f"Organisation {n}"},
            category="member_state" if n < len(countries) else ("sector_member", "academia")[n % 2],
            country=countries[n % len(countries)],
        )
        for n in range(300)
    )
    ids = [organisation.pk for organisation in organisations]
    big = build_series("BIG", editions, per_edition, ids)
    small = build_series("SMALL", 2, 1000, ids)
    ensure_role_groups()
    officer = get_user_model().objects.create_user("officer", is_staff=True)
    officer.groups.add(Group.objects.get(name=SECRETARIAT))
    # A focal point's dashboard computes their delegation's part while they wait.
    focal = get_user_model().objects.create_user("focal")
    contact = Contact.objects.create(organisation=organisations[0], last_name="Focal")
    FocalPoint.objects.create(contact=contact, user=focal)
    return big, small, officer, focal


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def page(label, client, url, repeat, small_url=None) -> None:
    median, p95, queries = timed(client, url, repeat)
    line = f"{label:<34} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
    if small_url:
        line += f"{count_queries(lambda: client.get(small_url))} queries small, "
    print(f"{line}{queries} queries")


def pages(big, small, officer, focal, repeat: int) -> None:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    secretariat, focal_point, public = Client(), Client(), Client()
    secretariat.force_login(officer)
    focal_point.force_login(focal)
    last, last_small = big[-1], small[-1]
    wanted = [
        ("(b) event dashboard", secretariat, "reports:event", "slug"),
        ("(b) event dashboard, focal point", focal_point, "reports:event", "slug"),
        ("(c) series dashboard", secretariat, "reports:series", "acronym"),
        ("(d) open data, event page", public, "open_data:event", "slug"),
        ("(d) open data, event JSON", public, "open_data:event_json", "slug"),
    ]
    for label, client, name, key in wanted:
        values = [
            event.slug if key == "slug" else event.series.acronym for event in (last, last_small)
        ]
        try:
            url, small_url = (reverse(name, kwargs={key: value}) for value in values)
        except NoReverseMatch:
            print(f"{label:<34} not there yet ({name})")
            continue
        page(label, client, url, repeat, small_url)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--editions", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    old_name = setup_database()
    import logging

    from django.db import connection

    logging.getLogger("axes").setLevel(logging.WARNING)  # a line per sign-in otherwise

    if connection.vendor != "postgresql":
        print("bench/reports.py measures PostgreSQL: set DATABASE_URL (see the docstring).")
        teardown_database(old_name)
        return
    from plenaria.reports.figures import snapshots
    from plenaria.reports.figures.event import compute

    try:
        began = time.perf_counter()
        big, small, officer, focal = build(args.registrations, args.editions)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # as autovacuum leaves a live table
        total = args.registrations * args.editions
        print(
            f"{connection.vendor}: {args.editions} editions of {args.registrations} "
            f"registrations, {total} in all (built in {time.perf_counter() - began:.0f} s)"
            f"; load average {os.getloadavg()[0]:.1f}"
        )
        last = big[-1]
        queries = count_queries(lambda: compute(last))
        print(
            f"{'(a) one event figures computed':<34} median "
            f"{median_ms(lambda: compute(last), 5):7.1f} ms   (of 5)   {queries} queries"
        )
        began = time.perf_counter()
        snapshots.figures_of(big + small)
        print(
            f"{'first read, every snapshot':<34} {(time.perf_counter() - began) * 1000:7.0f} ms"
            f"   ({len(big) + len(small)} events)"
        )
        pages(big, small, officer, focal, args.repeat)
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
