"""Who may act on which registration, in one place."""

from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of


def is_focal_point_for(user, organisation_id) -> bool:
    return bool(organisation_id and organisations_of(user).filter(pk=organisation_id).exists())


def may_manage(user, registration) -> bool:
    """The secretariat manages every registration; a focal point only their organisation's."""
    if user is None or not user.is_authenticated:
        return False
    return is_secretariat(user) or is_focal_point_for(user, registration.organisation_id)


def may_print_badges(user, organisation_id=None) -> bool:
    """The secretariat prints any badge; a focal point only their own delegation's."""
    if user is None or not user.is_authenticated:
        return False
    return is_secretariat(user) or is_focal_point_for(user, organisation_id)


def may_check_in(user) -> bool:
    """Only the secretariat's desk staff check people in."""
    return is_secretariat(user)
