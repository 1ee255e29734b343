"""``plenaria worker``: the database tasks worker, which also keeps the periodic schedule.

It takes every option of ``db_worker``. Beside the worker's loop, a thread queues the
periodic jobs that are due (``core.schedule``) every ``--tick`` seconds, so retries of mail,
expiries and retention happen with nothing else running and nobody typing a command.
"""

import logging
import os
import threading

from django.db import close_old_connections, connections, transaction
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand

from plenaria.core import schedule

logger = logging.getLogger(__name__)


def tick_forever(seconds: float, stop: threading.Event) -> None:
    """Queue the due periodic jobs every ``seconds`` until ``stop`` is set."""
    try:
        while not stop.is_set():
            try:
                with transaction.atomic():
                    schedule.enqueue_due()
            except Exception:  # a database hiccup must not end the schedule
                logger.exception("The periodic schedule could not be read")
            finally:
                close_old_connections()
            stop.wait(seconds)
    finally:
        connections.close_all()  # this thread's own connection


class Command(DBWorkerCommand):
    help = "Run queued tasks and the periodic schedule (retries, expiries, retention)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--tick", type=float, default=10.0, help="Seconds between looks at the schedule."
        )

    def handle(self, *args, tick: float, **options):
        stop = threading.Event()
        # With --reload the first process only watches the files and restarts the second,
        # which runs the tasks: only the one that runs tasks keeps the schedule.
        watcher = options.get("reload") and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        if not watcher:
            ticker = threading.Thread(
                target=tick_forever, args=(tick, stop), name="periodic-schedule", daemon=True
            )
            ticker.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
