"""Names in every script at 100,000 registrations: the secretariat's list searched by a name
(accents and case ignored) and read by name in the reader's language, and the search's ways
compared on the same rows.

Builds a fresh database (SQLite file, or its own on the server of DATABASE_URL), fills one
event with registrations named in Latin (with accents), Cyrillic, Arabic and Chinese, then
prints the median and p95 of each page through Django's test client, and the time of one
count by each way of matching a word (the regular expression in use; plain ``icontains``,
which misses accents; on PostgreSQL ``unaccent`` with ``lower``, the other candidate).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/namebench .venv/bin/python \
        bench/name_search.py [--registrations 100000] [--repeat 9]
"""

import argparse
import statistics
import time

from registration_list import build
from support import setup_database, teardown_database

FIRST = ["José", "Zoë", "Анна", "Пётр", "Ёлена", "محمد", "فاطمة", "小明", "伟", "Hans", "Łucja"]
LAST = ["Müller", "Ngô", "Ёлкин", "Иванов", "Йорк", "عباس", "الحسن", "王", "李", "Zola", "Dvořák"]


def rename(event) -> None:
    """The bench's plain names made into people's own, in four scripts."""
    from django.db.models import IntegerField, Value
    from django.db.models.functions import Cast, Mod

    from plenaria.registration.models import Registration

    rows = Registration.objects.filter(event=event).annotate(
        remainder=Mod(Cast("id", IntegerField()), Value(len(FIRST)))
    )
    for n, (first, last) in enumerate(zip(FIRST, LAST, strict=True)):
        rows.filter(remainder=n).update(first_name=first, last_name=last)


def timed(client, url: str, repeat: int) -> tuple[float, float]:
    client.get(url)
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - began)
        assert response.status_code == 200, (url, response.status_code)
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95)]


def ways(event, word: str) -> dict:
    from django.db import connection
    from django.db.models import Q

    from plenaria.core import names
    from plenaria.registration.models import Registration

    rows = Registration.objects.filter(event=event)
    found = {
        "regular expression (in use)": lambda: rows.filter(
            names.contains("first_name", word) | names.contains("last_name", word)
        ).count(),
        "icontains (misses accents)": lambda: rows.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word)
        ).count(),
    }
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")

        def unaccented() -> int:
            sql = (
                f"SELECT count(*) FROM {Registration._meta.db_table} WHERE event_id = %s AND "
                "(unaccent(lower(first_name)) LIKE %s OR unaccent(lower(last_name)) LIKE %s)"
            )
            like = f"%{names.plain(word)}%"
            with connection.cursor() as cursor:
                cursor.execute(sql, [event.pk, like, like])
                return cursor.fetchone()[0]

        found["unaccent(lower()) LIKE"] = unaccented
    results = {}
    for label, count in found.items():
        count()
        began = time.perf_counter()
        n = count()
        results[label] = (n, time.perf_counter() - began)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    old_name = setup_database()
    from django.db import connection
    from django.test import Client

    try:
        event, officer, _focal, _organisation = build(args.registrations)
        rename(event)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        print(f"{connection.vendor}: {args.registrations} registrations in one event")
        client = Client()
        client.force_login(officer)
        base = f"/{{}}/registration/manage/{event.slug}/"
        pages = {
            "list, first page (by arrival)": base.format("en"),
            "search 'muller'": base.format("en") + "?q=muller",
            "search 'ЁЛКИН'": base.format("ru") + "?q=%D0%81%D0%9B%D0%9A%D0%98%D0%9D",
            "search 'jose zola' (none)": base.format("en") + "?q=jose+zola",
            "by name, French": base.format("fr") + "?order=name",
            "by name, Russian": base.format("ru") + "?order=name",
        }
        for label, url in pages.items():
            median, p95 = timed(client, url, args.repeat)
            print(f"{label:<32} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")
        for word in ["muller", "ёлкин"]:
            for label, (n, seconds) in ways(event, word).items():
                print(f"count '{word}' by {label:<30} {n:>6} rows  {seconds * 1000:7.1f} ms")
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
