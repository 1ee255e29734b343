"""Badges: 2,000 admitted participants printed at once, as A6 cards and as A4 sheets.

Builds a fresh database (a temporary SQLite file, or the server named by DATABASE_URL, in a
database of its own) with ``--people`` people seated in person across 100 delegations, then
times, through the secretariat's print page (Django's whole request handling): issuing the
badges (on the first print; later prints read the same badges, revoking none) and drawing the
PDF, for each layout. Prints seconds, CPU seconds, pages and size.

    .venv/bin/python bench/badges.py [--people 2000]
"""

import argparse
import io
import time

from support import open_event, setup_database, teardown_database


def build(people: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from plenaria.core.roles import SECRETARIAT, ensure_role_groups
    from plenaria.directory.models import Country, Organisation
    from plenaria.registration.models import Registration

    event = open_event(
        "wtdc-b",
        "World Telecommunication Development Conference",
        kind="conference",
        days=10,
        closes_at=timezone.now(),
        in_person_capacity=None,
    )
    countries = list(Country.objects.order_by("code")[:100])
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name={"en": f"Ministry of Communications of {country.name}"},
            acronym=f"M{n}",
            category="member_state",
            country=country,
        )
        for n, country in enumerate(countries)
    )
    # Latin, Cyrillic, Arabic, Chinese and Korean names: every font a badge embeds.
    firsts = ["Zoë", "José", "Ольга", "Aline", "Nguyễn", "محمد", "伟", "민준", "Amina", "Søren"]
    capacities = ["delegate", "delegate", "delegate", "head", "speaker", "observer", "media"]
    Registration.objects.bulk_create(
        Registration(
            event=event,
            first_name=firsts[n % len(firsts)],
            last_name=f"Núñez-Ivanova {n}",
            email=f"p{n}@example.org",
            gender="woman",
            organisation=organisations[n % len(organisations)],
            capacity=capacities[n % len(capacities)],
            mode="in_person",
            status="seated",
            consent=True,
        )
        for n in range(people)
    )
    ensure_role_groups()
    officer = get_user_model().objects.create_user("officer", is_staff=True)
    officer.groups.add(Group.objects.get(name=SECRETARIAT))
    return event, officer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    args = parser.parse_args()
    old_name = setup_database()
    try:
        from django.db import connection
        from django.test import Client
        from pypdf import PdfReader

        event, officer = build(args.people)
        client = Client()
        client.force_login(officer)
        print(f"{args.people} badges, database: {connection.vendor}")
        for layout in ("a6", "a4", "a6"):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.post(
                f"/en/registration/badges/{event.slug}/print/", {"layout": layout}
            )
            seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
            assert response.status_code == 200, response.status_code
            pages = len(PdfReader(io.BytesIO(response.content)).pages)
            print(
                f"  {layout.upper()}: {seconds:5.2f} s (cpu {cpu:5.2f} s)   {pages} pages   "
                f"{len(response.content) / 1024 / 1024:.1f} MiB"
            )
    finally:
        teardown_database(old_name)


if __name__ == "__main__":
    main()
