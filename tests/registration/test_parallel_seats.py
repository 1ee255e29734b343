"""Never overbooked: many people registering at the same moment for few seats."""

import threading

import pytest
from django.db import connection, connections

from plenaria.registration.models import Notification, Registration
from tests.registration.factories import RegistrationFactory, open_event

PEOPLE, SEATS = 60, 10


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_overbook(reference_data):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    from plenaria.registration import services

    event = open_event(in_person_capacity=SEATS)
    start = threading.Barrier(PEOPLE)
    failures = []

    def one_person(n):
        try:
            start.wait()
            services.register(None, RegistrationFactory(event=event, email=f"rush{n}@example.org"))
        except Exception as error:  # reported below, with the person
            failures.append((n, repr(error)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one_person, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert len(statuses) == PEOPLE  # none lost
    assert statuses.count("seated") == SEATS
    assert statuses.count("waiting") == PEOPLE - SEATS
    # none twice: one e-mail, one row, one first notification each
    emails = Registration.objects.filter(event=event).values_list("email", flat=True)
    assert len(set(emails)) == PEOPLE
    assert Notification.objects.filter(registration__event=event).count() == PEOPLE
    # everyone waiting has a place in the line, by the moment they joined it
    in_line = Registration.objects.filter(event=event, status="waiting")
    assert not in_line.filter(waiting_since__isnull=True).exists()
    assert not Registration.objects.filter(
        event=event, status="seated", waiting_since__isnull=False
    ).exists()
