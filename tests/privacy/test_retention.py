"""Personal data erased by the periodic jobs once its retention period is over."""

import datetime

import pytest
from django.utils import timezone

from plenaria.circulars.models import Delivery
from plenaria.core import schedule
from plenaria.core.models import AuditEntry
from plenaria.events.models import Event
from plenaria.registration.models import Registration
from tests.circulars.factories import LetterFactory
from tests.privacy.conftest import PASSPORT, tables_holding
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def _ended(event, days_ago: float):
    end = timezone.now() - days_ago * DAY
    Event.objects.filter(pk=event.pk).update(start=end - DAY, end=end)


def test_privacy_jobs_are_on_the_schedule():
    assert {
        "privacy.passports",
        "privacy.registrations",
        "privacy.unconfirmed",
        "privacy.deliveries",
        "privacy.audit",
        "privacy.tasks",
        "privacy.sessions",
        "privacy.signins",
    } <= set(schedule.discover())


def test_passport_details_leave_no_copy_once_the_event_is_over(person):
    schedule.run("privacy.passports")
    assert tables_holding(PASSPORT)  # the event is still to come
    _ended(person["event"], 0.5)
    assert schedule.run("privacy.passports") == 1
    registration = Registration.objects.get(pk=person["registration"].pk)
    assert (registration.passport_number, registration.passport_expiry) == ("", None)
    assert registration.first_name == "Amina"  # the rest is kept until its own period ends
    assert tables_holding(PASSPORT) == []
    assert tables_holding("2031-01-01") == []
    assert schedule.run("privacy.passports") == 0


def test_passport_retention_is_a_setting(person, settings):
    settings.PLENARIA_RETENTION_PASSPORT_DAYS = 7
    _ended(person["event"], 3)
    assert schedule.run("privacy.passports") == 0
    _ended(person["event"], 8)
    assert schedule.run("privacy.passports") == 1


def test_registrations_of_events_long_over_are_pseudonymised(person, settings):
    recent = open_event(event=None)
    kept = register(recent, last_name="Mugisha")
    _ended(recent, 10)
    _ended(person["event"], settings.PLENARIA_RETENTION_REGISTRATION_DAYS + 1)
    assert schedule.run("privacy.registrations") == 1
    old = Registration.objects.get(pk=person["registration"].pk)
    assert old.erased_at and old.first_name == "Erased" and old.status == "seated"
    assert Registration.objects.get(pk=kept.pk).last_name == "Mugisha"


def test_unconfirmed_cancelled_registrations_go_sooner(settings):
    event = open_event(event=None)
    lapsed = register(event, last_name="Lapsed")
    confirmed = register(event, last_name="Confirmed")
    Registration.objects.filter(pk__in=[lapsed.pk, confirmed.pk]).update(
        status="cancelled", updated_at=timezone.now() - 31 * DAY
    )
    Registration.objects.filter(pk=confirmed.pk).update(confirmed_at=timezone.now() - 40 * DAY)
    assert schedule.run("privacy.unconfirmed") == 1
    assert Registration.objects.get(pk=lapsed.pk).erased_at is not None
    assert Registration.objects.get(pk=confirmed.pk).last_name == "Confirmed"


def test_old_deliveries_lose_their_address_and_answer(settings):
    letter = LetterFactory()
    old = Delivery.objects.create(
        letter=letter, email="old@example.org", language="en", state="failed", last_error="550"
    )
    queued = Delivery.objects.create(letter=letter, email="queued@example.org", language="en")
    new = Delivery.objects.create(
        letter=letter, email="new@example.org", language="en", state="sent"
    )
    Delivery.objects.filter(pk__in=[old.pk, queued.pk]).update(
        created_at=timezone.now() - (settings.PLENARIA_RETENTION_DELIVERY_DAYS + 1) * DAY
    )
    assert schedule.run("privacy.deliveries") == 1
    old.refresh_from_db()
    assert (old.email, old.last_error, old.state) == (
        f"erased-delivery-{old.pk}@erased.invalid",
        "",
        "failed",
    )
    assert Delivery.objects.filter(email__in=["queued@example.org", "new@example.org"]).count() == 2
    assert new.pk


def test_old_audit_entries_are_removed(person, settings):
    before = AuditEntry.objects.count()
    first = AuditEntry.objects.order_by("pk").first()
    AuditEntry.objects.filter(pk=first.pk).update(
        at=timezone.now() - (settings.PLENARIA_RETENTION_AUDIT_DAYS + 1) * DAY
    )
    assert schedule.run("privacy.audit") == 1
    assert AuditEntry.objects.count() == before - 1


def test_old_task_results_are_removed(settings):
    from django_tasks_db.models import DBTaskResult

    from plenaria.core import tasks

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    old = tasks.run_periodic.enqueue("privacy.audit")
    recent = tasks.run_periodic.enqueue("privacy.audit")
    finished = timezone.now() - (settings.PLENARIA_RETENTION_TASK_DAYS + 1) * DAY
    DBTaskResult.objects.filter(pk=old.id).update(status="SUCCESSFUL", finished_at=finished)
    DBTaskResult.objects.filter(pk=recent.id).update(
        status="SUCCESSFUL", finished_at=timezone.now()
    )
    assert schedule.run("privacy.tasks") == 1
    assert [str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)] == [recent.id]
