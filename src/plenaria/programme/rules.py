"""Who may see what in a programme."""

from plenaria.core.roles import is_secretariat


def can_see_remote_link(user, session) -> bool:
    """The remote link is for registered participants only.

    Until registrations exist, only the secretariat sees it; the registration app extends this
    rule to the session's registered participants.
    """
    return bool(session.remote_link) and is_secretariat(user)


def can_see_warnings(user) -> bool:
    return is_secretariat(user)
