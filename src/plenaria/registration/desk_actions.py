"""What the secretariat does to one registration beyond deciding, changing and cancelling
(``services``): give a place from the waiting list, correct a person's details, and send the
private link again. Each change is validated and logged; the log holds no personal value."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.core import audit
from plenaria.core.roles import is_secretariat
from plenaria.core.services import save_validated
from plenaria.registration import services
from plenaria.registration.choices import ADMITTED, NotificationKind, Status
from plenaria.registration.models import Notification, Registration
from plenaria.registration.wake import wake_sender

# The personal details the secretariat may correct.
DETAILS = ["first_name", "last_name", "email", "gender", "year_of_birth", "nationality"]
# The same link is not queued twice within this time (a double click, a reload).
RESEND_GUARD = datetime.timedelta(minutes=1)


def _secretariat_only(actor) -> None:
    if actor is None or not is_secretariat(actor):
        raise ValidationError(_("Only the secretariat may do this."))


def places(conf, mode) -> tuple[int, int | None]:
    """The places taken in ``mode`` and its limit (None: no limit)."""
    return services._admitted_count(conf, mode), conf.capacity_for(mode)


def promote(actor, registration: Registration) -> Registration:
    """Give a waiting registration its place now, even beyond the limit of places: the
    secretariat's decision. The person is told as when a place frees up."""
    _secretariat_only(actor)
    with transaction.atomic(), services._seat_lock(actor, registration.event_id):
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Status.WAITING:
            raise ValidationError(_("This registration is not on the waiting list."))
        services._set_status(
            actor,
            registration,
            ADMITTED[registration.mode],
            NotificationKind.PROMOTED,
            "promoted by the secretariat",
        )
    return registration


def correct_details(actor, registration: Registration, **values) -> Registration:
    """Correct a person's name, address, gender, year of birth or nationality. The log says
    which fields changed, never their values."""
    _secretariat_only(actor)
    unknown = set(values) - set(DETAILS)
    if unknown:
        raise ValidationError(_("These details cannot be corrected here."))
    with transaction.atomic():
        registration = Registration.objects.select_for_update(of=("self",)).get(pk=registration.pk)
        if registration.erased_at is not None:
            raise ValidationError(_("This person's data has been erased."))
        for name, value in values.items():
            setattr(registration, name, value)
        save_validated(actor, registration, action="details corrected by the secretariat")
    return registration


def resend_link(actor, registration: Registration, *, now=None) -> Notification:
    """Send the private link to the registration's address again."""
    _secretariat_only(actor)
    now = now or timezone.now()
    with transaction.atomic():
        registration = Registration.objects.select_for_update(of=("self",)).get(pk=registration.pk)
        if registration.erased_at is not None:
            raise ValidationError(_("This person's data has been erased."))
        recent = registration.notifications.filter(
            kind=NotificationKind.LINK, created_at__gt=now - RESEND_GUARD
        )
        if recent.exists():
            raise ValidationError(_("The link was sent less than a minute ago."))
        notification = Notification.objects.create(
            registration=registration,
            sequence=None,
            kind=NotificationKind.LINK,
            language=registration.language,
        )
        audit.record(actor, "private link sent by the secretariat", registration)
        transaction.on_commit(wake_sender)
    return notification
