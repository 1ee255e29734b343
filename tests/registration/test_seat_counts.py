"""The places taken stored on the settings row always match the registrations themselves."""

import pytest

from plenaria.registration import services
from plenaria.registration.models import Registration, RegistrationSettings
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def assert_counts_true(event):
    conf = RegistrationSettings.objects.get(event=event)
    rows = Registration.objects.filter(event=event)
    assert conf.in_person_taken == rows.filter(mode="in_person", status="seated").count()
    assert conf.remote_taken == rows.filter(mode="remote", status="approved").count()
    return conf


def test_every_change_of_seat_keeps_the_count(rwanda, rwanda_focal_point):
    event = open_event(in_person_capacity=2, remote_capacity=1, approval_required=True)
    seated = [register(event), register(event)]
    waiting = register(event)
    remote = register(event, mode="remote")
    pending = register(event, organisation=rwanda)
    assert [r.status for r in (*seated, waiting, remote, pending)] == [
        "seated",
        "seated",
        "waiting",
        "approved",
        "pending",
    ]
    assert assert_counts_true(event).in_person_taken == 2

    services.cancel(None, seated[0])  # the waiting person is promoted: still full
    assert assert_counts_true(event).in_person_taken == 2
    services.change(None, waiting, mode="remote", interpretation_language="")
    waiting.refresh_from_db()
    assert waiting.status == "waiting"  # the one remote place is taken
    assert assert_counts_true(event).in_person_taken == 1
    assert register(event).status == "seated"  # the place freed by the change is taken
    assert register(event).status == "waiting"

    services.decide(rwanda_focal_point, pending, approve=True)
    assert Registration.objects.get(pk=pending.pk).status == "waiting"
    services.configure(None, event, in_person_capacity=5, remote_capacity=None)
    conf = assert_counts_true(event)
    assert (conf.in_person_taken, conf.remote_taken) == (4, 2)
    assert not Registration.objects.filter(event=event, status="waiting").exists()
    assert register(event).status == "seated"
    assert assert_counts_true(event).in_person_taken == 5
    assert register(event).status == "waiting"


def test_a_count_gone_wrong_is_repaired_by_saving_the_settings():
    event = open_event(in_person_capacity=1)
    RegistrationSettings.objects.filter(event=event).update(in_person_taken=1)  # as if drifted
    assert register(event).status == "waiting"
    services.configure(None, event)
    assert Registration.objects.get(event=event).status == "seated"
    assert assert_counts_true(event).in_person_taken == 1


@pytest.mark.django_db(transaction=True)
def test_cancellations_during_a_rush_leave_no_seat_empty(reference_data):
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    import threading

    event = open_event(in_person_capacity=10)
    holders = [register(event, email=f"holder{n}@example.org") for n in range(10)]
    start, failures = threading.Barrier(25), []

    def act(n):
        try:
            start.wait()
            if n < 5:
                services.cancel(None, holders[n])
            else:
                register(event, email=f"late{n}@example.org")
        except Exception as error:  # reported below, with the person
            failures.append((n, repr(error)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=act, args=(n,)) for n in range(25)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    conf = assert_counts_true(event)
    assert conf.in_person_taken == 10  # every freed seat went to a newcomer at once
    assert Registration.objects.filter(event=event, status="waiting").count() == 15


def test_settings_read_earlier_never_decide_the_place(django_capture_on_commit_callbacks):
    """Settings read before the last seat went, or before a cancellation freed one, only hint.
    A seat read as free is taken only if the database still has it; a seat read as taken but
    freed since goes, once the registration is committed, to the first person waiting."""
    from plenaria.core.audit import history
    from tests.registration.factories import RegistrationFactory

    event = open_event(in_person_capacity=1)
    read_while_free = services.settings_for(event)
    register(event, email="first@example.org")
    late = services.register(
        None, RegistrationFactory.build(event=event, email="late@example.org"), conf=read_while_free
    )
    assert late.status == "waiting" and late.waiting_since is not None
    assert late.notifications.get().kind == "waiting"
    assert history(late).get().changes["status"] == [None, "waiting"]

    read_while_full = services.settings_for(event)
    services.cancel(None, Registration.objects.get(email="first@example.org"))
    late.refresh_from_db()
    assert late.status == "seated"  # promoted by the cancellation
    services.cancel(None, late)  # a seat free again, nobody waiting
    with django_capture_on_commit_callbacks(execute=True):
        third = services.register(
            None,
            RegistrationFactory.build(event=event, email="third@example.org"),
            conf=read_while_full,
        )
    third.refresh_from_db()
    assert third.status == "seated" and third.waiting_since is None
    assert [n.kind for n in third.notifications.order_by("sequence")] == ["waiting", "promoted"]
    assert [entry.changes["status"] for entry in history(third).order_by("at", "id")] == [
        [None, "waiting"],
        ["waiting", "seated"],
    ]
    assert_counts_true(event)
