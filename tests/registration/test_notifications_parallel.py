"""Two senders at once (the woken task and the periodic job, or two workers) send each
notification once, and neither holds a lock while the mail server answers."""

import threading

import pytest
from django.db import connection, connections

from plenaria.registration import wake
from plenaria.registration.models import Notification
from plenaria.registration.notifications import send_unsent
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.registration.factories import open_event, register

PEOPLE = 20


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_send_each_notification_once(settings, reference_data, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # queued only
    monkeypatch.setattr(wake, "_window_closes", None)
    event = open_event()
    for n in range(PEOPLE):
        register(event, email=f"p{n}@example.org")
    start, sent, errors = threading.Barrier(2), [], []

    def sender():
        try:
            start.wait(timeout=30)
            sent.append(send_unsent())
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    with RunningSink(Sink(delay=0.02)) as running:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", running.port
        threads = [threading.Thread(target=sender) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert not errors
    recipients = running.sink.recipients()
    assert sorted(recipients) == sorted(f"p{n}@example.org" for n in range(PEOPLE))
    assert sum(sent) == PEOPLE and all(sent)  # both sent some: they really ran together
    assert not Notification.objects.filter(sent_at=None).exists()
    assert set(Notification.objects.values_list("attempts", flat=True)) == {1}
