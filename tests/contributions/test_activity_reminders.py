"""Submitters of approved activities get a reminder a week before and, after the day, a
request for the outcome: exactly once each, in their language, however often the daily
jobs run, also from two workers at once."""

import datetime
import threading
import zoneinfo

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone, translation
from django.utils.formats import date_format

from plenaria.contributions.activities.reminders import ask_for_outcomes, remind_upcoming
from plenaria.contributions.activity_jobs import ask_activity_outcomes, remind_activities
from plenaria.contributions.models import ActivityOutcome
from plenaria.core.schedule import discover
from tests.contributions.activity_factories import ActivityFactory, CallFactory
from tests.contributions.factories import UserFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def approved(starts_in: datetime.timedelta, **kwargs):
    starts = timezone.now() + starts_in
    return ActivityFactory(
        call=CallFactory(),
        status="published",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        **kwargs,
    )


def test_a_reminder_goes_once_a_week_before_in_the_submitters_language(
    django_capture_on_commit_callbacks,
):
    soon = approved(5 * DAY, language="fr", title={"en": "Digital day", "fr": "Journée numérique"})
    approved(20 * DAY)  # too early for a reminder
    ActivityFactory(call=CallFactory(), status="submitted", starts_at=timezone.now() + 3 * DAY,
                    ends_at=timezone.now() + 4 * DAY)  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_activities() == 1
        assert remind_upcoming() == 0
        assert remind_activities() == 0
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [soon.submitted_by.email]
    assert "Journée numérique" in sent.subject
    local = soon.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/Zurich"))
    with translation.override("fr"):
        assert date_format(local, "j F Y, H:i") in sent.body  # the French month, local time
    assert f"/fr/activities/{soon.call.slug}/{soon.pk}/" in sent.body
    soon.refresh_from_db()
    assert soon.reminded_at is not None


def test_the_outcome_is_asked_once_after_the_end_unless_already_told(
    django_capture_on_commit_callbacks,
):
    ended = approved(-2 * DAY)
    told = approved(-2 * DAY)
    ActivityOutcome.objects.create(activity=told, participants=40)
    approved(-400 * DAY)  # long past: not asked years later
    approved(DAY)  # not over yet
    with django_capture_on_commit_callbacks(execute=True):
        assert ask_activity_outcomes() == 1
        assert ask_for_outcomes() == 0
    assert [message.to for message in mail.outbox] == [[ended.submitted_by.email]]
    assert f"/en/activities/mine/{ended.pk}/outcome/" in mail.outbox[0].body
    ended.refresh_from_db()
    assert ended.outcome_asked_at is not None


def test_both_jobs_are_registered_daily():
    jobs = discover()
    for name in ("contributions.remind_activities", "contributions.ask_activity_outcomes"):
        assert jobs[name].every == DAY


@pytest.mark.django_db(transaction=True)
def test_two_workers_together_queue_each_mail_once(settings, reference_data):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for n in range(20):
        approved(3 * DAY, submitted_by=UserFactory(username=f"organiser{n}"))
    start, counted, errors = threading.Barrier(2), [], []

    def worker():
        try:
            start.wait(timeout=30)
            counted.append(remind_upcoming())
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors and sum(counted) == 20
    recipients = sorted(task.args_kwargs["args"][0] for task in DBTaskResult.objects.all())
    assert recipients == sorted(f"organiser{n}@example.org" for n in range(20))
