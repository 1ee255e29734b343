"""Registration lists with 100,000 registrations in one event: the secretariat's list page
(first page, and filtered) and a focal point's delegation page with its balance.

Builds a fresh database (a temporary SQLite file, or a database of its own on the server named
by DATABASE_URL), fills one event with ``--registrations`` registrations (bulk inserts; a mix
of 300 organisations across countries, of statuses, modes, genders and interpretation), then
times each page through Django's test client and prints its median, p95 and query count.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/listbench .venv/bin/python \
        bench/registration_list.py [--registrations 100000] [--repeat 15]
"""

import argparse
import datetime
import statistics
import time

from support import count_queries, open_event, setup_database, teardown_database

STATUSES = ["seated"] * 5 + ["approved"] * 2 + ["waiting", "pending", "cancelled", "rejected"]
GENDERS = ["woman", "man", "woman", "man", "undisclosed"]
LANGUAGES = ["", "", "", "fr", "es", "ar", "ru", "zh", "en"]


def build(total: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from plenaria.core.roles import SECRETARIAT, ensure_role_groups
    from plenaria.directory.models import Contact, Country, FocalPoint, Organisation
    from plenaria.registration import services
    from plenaria.registration.models import Registration

    now = timezone.now()
    event = open_event(
        "crowd",
        "Crowded forum",
        days=3,
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now + datetime.timedelta(days=20),
        interpretation_languages=["ar", "zh", "en", "fr", "ru", "es"],
    )
    countries = list(Country.objects.order_by("code")[:150])
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name={"en": f"Organisation {n}"},
            acronym=f"ORG{n}",
            # one Member State per country, then other kinds of members
            category="member_state" if n < len(countries) else ("sector_member", "academia")[n % 2],
            country=countries[n % len(countries)],
        )
        for n in range(300)
    )
    batch, seated, remote = [], 0, 0
    for n in range(total):
        status = STATUSES[n % len(STATUSES)]
        mode = "remote" if n % 4 == 0 else "in_person"
        if status in ("seated", "approved"):
            status = "seated" if mode == "in_person" else "approved"
            seated, remote = seated + (mode == "in_person"), remote + (mode == "remote")
        batch.append(
            Registration(
                event=event,
                first_name=f"First{n}",
                last_name=f"Last{n}",
                email=f"person{n}@example.org",
                gender=GENDERS[n % len(GENDERS)],
                year_of_birth=1960 + n % 45,
                nationality=countries[n % len(countries)],
                organisation=organisations[(n * 7) % len(organisations)] if n % 10 else None,
                capacity="delegate",
                mode=mode,
                interpretation_language=LANGUAGES[n % len(LANGUAGES)],
                consent=True,
                status=status,
                rejection_reason="Not a delegate." if status == "rejected" else "",
                status_changes=1,
            )
        )
        if len(batch) == 5000:
            Registration.objects.bulk_create(batch)
            batch = []
    Registration.objects.bulk_create(batch)
    # as many places as taken: the waiting stay waiting; counts the places taken
    services.configure(None, event, in_person_capacity=seated, remote_capacity=remote)
    ensure_role_groups()
    users = get_user_model().objects
    officer = users.create_user("officer", "officer@example.org", "pw-officer-1", is_staff=True)
    officer.groups.add(users.model.groups.field.related_model.objects.get(name=SECRETARIAT))
    focal = users.create_user("focal", "focal@example.org", "pw-focal-1")
    contact = Contact.objects.create(organisation=organisations[0], last_name="Focal")
    FocalPoint.objects.create(contact=contact, user=focal)
    return event, officer, focal, organisations[0]


def timed(client, url: str, repeat: int) -> tuple[float, float, int]:
    client.get(url)  # warm the caches once, as a page already visited
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - began)
        assert response.status_code == 200, (url, response.status_code)
    queries = count_queries(lambda: client.get(url))
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95)], queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    old_name = setup_database()
    from django.db import connection
    from django.test import Client

    try:
        began = time.perf_counter()
        event, officer, focal, organisation = build(args.registrations)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # as autovacuum leaves a live table: statistics and the visibility map
                cursor.execute("VACUUM ANALYZE")
        print(
            f"{connection.vendor}: {args.registrations} registrations in one event "
            f"(built in {time.perf_counter() - began:.0f} s)"
        )
        secretariat, focal_point = Client(), Client()
        secretariat.force_login(officer)
        focal_point.force_login(focal)
        pages = {
            "secretariat list, page 1": f"/en/registration/manage/{event.slug}/",
            "secretariat list, page 100": f"/en/registration/manage/{event.slug}/?page=100",
            "secretariat list, filtered": (
                f"/en/registration/manage/{event.slug}/?status=seated&gender=woman"
                f"&interpretation=fr&country={organisation.country_id}"
            ),
            "focal point's delegation": f"/en/registration/delegations/{event.slug}/",
        }
        for label, url in pages.items():
            client = focal_point if "focal" in label else secretariat
            median, p95, queries = timed(client, url, args.repeat)
            print(
                f"{label:<28} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
                f"   {queries} queries"
            )
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
