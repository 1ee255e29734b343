"""A focal point never sees nor acts on another organisation's people, through any address.

The addresses are read from the URLconf and the API itself: a new page or route of the
registration app fails ``test_every_address_is_checked`` until a check is written for it here.
"""

import json

import pytest
from django.core import signing
from django.urls import URLPattern, URLResolver, reverse

from plenaria.config.api import api
from plenaria.registration import tokens
from plenaria.registration import urls as registration_urls
from plenaria.registration.models import Registration
from tests.registration.factories import open_event, register

# What must never show: the other organisation's people's last name and e-mail addresses.
SECRET_NAME = "Rwandaise-Secret"
SECRET = (SECRET_NAME, "aline.secret@example.org", "seated.secret@example.org")


def page_names(patterns, prefix="") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            names |= page_names(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern):
            names.add(prefix + pattern.name)
    return names


# The API's registration routes; pledges and activities keep their own isolation tests
# (tests/contributions/test_api.py, test_activity_api.py).
REGISTRATION_API = ("/api/v1/events/", "/api/v1/registrations/")


def api_routes() -> set[tuple[str, str]]:
    paths = api.get_openapi_schema()["paths"]
    return {
        (method.upper(), path)
        for path, item in paths.items()
        for method in item
        if path.startswith(REGISTRATION_API)
    }


class Scene:
    """Kenya's focal point, signed in, facing Rwanda's registrations: one pending, one
    seated (so that it could get a badge)."""

    def __init__(self, client, event, theirs, seated, ours):
        self.client, self.event, self.ours = client, event, ours
        self.theirs, self.seated = theirs, seated

    def page(self, name, **kwargs):
        return reverse(f"registration:{name}", kwargs=kwargs)

    def shows_nothing_of_theirs(self, response):
        body = response.content.decode()
        assert not any(secret in body for secret in SECRET), response.request["PATH_INFO"]

    def post_json(self, url, data=None):
        return self.client.post(url, json.dumps(data or {}), content_type="application/json")


def _register_page(s):
    s.shows_nothing_of_theirs(s.client.get(s.page("register", slug=s.event.slug)))


def _received_page(s):
    """The answer to a registration names nobody, whatever its token says."""
    genuine = tokens.make_receipt(s.theirs.created_at, needs_approval=True)
    forged = signing.dumps({"id": s.theirs.pk}, salt=tokens.RECEIPT_SALT)
    for receipt in (genuine, forged, "nonsense"):
        s.shows_nothing_of_theirs(
            s.client.get(s.page("received", slug=s.event.slug, receipt=receipt))
        )


def _mine_page(s):
    forged = signing.dumps({"id": s.theirs.pk, "key": "guessed"}, salt=tokens.SALT)
    url = s.page("mine", token=forged)
    s.shows_nothing_of_theirs(s.client.get(url))
    s.shows_nothing_of_theirs(s.client.post(url, {"action": "cancel"}))


def _login_page(s):
    s.shows_nothing_of_theirs(s.client.get(s.page("login")))


def _delegations_page(s):
    s.shows_nothing_of_theirs(s.client.get(s.page("delegations")))


def _delegation_page(s):
    url = s.page("delegation", slug=s.event.slug)
    s.shows_nothing_of_theirs(s.client.get(url))
    chosen = {"decision": "approve", "registrations": [s.theirs.pk]}
    s.shows_nothing_of_theirs(s.client.post(url, chosen, follow=True))


def _add_page(s):
    url = s.page("add", slug=s.event.slug)
    delegate = {
        "first_name": "Intruder",
        "last_name": "Test",
        "email": "intruder@example.org",
        "gender": "man",
        "organisation": s.theirs.organisation_id,
        "capacity": "delegate",
        "mode": "in_person",
        "consent": "on",
    }
    s.shows_nothing_of_theirs(s.client.post(url, delegate))
    assert not Registration.objects.filter(email="intruder@example.org").exists()


def _decide_page(s):
    url = s.page("decide", pk=s.theirs.pk)
    assert s.client.post(url, {"decision": "approve"}).status_code == 404


def _badges_page(s):
    url = s.page("badges", slug=s.event.slug)
    s.shows_nothing_of_theirs(s.client.get(url))
    s.shows_nothing_of_theirs(s.client.get(url, {"name": "Rwandaise"}))


def _print_badges(s):
    url = s.page("print_badges", slug=s.event.slug)
    for target in ({"registration": s.seated.pk}, {"organisation": s.seated.organisation_id}):
        assert s.client.post(url, {"layout": "a6", **target}).status_code == 404
    s.shows_nothing_of_theirs(s.client.post(url, {"layout": "a4"}, follow=True))


def _replace_badge(s):
    url = s.page("replace_badge", slug=s.event.slug, pk=s.seated.pk)
    assert s.client.get(url).status_code == 404
    assert s.client.post(url, {"layout": "a6"}).status_code == 404
    assert not s.seated.badges.exists()


