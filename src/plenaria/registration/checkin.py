"""Checking a participant in at the desk, once per event-local day: from their badge's code,
or, when the badge is lost, by finding them by name."""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plenaria.core import audit, names
from plenaria.core.collation import by_name
from plenaria.core.services import save_validated
from plenaria.core.timezones import format_time, get_zone, zone_label
from plenaria.registration.badges import MAX_CODE_LENGTH, badge_from_code
from plenaria.registration.choices import ADMITTED, Mode, Status
from plenaria.registration.models import CheckIn, Registration


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: ``outcome`` is "checked_in", "already", "refused" or "search"
    (a typed name: ``matches`` lists the people it may be)."""

    outcome: str
    message: str
    registration: Registration | None = None
    matches: list = field(default_factory=list)

    @property
    def admitted(self) -> bool:
        return self.outcome in ("checked_in", "already")


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

    return _record(actor, event, registration, badge, now, action="check in")


def _record(actor, event, registration, badge, now, *, action) -> CheckInResult:
    """Record ``registration``'s arrival today, unless it is already recorded."""
    zone = get_zone(event.timezone)
    now = now or timezone.now()
    day = now.astimezone(zone).date()
    earlier = CheckIn.objects.filter(registration=registration, day=day).first()
    if earlier is None:
        try:
            with transaction.atomic():
                arrival = CheckIn(
                    registration=registration,
                    badge=badge,
                    day=day,
                    checked_in_at=now,
                    by=_user(actor),
                )
                if badge is None:  # found by name, and never given a badge
                    arrival.full_clean(exclude=["badge"])
                    arrival.save()
                    audit.record(actor, action, arrival, audit.snapshot(arrival))
                else:
                    save_validated(actor, arrival, action=action)
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


# A badge's code is "<number>.<key>:<signature>"; anything else typed at the desk is a name.
CODE_SHAPE = re.compile(r"^\d+\.\S+:\S+$")
MAX_MATCHES = 20


def looks_like_code(text: str) -> bool:
    return bool(CODE_SHAPE.match((text or "").strip()))


def expected(event):
    """Who may be checked in: the event's people admitted to attend in person."""
    return Registration.objects.filter(
        event=event, mode=Mode.IN_PERSON, status=ADMITTED[Mode.IN_PERSON]
    )


def find_by_name(event, text: str) -> CheckInResult:
    """The admitted in-person participants whose names contain every word typed."""
    found = expected(event).select_related("organisation")
    typed = names.all_words(text, "first_name", "last_name")
    if typed is not None:
        found = found.filter(typed)
    ordered = found.order_by(*by_name("last_name", "first_name"), "pk")
    matches = list(ordered[:MAX_MATCHES])
    if not matches:
        return CheckInResult(
            "search",
            _("No one admitted in person to this event is called “%(text)s”.") % {"text": text},
        )
    return CheckInResult(
        "search",
        ngettext(
            "%(count)d person matches “%(text)s”: check their identity, then check them in.",
            "%(count)d people match “%(text)s”: check their identity, then check them in.",
            len(matches),
        )
        % {"count": len(matches), "text": text},
        matches=matches,
    )


def check_in_typed(actor, event, text: str, now=None) -> CheckInResult:
    """What the desk does with typed text: a badge's code checks in, a name is looked up."""
    text = (text or "").strip()
    if not text or len(text) > MAX_CODE_LENGTH or looks_like_code(text):
        return check_in(actor, event, text, now)
    return find_by_name(event, text)


def check_in_by_name(actor, event, registration_pk, now=None) -> CheckInResult:
    """Check in a person found by name (their badge lost): only someone admitted in person
    to this event; the audit log records that no badge was shown."""
    try:
        registration = expected(event).get(pk=int(registration_pk))
    except (TypeError, ValueError, Registration.DoesNotExist):
        return _refused(_("This person is not admitted to attend this event in person."))
    badge = registration.badges.filter(revoked_at__isnull=True).order_by("-pk").first()
    return _record(actor, event, registration, badge, now, action="check in by name")


def arrivals_today(event, now=None) -> dict:
    """How many people have arrived today (the event's calendar) against how many are expected."""
    day = (now or timezone.now()).astimezone(get_zone(event.timezone)).date()
    return {
        "arrived": CheckIn.objects.filter(registration__event=event, day=day).count(),
        "expected": expected(event).count(),
    }


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None
