"""What a session knows from its sign-in, and how long a staff session lives.

Decided once at sign-in (the site's, the admin's, a test's ``force_login``), so that most
requests need no query: what the session still owes for two-factor sign-in, and whether it
is a staff session. A staff session's expiry is set at sign-in and renewed by
``StaffIdleMiddleware`` at most once a minute, to spare a write per request.
"""

import time

from django.conf import settings

from plenaria.accounts import twofactor

RENEWED_KEY = "plenaria_renewed"


def renew_staff_session(session, force: bool = False) -> None:
    now = int(time.time())
    if force or now - session.get(RENEWED_KEY, 0) >= 60:
        minutes = int(getattr(settings, "PLENARIA_STAFF_IDLE_MINUTES", 30))
        session.set_expiry(minutes * 60)
        session[RENEWED_KEY] = now


def remember_at_sign_in(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    request.session[twofactor.STEP_KEY] = twofactor.step_needed(user)
    staff = request.session[twofactor.STAFF_KEY] = twofactor.is_staff_member(user)
    if staff:
        renew_staff_session(request.session, force=True)
