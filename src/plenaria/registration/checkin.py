"""Checking a participant in at the desk from their badge's code, once per event-local day."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.core.services import save_validated
from plenaria.core.timezones import format_time, get_zone, zone_label
from plenaria.registration.badges import MAX_CODE_LENGTH, badge_from_code
from plenaria.registration.choices import ADMITTED, Mode, Status
from plenaria.registration.models import CheckIn, Registration


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: ``outcome`` is "checked_in", "already" or "refused"."""

    outcome: str
    message: str
    registration: Registration | None = None

    @property
    def admitted(self) -> bool:
        return self.outcome != "refused"


def _refused(message: str, registration=None) -> CheckInResult:
    return CheckInResult("refused", message, registration)


def _local_time(moment, zone) -> str:
    local = moment.astimezone(zone)
    return f"{format_time(local)} {zone_label(local)}"


def check_in(actor, event, code: str, now=None) -> CheckInResult:
    """Check in the holder of the badge ``code`` for ``event`` today (in the event's zone).

    Nothing is recorded unless the badge is genuine, current, for this event, and its holder
    is still admitted in person; a second scan the same day records nothing either.
    """
    code = (code or "").strip()
    if not code:
        return _refused(_("Scan a badge or type its code."))
    if len(code) > MAX_CODE_LENGTH:
        return _refused(_("This is not a badge code."))
    badge = badge_from_code(code)
    if badge is None:
        return _refused(_("This badge is not genuine: send the person to the registration desk."))
    registration = badge.registration
    if registration.event_id != event.pk:
        return _refused(
            _("This badge is for another event (%(event)s).") % {"event": registration.event},
            registration,
        )
    if badge.revoked_at is not None:
        return _refused(
            _("This badge is no longer valid: it was replaced or withdrawn."),
            registration,
        )
    if registration.status == Status.CANCELLED:
        return _refused(_("This registration is cancelled."), registration)
    if registration.mode != Mode.IN_PERSON or registration.status != ADMITTED[Mode.IN_PERSON]:
        return _refused(_("This person is not admitted to attend in person."), registration)

    zone = get_zone(event.timezone)
    now = now or timezone.now()
    day = now.astimezone(zone).date()
    earlier = CheckIn.objects.filter(registration=registration, day=day).first()
    if earlier is None:
        try:
            with transaction.atomic():
                save_validated(
                    actor,
                    CheckIn(
                        registration=registration,
                        badge=badge,
                        day=day,
                        checked_in_at=now,
                        by=_user(actor),
                    ),
                    action="check in",
                )
        except (IntegrityError, ValidationError):
            # Scanned at two desks at once: the other desk recorded it.
            earlier = CheckIn.objects.filter(registration=registration, day=day).first()
            if earlier is None:
                raise
        else:
            return CheckInResult(
                "checked_in",
                _("%(name)s is checked in.") % {"name": registration.full_name},
                registration,
            )
    return CheckInResult(
        "already",
        _("%(name)s is already checked in at %(time)s.")
        % {"name": registration.full_name, "time": _local_time(earlier.checked_in_at, zone)},
        registration,
    )


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None
