"""Two desks printing the same badges at once: each person ends with one valid badge, the
one both desks printed, and no badge is revoked."""

import threading

import pytest
from django.db import connection, connections

from plenaria.registration.badge_queries import for_printing
from plenaria.registration.badges import issue_badges
from plenaria.registration.models import Badge, Registration
from tests.registration.factories import open_event, register

DESKS, PEOPLE = 4, 20


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_desks_printing_at_once_share_one_badge_per_person(reference_data):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    event = open_event()
    for n in range(PEOPLE):
        register(event, email=f"person{n}@example.org")
    start = threading.Barrier(DESKS)
    printed, failures = {}, []

    def desk(n):
        try:
            start.wait()
            badges = issue_badges(None, for_printing(Registration.objects.filter(event=event)))
            printed[n] = [(badge.registration_id, badge.pk) for badge in badges]
        except Exception as error:  # reported below, with the desk
            failures.append((n, repr(error)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert Badge.objects.count() == PEOPLE
    assert not Badge.objects.filter(revoked_at__isnull=False).exists()
    assert all(printed[n] == printed[0] for n in range(DESKS))  # the same badges, same order
    assert len(printed[0]) == PEOPLE