def _checkin_desk(s):
    url = s.page("checkin", slug=s.event.slug)
    assert s.client.get(url).status_code == 403
    assert s.client.post(url, {"code": str(s.seated.pk)}).status_code == 403


def _manage_page(s):
    url = s.page("manage", slug=s.event.slug)
    for export in ("", "csv", "xlsx"):
        assert s.client.get(url, {"export": export}).status_code == 403


def _manage_one(name, method, data=None):
    """The secretariat's page of one registration and its actions: refused to a focal point."""

    def check(s):
        for target in (s.theirs, s.ours):
            url = s.page(name, slug=s.event.slug, pk=target.pk, **_action(name))
            response = getattr(s.client, method)(url, data or {})
            assert response.status_code == 403
            s.shows_nothing_of_theirs(response)

    return check


def _action(name):
    return {"action": "cancel"} if name == "manage_confirm" else {}


def _manage_bulk(s):
    url = s.page("manage_bulk", slug=s.event.slug)
    chosen = {"action": "cancel", "registrations": [s.theirs.pk, s.ours.pk], "confirmed": "yes"}
    assert s.client.post(url, chosen).status_code == 403


def _api_register(s):
    response = s.post_json(f"/api/v1/events/{s.event.slug}/register", {"first_name": "X"})
    s.shows_nothing_of_theirs(response)


def _api_secretariat_only(suffix):
    def check(s):
        response = s.client.get(f"/api/v1/events/{s.event.slug}/{suffix}")
        assert response.status_code == 403
        s.shows_nothing_of_theirs(response)

    return check


def _api_mine(s):
    for query in ({}, {"event": s.event.slug}):
        response = s.client.get("/api/v1/registrations/mine", query)
        assert [item["id"] for item in response.json()["items"]] == [s.ours.pk]


def _api_decision(s):
    for approve in (True, False):
        url = f"/api/v1/registrations/{s.theirs.pk}/decision"
        response = s.post_json(url, {"approve": approve, "reason": "No"})
        assert response.status_code == 404
        s.shows_nothing_of_theirs(response)


def _api_cancel(s):
    response = s.post_json(f"/api/v1/registrations/{s.theirs.pk}/cancel")
    assert response.status_code == 404
    s.shows_nothing_of_theirs(response)


PAGE_CHECKS = {
    "register": _register_page,
    "received": _received_page,
    "mine": _mine_page,
    "login": _login_page,
    "delegations": _delegations_page,
    "delegation": _delegation_page,
    "add": _add_page,
    "decide": _decide_page,
    "manage": _manage_page,
    "manage_one": _manage_one("manage_one", "get"),
    "manage_confirm": _manage_one("manage_confirm", "post"),
    "manage_change": _manage_one("manage_change", "post", {"mode": "remote"}),
    "manage_correct": _manage_one("manage_correct", "post", {"first_name": "X"}),
    "manage_resend": _manage_one("manage_resend", "post"),
    "manage_bulk": _manage_bulk,
    "badges": _badges_page,
    "print_badges": _print_badges,
    "replace_badge": _replace_badge,
    "checkin": _checkin_desk,
}
API_CHECKS = {
    ("POST", "/api/v1/events/{slug}/register"): _api_register,
    ("GET", "/api/v1/events/{slug}/registrations"): _api_secretariat_only("registrations"),
    ("GET", "/api/v1/events/{slug}/balance"): _api_secretariat_only("balance"),
    ("GET", "/api/v1/events/{slug}/interpretation"): _api_secretariat_only("interpretation"),
    ("GET", "/api/v1/registrations/mine"): _api_mine,
    ("POST", "/api/v1/registrations/{pk}/decision"): _api_decision,
    ("POST", "/api/v1/registrations/{pk}/cancel"): _api_cancel,
}
CHECKS = {**PAGE_CHECKS, **{" ".join(route): check for route, check in API_CHECKS.items()}}


def test_every_address_is_checked():
    pages = page_names(registration_urls.urlpatterns)
    assert pages == set(PAGE_CHECKS), "write an isolation check for each registration page"
    assert api_routes() == set(API_CHECKS), "write an isolation check for each API route"


@pytest.mark.django_db
@pytest.mark.parametrize("address", sorted(CHECKS))
def test_another_organisations_people_stay_out_of_reach(
    address, client, rwanda, kenya, kenya_focal_point, rwanda_focal_point
):
    event = open_event(approval_required=True)
    theirs = register(event, organisation=rwanda, last_name=SECRET_NAME, email=SECRET[1])
    seated = register(
        event, rwanda_focal_point, True, organisation=rwanda, last_name=SECRET_NAME, email=SECRET[2]
    )
    ours = register(event, organisation=kenya, first_name="Wanjiru")
    rwandans = Registration.objects.filter(organisation=rwanda).order_by("pk")
    before = list(rwandans.values())
    client.force_login(kenya_focal_point)

    CHECKS[address](Scene(client, event, theirs, seated, ours))

    assert list(rwandans.values()) == before
    assert not rwandans.filter(badges__isnull=False).exists()
    assert not rwandans.filter(check_ins__isnull=False).exists()
