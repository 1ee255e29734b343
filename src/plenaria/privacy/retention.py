"""Personal data kept no longer than its purpose: each kind is erased after the period set
for it (``PLENARIA_RETENTION_*_DAYS``, see docs/security.md), by the jobs in ``jobs.py``.

Each function erases at most ``BATCH`` rows per run, in one transaction, and returns how many;
the job runs again an hour later for the rest.
"""

import datetime
from contextlib import suppress
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from plenaria.circulars import personal_data as circulars_data
from plenaria.core.models import AuditEntry
from plenaria.registration import personal_data as registration_data
from plenaria.registration.choices import Status
from plenaria.registration.models import Registration

BATCH = 1000


def _days(name: str) -> int:
    return int(getattr(settings, name))


def _before(name: str, now=None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=_days(name))


def passports(now=None) -> int:
    """Passport details, once the visa letter has served: after the event's end."""
    return registration_data.forget_passports(
        None, now=now, after_days=_days("PLENARIA_RETENTION_PASSPORT_DAYS")
    )


def registrations(now=None) -> int:
    """Registrations of events that ended longer ago than their retention: pseudonymised."""
    ended = Registration.objects.filter(
        event__end__lt=_before("PLENARIA_RETENTION_REGISTRATION_DAYS", now)
    )
    return registration_data.erase_registrations(None, ended, now=now, limit=BATCH)


def unconfirmed(now=None) -> int:
    """Cancelled registrations whose address was never confirmed (lapsed, or withdrawn at
    once): pseudonymised sooner, as the person never took part."""
    lapsed = Registration.objects.filter(
        status=Status.CANCELLED,
        confirmed_at__isnull=True,
        updated_at__lt=_before("PLENARIA_RETENTION_UNCONFIRMED_DAYS", now),
    )
    return registration_data.erase_registrations(None, lapsed, now=now, limit=BATCH)


def deliveries(now=None) -> int:
    """The addresses and mail servers' answers of letters delivered long ago."""
    return circulars_data.expire_deliveries(
        None, after_days=_days("PLENARIA_RETENTION_DELIVERY_DAYS"), now=now, limit=BATCH
    )


def audit_entries(now=None) -> int:
    """Audit entries older than their retention (they name the officer who acted)."""
    old = AuditEntry.objects.filter(at__lt=_before("PLENARIA_RETENTION_AUDIT_DAYS", now))
    ids = list(old.order_by("at").values_list("pk", flat=True)[: BATCH * 10])
    return AuditEntry.objects.filter(pk__in=ids).delete()[0]


def task_results(now=None) -> int:
    """Finished background tasks' results and errors (an error's text may quote data)."""
    if not apps.is_installed("django_tasks_db"):
        return 0
    from django_tasks_db.models import DBTaskResult

    cutoff = _before("PLENARIA_RETENTION_TASK_DAYS", now)
    old = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff)
    ids = list(old.values_list("pk", flat=True)[: BATCH * 10])
    return DBTaskResult.objects.filter(pk__in=ids).delete()[0]


def sessions(now=None) -> int:
    """Expired sessions (they may hold a person's address being looked up). Returns 0: the
    session engine does not say how many it removed."""
    engine = import_module(settings.SESSION_ENGINE)
    # An engine whose sessions expire by themselves has nothing to clear.
    with suppress(NotImplementedError):
        engine.SessionStore.clear_expired()
    return 0


def signin_records(now=None) -> int:
    """Sign-in records (account name, network address, browser) older than their retention."""
    if not apps.is_installed("axes"):
        return 0
    cutoff = _before("PLENARIA_RETENTION_SIGNIN_DAYS", now)
    removed = 0
    for name in ("AccessLog", "AccessFailureLog", "AccessAttempt"):
        model = apps.get_model("axes", name)
        removed += model.objects.filter(attempt_time__lt=cutoff).delete()[0]
    return removed
