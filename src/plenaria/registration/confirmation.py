"""A registration from the public proves its e-mail address before it keeps its place.

Anyone can type anyone's address into the public form or the API. So the private link goes
only to the address, in the acknowledgement; the registration holds its place (a seat, a turn
on the waiting list, or a pending approval) until ``confirm_by``, and the first opening of the
link confirms the address. Registrations still unconfirmed at their deadline lapse: cancelled,
told so, their places offered to the waiting list through the seat services.

The public is answered the same whether an address was new or registered already, so that the
answer tells no one who is registered; the owner of a registered address is sent their link
again instead (at most once every ``LINK_INTERVAL``), with a line saying someone asked.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from plenaria.core import audit
from plenaria.registration import services
from plenaria.registration.choices import ACTIVE_STATUSES, Mode, NotificationKind, Status
from plenaria.registration.models import Notification, Registration
from plenaria.registration.wake import wake_sender

# The private link is sent again at most this often per registration (no mail-bombing).
LINK_INTERVAL = datetime.timedelta(minutes=15)


def confirm_window() -> datetime.timedelta:
    return datetime.timedelta(hours=getattr(settings, "PLENARIA_CONFIRM_WITHIN_HOURS", 24))


def submit(registration: Registration, *, conf=None, now=None) -> datetime.datetime:
    """Take a registration from the public; returns the deadline to confirm its address.

    The answer is the same for an address registered already: nothing changes, and its owner
    is sent their private link. Any other refusal (a rule, a closed event) is raised."""
    now = now or timezone.now()
    window = confirm_window()
    try:
        services.register(None, registration, now=now, conf=conf, confirm_within=window)
    except ValidationError as error:
        if not _is_duplicate(error):
            raise
        send_link_again(registration.event_id, registration.email, now=now)
    return now + window


def _is_duplicate(error: ValidationError) -> bool:
    errors = getattr(error, "error_dict", {}).get("email", [])
    return any(getattr(item, "code", None) == "duplicate" for item in errors)


def send_link_again(event_id, email: str, *, now=None) -> bool:
    """Send the private link to the owner of the event's registration of ``email`` (not a
    cancelled one), unless it was sent again in the last ``LINK_INTERVAL``. True if queued."""
    now = now or timezone.now()
    with transaction.atomic():
        owner = (
            Registration.objects.select_for_update(of=("self",))
            .filter(event_id=event_id, email=email)
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if owner is None:
            return False
        recent = owner.notifications.filter(
            kind=NotificationKind.LINK, created_at__gt=now - LINK_INTERVAL
        )
        if recent.exists():
            return False
        Notification.objects.create(
            registration=owner, sequence=None, kind=NotificationKind.LINK, language=owner.language
        )
        audit.record(None, "private link sent again", owner)
        transaction.on_commit(wake_sender)
    return True


def confirm_address(registration: Registration, *, now=None) -> Registration:
    """The private link was opened: the first time, the address is confirmed (and logged).
    A registration whose deadline has passed lapses instead, as the periodic job would."""
    now = now or timezone.now()
    if registration.confirmed_at is not None or registration.status not in ACTIVE_STATUSES:
        return registration
    if services._lapsed(registration, now):
        _lapse_event(registration.event_id, now, only=registration.pk)
    else:
        with transaction.atomic():
            confirmed = (
                services._holding(Registration.objects.filter(pk=registration.pk), now)
                .filter(confirmed_at__isnull=True, status__in=ACTIVE_STATUSES)
                .update(confirmed_at=now)
            )
            if confirmed:
                registration.confirmed_at = now
                audit.record(
                    None,
                    "address confirmed",
                    registration,
                    {"confirmed_at": [None, now.isoformat()]},
                )
    registration.refresh_from_db()
    return registration


def lapse_unconfirmed(*, now=None) -> int:
    """Cancel every registration whose address was not confirmed by its deadline, tell each
    person, and offer the places freed to the waiting list. Returns how many lapsed."""
    now = now or timezone.now()
    overdue = _overdue(now).order_by().values_list("event_id", flat=True).distinct()
    return sum(_lapse_event(event_id, now) for event_id in list(overdue))


def _overdue(now):
    return Registration.objects.filter(
        confirmed_at__isnull=True, confirm_by__lte=now, status__in=ACTIVE_STATUSES
    )


def _lapse_event(event_id, now, only=None) -> int:
    """Lapse one event's overdue registrations (or only the one ``only``), under the event's
    seat lock, then fill the places they held."""
    with transaction.atomic(), services._seat_lock(None, event_id) as conf:
        overdue = _overdue(now).filter(event_id=event_id)
        if only is not None:
            overdue = overdue.filter(pk=only)
        lapsed = list(overdue.select_for_update(of=("self",)).order_by("id"))
        for registration in lapsed:
            services._set_status(
                None,
                registration,
                Status.CANCELLED,
                NotificationKind.LAPSED,
                "lapsed: address not confirmed",
            )
        for mode in Mode.values:
            services._fill_free_places(None, conf, mode)
    return len(lapsed)
