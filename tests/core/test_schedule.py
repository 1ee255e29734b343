"""The periodic schedule: each job once per period, however many workers claim it at once."""

import datetime
import threading

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from plenaria.core import schedule
from plenaria.core.models import PeriodicJob

PERIOD = datetime.timedelta(minutes=1)
runs = []


@pytest.fixture
def counting_job(monkeypatch):
    """A job that counts its runs, declared as an app's ``jobs.py`` declares one."""
    runs.clear()
    monkeypatch.setitem(schedule.JOBS, "test.count", schedule.Job("test.count", PERIOD, _count))
    return "test.count"


def _count():
    runs.append(1)
    return len(runs)


def test_the_apps_declare_their_mail_jobs():
    jobs = schedule.discover()
    assert jobs["registration.send_notifications"].every == PERIOD
    assert jobs["circulars.send_deliveries"].every == PERIOD


@pytest.mark.django_db
def test_a_job_is_claimed_once_per_period(counting_job):
    start = timezone.now()
    assert counting_job in schedule.claim_due(start)  # new: due at once
    assert counting_job not in schedule.claim_due(start)
    assert counting_job not in schedule.claim_due(start + PERIOD / 2)
    assert counting_job in schedule.claim_due(start + PERIOD)
    row = PeriodicJob.objects.get(name=counting_job)
    assert row.next_run_at == start + 2 * PERIOD and row.last_started_at == start + PERIOD


@pytest.mark.django_db
def test_the_period_can_be_changed_in_the_settings(counting_job, settings):
    settings.PLENARIA_JOB_SECONDS = {counting_job: 5}
    start = timezone.now()
    schedule.claim_due(start)
    assert counting_job in schedule.claim_due(start + datetime.timedelta(seconds=5))


@pytest.mark.django_db
def test_a_claim_and_its_task_are_one_transaction_on_the_database_queue(counting_job, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with pytest.raises(RuntimeError), transaction.atomic():
        assert counting_job in schedule.enqueue_due()
        raise RuntimeError("the transaction ends in error")
    assert not DBTaskResult.objects.exists()
    assert counting_job in schedule.enqueue_due()  # the claim went with it: still due
    queued = DBTaskResult.objects.filter(args_kwargs__args=[counting_job])
    assert queued.count() == 1


@pytest.mark.django_db
def test_a_failing_job_records_its_error_and_runs_again_next_period(monkeypatch):
    def broken():
        raise ValueError("no mail server configured")

    monkeypatch.setitem(schedule.JOBS, "test.broken", schedule.Job("test.broken", PERIOD, broken))
    start = timezone.now()
    assert "test.broken" in schedule.claim_due(start)
    with pytest.raises(ValueError):
        schedule.run("test.broken")
    row = PeriodicJob.objects.get(name="test.broken")
    assert row.last_error == "ValueError: no mail server configured" and row.last_finished_at
    assert "test.broken" in schedule.claim_due(start + PERIOD)


@pytest.mark.django_db(transaction=True)
def test_two_workers_claiming_at_once_claim_each_period_once(counting_job):
    """Two connections claim the same periods at the same instants; each period is claimed
    by exactly one of them."""
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    start = timezone.now()
    schedule.claim_due(start)  # both see the row: the race is on the claim itself
    periods = 15
    claims = {0: [], 1: []}
    errors = []
    barrier = threading.Barrier(2)

    def claimer(who):
        try:
            for n in range(1, periods + 1):
                barrier.wait(timeout=30)
                with transaction.atomic():
                    if counting_job in schedule.claim_due(start + n * PERIOD):
                        claims[who].append(n)
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
            barrier.abort()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=claimer, args=(who,)) for who in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sorted(claims[0] + claims[1]) == list(range(1, periods + 1))
