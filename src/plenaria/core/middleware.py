"""Refuse state-changing requests that another site's page makes a visitor's browser send.

Django's CSRF check guards the forms of a session; this guards every unsafe request, also
those it exempts (the public registration API) and those whose body a browser may send to
any site without asking first (``text/plain``, a form). Browsers say where a request comes
from: ``Sec-Fetch-Site`` (``cross-site`` when another site's page sent it) and ``Origin``.
A POST, PUT, PATCH or DELETE is refused with 403 when either names another site, unless the
origin is in ``CSRF_TRUSTED_ORIGINS``. Requests with neither header — API clients such as
curl or a server's script — pass: no browser sent them on a visitor's behalf.
"""

from fnmatch import fnmatchcase

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _trusted(origin: str) -> bool:
    """An origin named in CSRF_TRUSTED_ORIGINS, where ``https://*.example.org`` is allowed."""
    return any(fnmatchcase(origin, pattern.lower()) for pattern in settings.CSRF_TRUSTED_ORIGINS)


def from_another_site(request) -> bool:
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    origin = origin.strip().lower()
    own = f"{request.scheme}://{request.get_host()}".lower()
    return origin != own and not _trusted(origin)


class SameOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE_METHODS and from_another_site(request):
            return self.refuse(request)
        return self.get_response(request)

    @staticmethod
    def refuse(request):
        # Before the locale middleware: the language is read from the address or the browser.
        with translation.override(translation.get_language_from_request(request, check_path=True)):
            message = _("This request comes from another site: it was refused.")
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message, "errors": {}}, status=403)
        return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")
