"""Retention, run from the periodic schedule (``plenaria worker``): each job is one call to
``retention``, for one kind of personal data."""

from datetime import timedelta

from plenaria.core.schedule import periodic
from plenaria.privacy import retention

HOURLY = timedelta(hours=1)
DAILY = timedelta(days=1)


@periodic("privacy.passports", every=HOURLY)
def forget_passports():
    return retention.passports()


@periodic("privacy.registrations", every=HOURLY)
def pseudonymise_old_registrations():
    return retention.registrations()


@periodic("privacy.unconfirmed", every=HOURLY)
def pseudonymise_lapsed_registrations():
    return retention.unconfirmed()


@periodic("privacy.deliveries", every=HOURLY)
def pseudonymise_old_deliveries():
    return retention.deliveries()


@periodic("privacy.audit", every=DAILY)
def remove_old_audit_entries():
    return retention.audit_entries()


@periodic("privacy.tasks", every=DAILY)
def remove_old_task_results():
    return retention.task_results()


@periodic("privacy.sessions", every=DAILY)
def remove_expired_sessions():
    return retention.sessions()


@periodic("privacy.signins", every=DAILY)
def remove_old_signin_records():
    return retention.signin_records()
