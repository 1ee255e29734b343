"""Sessions that ask for the second factor before any page, and staff sessions that end when idle.

``SecondFactorMiddleware`` (after django-otp's ``OTPMiddleware``): a signed-in person who must
confirm the sign-in with a code and has not done so yet in this session is sent to the code
step (or, for the secretariat without an authenticator, to set one up) from every page but
the sign-in pages themselves, the language switch and static files; the API answers 403 in
its JSON shape. This covers the admin and its own login page as much as the site's. What a
session owes is decided at sign-in (``sessions.remember_at_sign_in``), so a session that owes
nothing costs no query here.

``StaffIdleMiddleware``: a staff session expires ``PLENARIA_STAFF_IDLE_MINUTES`` after its
last request (set at sign-in, renewed at most once a minute, to spare a write per request);
other sessions keep ``SESSION_COOKIE_AGE``.
"""

from django.contrib.auth import SESSION_KEY
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from plenaria.accounts import sessions, twofactor

OPEN_PREFIXES = ("/static/", "/media/", "/i18n/", "/favicon")


def _signed_in(request) -> bool:
    session = getattr(request, "session", None)
    return session is not None and SESSION_KEY in session and request.user.is_authenticated


def _is_open(request) -> bool:
    if request.path_info.startswith(OPEN_PREFIXES):
        return True
    return getattr(request.resolver_match, "app_name", None) == "accounts"


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.session.get(twofactor.STEP_KEY) == "" or not _signed_in(request):
            return None
        if _is_open(request):
            return None
        step = twofactor.session_step(request)
        if not step:
            return None
        if request.path_info.startswith("/api/"):
            detail = _("Confirm your sign-in with the code from your authenticator app first.")
            return JsonResponse({"detail": detail, "errors": {}}, status=403)
        name = "accounts:verify" if step == "verify" else "accounts:two_factor"
        return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")


class StaffIdleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not _signed_in(request):
            return response
        session = request.session
        if twofactor.STAFF_KEY not in session:
            session[twofactor.STAFF_KEY] = twofactor.is_staff_member(request.user)
        if session[twofactor.STAFF_KEY]:
            sessions.renew_staff_session(session)
        return response
