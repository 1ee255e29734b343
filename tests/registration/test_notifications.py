"""One recorded notification per change of status, sent once, in the registrant's language."""

import pytest
from django.core import mail
from django.db import IntegrityError

from plenaria.registration import services
from plenaria.registration.models import Notification
from plenaria.registration.notifications import deliver, send_unsent
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def test_pending_acknowledgement_says_it_is_not_a_confirmation(
    rwanda, django_capture_on_commit_callbacks
):
    event = open_event(approval_required=True)
    with django_capture_on_commit_callbacks(execute=True):
        register(event, organisation=rwanda, language="en", email="ada@example.org")
    (message,) = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "not yet a confirmation" in message.body
    assert "/en/registration/mine/" in message.body


def test_mail_is_in_the_registrants_language_and_never_sent_twice(
    django_capture_on_commit_callbacks,
):
    event = open_event(in_person_capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        seated = register(event, language="fr")
        waiting = register(event, language="fr")
        services.cancel(None, seated)
    kinds = list(Notification.objects.order_by("id").values_list("kind", flat=True))
    assert kinds == ["seated", "waiting", "cancelled", "promoted"]
    assert len(mail.outbox) == 4
    assert all(n.sent_at for n in Notification.objects.all())
    promoted = mail.outbox[-1]
    assert promoted.to == [waiting.email]
    assert "/fr/registration/mine/" in promoted.body

    assert send_unsent() == 0
    assert deliver(Notification.objects.last().pk) is False
    assert len(mail.outbox) == 4
    with pytest.raises(IntegrityError):
        Notification.objects.create(registration=waiting, sequence=1, kind="waiting", language="fr")


def test_a_rush_queues_one_sending_task_a_second_which_sends_them_all(
    settings, django_capture_on_commit_callbacks, monkeypatch
):
    """With a queue that can defer, the first notification of a second queues one task to
    run when the second is over; the others ride on it, and it sends every one of them."""
    from django_tasks_db.models import DBTaskResult

    from plenaria.registration import wake

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(wake, "_window_closes", None)
    event = open_event()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            register(event, email=f"p{n}@example.org")
    (queued,) = DBTaskResult.objects.all()
    first = Notification.objects.order_by("created_at").first()
    assert queued.run_after > first.created_at
    assert queued.task_path.endswith("send_notifications") and not mail.outbox

    assert send_unsent() == 5  # what the queued task runs
    assert sorted(m.to[0] for m in mail.outbox) == [f"p{n}@example.org" for n in range(5)]

    monkeypatch.setattr(wake, "_window_closes", wake._window_closes - wake.WINDOW)
    with django_capture_on_commit_callbacks(execute=True):
        register(event, email="late@example.org")
    assert DBTaskResult.objects.count() == 2  # a new second, a new task
