"""Periodic work (retries, expiries, retention) from one schedule, once per period.

Apps declare their jobs in a ``jobs.py`` module with ``@periodic``. Every worker started with
``plenaria worker`` ticks ``enqueue_due`` every few seconds; the first to claim a due job's row
(a conditional UPDATE) queues one task that runs it, so the job runs once per period however
many workers there are, on any tasks backend. A job is a thin call to a service.

With the database tasks backend the claim and its task are written in one transaction:
either both are recorded or neither is, so a claim is never lost for want of its task. A
job's period can be changed in the settings: ``PLENARIA_JOB_SECONDS = {"name": seconds}``.
Jobs should be safe to run twice at once (a run longer than its period, several workers).
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    every: datetime.timedelta
    func: Callable[[], object]


JOBS: dict[str, Job] = {}


def periodic(name: str, *, every: datetime.timedelta):
    """Declare ``func`` a job run every ``every``; its name is the key of its schedule row."""

    def register(func):
        JOBS[name] = Job(name, every, func)
        return func

    return register


def discover() -> dict[str, Job]:
    autodiscover_modules("jobs")
    return JOBS


def period(job: Job) -> datetime.timedelta:
    """The job's period, as declared or as the settings change it."""
    seconds = getattr(settings, "PLENARIA_JOB_SECONDS", {}).get(job.name)
    return job.every if seconds is None else datetime.timedelta(seconds=seconds)


def claim_due(now=None) -> list[str]:
    """Claim every job that is due (or new): its next run moves one period on. Returns the
    names claimed by this call, each to be run once.

    The claim is a conditional UPDATE on the time read: of two workers claiming at once,
    the second finds the row moved on (PostgreSQL re-reads it once the first commits;
    SQLite lets one writer at a time) and claims nothing."""
    from plenaria.core.models import PeriodicJob

    now = now or timezone.now()
    jobs = discover()
    known = set(PeriodicJob.objects.filter(name__in=jobs).values_list("name", flat=True))
    for name in jobs.keys() - known:
        # A new job is due at once; two workers creating it at once create it once.
        PeriodicJob.objects.get_or_create(name=name, defaults={"next_run_at": now})
    due = PeriodicJob.objects.filter(name__in=jobs, next_run_at__lte=now)
    claimed = []
    for name, next_run_at in due.values_list("name", "next_run_at"):
        moved = PeriodicJob.objects.filter(name=name, next_run_at=next_run_at).update(
            next_run_at=now + period(jobs[name]), last_started_at=now
        )
        if moved:
            claimed.append(name)
    return claimed


def _queues_in_database(task) -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(task.get_backend(), DatabaseBackend)


def enqueue_due(now=None) -> list[str]:
    """Queue one task for each job claimed now.

    Call it in a transaction. A database queue gets the task in the claim's transaction;
    any other backend gets it once the claim is committed (it may run at once)."""
    from plenaria.core import tasks

    names = claim_due(now)
    for name in names:
        if _queues_in_database(tasks.run_periodic):
            tasks.run_periodic.enqueue(name)
        else:
            transaction.on_commit(lambda name=name: tasks.run_periodic.enqueue(name))
    return names


def run(name: str):
    """Run one job now and record how it ended (the error's class and text, never data)."""
    from plenaria.core.models import PeriodicJob

    job = discover()[name]
    error = ""
    try:
        return job.func()
    except Exception as exc:
        error = f"{exc.__class__.__name__}: {exc}"[:2000]
        logger.exception("Periodic job %s failed", name)
        raise
    finally:
        PeriodicJob.objects.filter(name=name).update(
            last_finished_at=timezone.now(), last_error=error
        )
