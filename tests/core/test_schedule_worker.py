"""``plenaria worker`` runs the periodic schedule beside the queue's worker loop."""

import signal

import pytest
from django.core.management import call_command
from django.db import connection

from plenaria.core import schedule
from plenaria.core.models import PeriodicJob
from tests.core.test_schedule import PERIOD, runs


@pytest.mark.django_db(transaction=True)
def test_the_worker_command_queues_due_jobs_and_runs_them(settings, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: the command's two threads each need a connection.")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    runs.clear()
    only = {"test.count": schedule.Job("test.count", PERIOD, lambda: runs.append(1))}
    monkeypatch.setattr(schedule, "JOBS", only)
    monkeypatch.setattr(schedule, "discover", lambda: only)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command(
            "worker", "--max-tasks", "1", "--no-startup-delay", "--no-reload", "--tick", "0.1"
        )
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert runs == [1]
    assert PeriodicJob.objects.get(name="test.count").last_finished_at
