"""After a mail outage everything queued is delivered once, with only the worker running.

The mail server is down while a registration is recorded and a letter is dispatched; the
worker (the database queue's worker loop and the periodic schedule, as ``plenaria worker``
runs them) tries, fails and waits; the server comes back; every message arrives exactly
once, with no new registration and no command typed. On PostgreSQL the worker's loop and
the schedule run in two threads as in ``plenaria worker``; on SQLite they take turns in one.
"""

import datetime
import threading
import time

import pytest
from django.db import connection, connections, transaction
from django_tasks_db.management.commands.db_worker import Worker

from plenaria.circulars import dispatch
from plenaria.circulars.models import Delivery
from plenaria.core import schedule
from plenaria.core.management.commands.worker import tick_forever
from plenaria.registration import wake
from plenaria.registration.models import Notification
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.circulars.test_dispatch import issued_letter
from tests.factories import ContactFactory, OrganisationFactory
from tests.registration.factories import open_event, register

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"Still waiting after {seconds} s: {what}")
        time.sleep(0.1)


class RunningWorker:
    """``plenaria worker`` in threads: the queue's worker loop and the schedule's ticks."""

    def __init__(self, tick: float = 0.2):
        self.worker = Worker(
            queue_names=["default"],
            interval=0.1,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="outage-test",
            excluded_queue_names=[],
        )
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._run_tasks, daemon=True),
            threading.Thread(target=tick_forever, args=(tick, self.stop), daemon=True),
        ]

    def _run_tasks(self):
        try:
            self.worker.run()
        finally:
            connections.close_all()

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.worker.running = False
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


class SerialWorker:
    """The same loop and ticks taking turns in one thread, for SQLite: its test database is
    in memory, where a second connection finds a table locked instead of waiting its turn.
    The test reads the database only through ``seen``, filled by this thread."""

    def __init__(self, probe, tick: float = 0.2):
        self.probe, self.tick, self.seen = probe, tick, False
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        try:
            while not self.stop.is_set():
                with transaction.atomic():
                    schedule.enqueue_due()
                Worker(
                    queue_names=["default"],
                    interval=0,
                    batch=True,
                    backend_name="default",
                    startup_delay=False,
                    max_tasks=None,
                    worker_id="outage-test",
                    excluded_queue_names=[],
                ).run()
                self.seen = self.seen or self.probe()
                self.stop.wait(self.tick)
        finally:
            connections.close_all()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=60)


def tried_while_down() -> bool:
    return (
        Notification.objects.filter(attempts__gte=1, sent_at=None).exists()
        and Delivery.objects.filter(state="retrying").exists()
    )


@pytest.mark.django_db(transaction=True)
def test_after_an_outage_the_worker_alone_delivers_everything_once(
    settings, reference_data, monkeypatch
):
    sink = RunningSink(Sink())  # its port is chosen; nothing listens there yet
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", sink.port, 5
    settings.PLENARIA_MAIL_RETRY_SECONDS = [1]
    settings.PLENARIA_MAIL_MAX_ATTEMPTS = 1000
    settings.PLENARIA_JOB_SECONDS = {
        "registration.send_notifications": 1,
        "circulars.send_deliveries": 1,
    }
    monkeypatch.setattr(wake, "_window_closes", None)

    register(open_event(), email="ada@example.org")
    ContactFactory(organisation=OrganisationFactory(category="academia"), email="dg@uni.org")
    letter = issued_letter(["academia"])
    assert dispatch.start_dispatch(None, letter) == 1

    if connection.vendor == "postgresql":  # real threads, each with its connection
        worker, seen = RunningWorker(), tried_while_down
    else:
        worker = SerialWorker(probe=tried_while_down)
        seen = lambda: worker.seen  # noqa: E731
    with worker:
        wait_for(seen, 60, "both messages tried while the mail server is down")
        with sink:
            wait_for(
                lambda: len(sink.sink.received) >= 2,
                60,
                "both messages delivered once the mail server is back",
            )
            time.sleep(3)  # three more periods: nothing is sent again

    assert sorted(sink.sink.recipients()) == ["ada@example.org", "dg@uni.org"]
    notification = Notification.objects.get()
    assert notification.sent_at and notification.attempts >= 2 and not notification.failed_at
    delivery = Delivery.objects.get()
    assert delivery.state == "sent" and delivery.attempts >= 2
    assert delivery.sent_at - delivery.created_at < datetime.timedelta(minutes=1)
