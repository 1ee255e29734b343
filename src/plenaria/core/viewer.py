"""The viewer's own time zone, chosen on a page and remembered for the visit."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from plenaria.core.timezones import validate_timezone

SESSION_KEY = "viewer_timezone"


def viewer_zone(request) -> str | None:
    """``?tz=Asia/Tokyo`` sets the zone, ``?tz=`` clears it; an unknown zone is refused."""
    if "tz" in request.GET:
        wanted = request.GET["tz"].strip()[:64]
        if not wanted:
            request.session.pop(SESSION_KEY, None)
            return None
        try:
            validate_timezone(wanted)
        except ValidationError:
            messages.error(request, _("“%(zone)s” is not a known time zone.") % {"zone": wanted})
        else:
            request.session[SESSION_KEY] = wanted
    return request.session.get(SESSION_KEY)
