"""Who may act on which registration, in one place."""

from django.utils import timezone

from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES, EventStatus

# Where an event stands for its focal points (``focal_window``).
OPEN, UPCOMING, PAST = "open", "upcoming", "past"


def is_focal_point_for(user, organisation_id) -> bool:
    return bool(organisation_id and organisations_of(user).filter(pk=organisation_id).exists())


def focal_window(event, conf, now=None) -> str | None:
    """How a focal point sees an event: ``None`` for a draft (not shown at all); ``PAST``
    once the event is closed or archived or its registration has closed (read only);
    ``UPCOMING`` before its registration opens (shown, nothing to do yet); else ``OPEN``,
    the only time a focal point decides and registers delegates. Registering them earlier
    would take seats before the public can ask for one."""
    if event.status not in PUBLIC_STATUSES:
        return None
    now = now or timezone.now()
    if event.status != EventStatus.PUBLISHED or now >= conf.closes_at:
        return PAST
    if now < conf.opens_at:
        return UPCOMING
    return OPEN


def may_manage(user, registration) -> bool:
    """The secretariat manages every registration; a focal point only their organisation's,
    and never those of an event not yet published."""
    if user is None or not user.is_authenticated:
        return False
    if is_secretariat(user):
        return True
    return registration.event.status in PUBLIC_STATUSES and is_focal_point_for(
        user, registration.organisation_id
    )


def may_act_as_focal_point(user, conf, now=None) -> bool:
    """Decide and register delegates directly: the secretariat at any time, a focal point
    only while the event's registration is open (see ``focal_window``)."""
    if user is None or not user.is_authenticated:
        return False
    return is_secretariat(user) or focal_window(conf.event, conf, now) == OPEN


def may_print_badges(user, organisation_id=None) -> bool:
    """The secretariat prints any badge; a focal point only their own delegation's."""
    if user is None or not user.is_authenticated:
        return False
    return is_secretariat(user) or is_focal_point_for(user, organisation_id)


def may_check_in(user) -> bool:
    """Only the secretariat's desk staff check people in."""
    return is_secretariat(user)
