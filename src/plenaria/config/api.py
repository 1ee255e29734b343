"""The programmable interface, version 1: one NinjaAPI mounted at /api/v1/.

Every refusal is a JSON body: ``{"detail": "…", "errors": {"field": ["…"]}}`` with 400 for a
rule of the platform, 422 for input of the wrong shape, 415 for a body not sent as
``application/json``, 401/403/404 otherwise; never a 500
for anything a caller can send. Pages are signed in with the Django session, and unsafe
methods then need the CSRF token, as on the site.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaError
from ninja.security import django_auth

from plenaria.contributions.activity_api import router as activities_router
from plenaria.contributions.api import router as pledges_router
from plenaria.core.input_guard import StorableJSONParser, UnstorableText
from plenaria.registration.api import router as registration_router


class NotJson(ValueError):
    """A body sent without ``Content-Type: application/json``."""


class JsonOnlyParser(StorableJSONParser):
    """Reads a body only when it says it is JSON. A browser sends ``text/plain`` or a form to
    any site without asking first, so a page elsewhere could otherwise post JSON written as
    text through its visitors' browsers; ``application/json`` needs the site's consent."""

    def parse_body(self, request):
        if request.content_type != "application/json":
            raise NotJson(
                _("Send the body as JSON, with the header Content-Type: application/json.")
            )
        return super().parse_body(request)


api = NinjaAPI(
    title="Plenaria",
    version="1",
    description="Registration and delegations of Plenaria's events; Partner2Connect pledges.",
    urls_namespace="api",
    auth=django_auth,
    # Refuses NUL characters and lone surrogates anywhere in a JSON body (see core.input_guard).
    parser=JsonOnlyParser(),
    # The docs page's assets come from the app; no badge fetched from swagger.io's validator.
    docs=Swagger(settings={"validatorUrl": None}),
)
api.add_router("/", registration_router)
api.add_router("/pledges/", pledges_router)
api.add_router("/activities/", activities_router)


def error_body(detail: str, errors: dict[str, list[str]] | None = None) -> dict:
    return {"detail": detail, "errors": errors or {}}


def messages_by_field(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return error.message_dict
    return {"__all__": error.messages}


@api.exception_handler(ValidationError)
def refused(request, error: ValidationError):
    errors = messages_by_field(error)
    detail = " ".join(message for messages in errors.values() for message in messages)
    return api.create_response(request, error_body(detail, errors), status=400)


@api.exception_handler(SchemaError)
def wrong_shape(request, error: SchemaError):
    errors: dict[str, list[str]] = {}
    for item in error.errors:
        # "loc" is e.g. ("body", "payload", "year_of_birth"): keep what names the field.
        names = [str(part) for part in item.get("loc", ()) if part not in ("body", "payload")]
        errors.setdefault(".".join(names) or "__all__", []).append(str(item.get("msg", "")))
    return api.create_response(
        request, error_body(_("The request is not well formed."), errors), status=422
    )


@api.exception_handler(Http404)
def not_found(request, error):
    message = str(error) if error.args else _("Not found.")
    return api.create_response(request, error_body(message), status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request, error):
    message = str(error) if error.args else _("You may not do this.")
    return api.create_response(request, error_body(message), status=403)


@api.exception_handler(AuthenticationError)
def not_signed_in(request, error):
    return api.create_response(request, error_body(_("Sign in first.")), status=401)


@api.exception_handler(HttpError)
def http_error(request, error: HttpError):
    # Ninja raises these for a failed CSRF check (403) and a body that is not JSON (400).
    if isinstance(error.__cause__, NotJson):
        return api.create_response(request, error_body(str(error.__cause__)), status=415)
    if isinstance(error.__cause__, UnstorableText):
        return api.create_response(request, error_body(str(error.__cause__)), status=400)
    message = {
        400: _("The request body is not valid JSON."),
        403: _("The security token (CSRF) is missing or wrong."),
    }.get(error.status_code, str(error))
    return api.create_response(request, error_body(message), status=error.status_code)
