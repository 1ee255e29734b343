"""Who may see what in a programme."""

from plenaria.core.participation import is_admitted
from plenaria.core.roles import is_secretariat


def can_see_remote_link(request, session) -> bool:
    """The remote link is for the secretariat and the event's admitted participants (known
    once they have opened their private registration link in this browser)."""
    if not session.remote_link:
        return False
    return is_secretariat(request.user) or is_admitted(request, session.event_id)


def can_see_warnings(user) -> bool:
    return is_secretariat(user)
