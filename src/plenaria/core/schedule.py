"""Periodic work (retries, expiries, retention) from one schedule, once per period.

Apps declare their jobs in a ``jobs.py`` module with ``@periodic``. Every worker started with
``plenaria worker`` ticks ``enqueue_due`` every few seconds; the first to claim a due job's row
(a conditional UPDATE) queues one task that runs it, so the job runs once per period however
many workers there are, on any tasks backend. A job is a thin call to a service.
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

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


def claim_due(now=None) -> list[str]:
    """Claim every job that is due (or new): its next run moves one period on. Returns the
    names claimed by this call, each to be run once."""
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
            next_run_at=now + jobs[name].every, last_started_at=now
        )
        if moved:
            claimed.append(name)
    return claimed


def enqueue_due(now=None) -> list[str]:
    """Queue one task for each job claimed now."""
    from plenaria.core import tasks

    names = claim_due(now)
    for name in names:
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
