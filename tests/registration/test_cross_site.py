"""Another site's page cannot register people through its visitors' browsers."""

import json

import pytest

from plenaria.registration.models import Registration
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db
API = "/api/v1"


def person(email="aline@example.org"):
    return {
        "first_name": "Aline",
        "last_name": "Uwase",
        "email": email,
        "gender": "woman",
        "year_of_birth": 1999,
        "capacity": "delegate",
        "mode": "in_person",
        "consent": True,
    }


def register_url():
    return f"{API}/events/{open_event().slug}/register"


def test_a_json_body_sent_as_text_or_a_form_is_refused_with_415(client):
    url = register_url()
    body = json.dumps(person())
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "text/plain; a=b"):
        refused = client.post(url, body, content_type=content_type)
        assert refused.status_code == 415, (content_type, refused.content)
        assert "application/json" in refused.json()["detail"]
        assert refused.json()["errors"] == {}
    assert Registration.objects.count() == 0
    accepted = client.post(url, body, content_type="application/json; charset=utf-8")
    assert accepted.status_code == 202, accepted.content


def test_the_api_refuses_a_request_another_sites_page_sent(client):
    url = register_url()
    body = json.dumps(person())
    for headers in (
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "http://testserver.attacker.example"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "cross-site"},
    ):
        refused = client.post(url, body, content_type="application/json", **headers)
        assert refused.status_code == 403, headers
        assert "another site" in refused.json()["detail"]
    assert Registration.objects.count() == 0


def test_the_same_site_and_clients_without_a_browser_pass(client, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.partner.example"]
    url = register_url()
    allowed = [
        {},  # curl or a script: no browser sent it on a visitor's behalf
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "https://events.partner.example", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_SEC_FETCH_SITE": "none"},  # typed by the person in the address bar
    ]
    for n, headers in enumerate(allowed):
        body = json.dumps(person(email=f"p{n}@example.org"))
        response = client.post(url, body, content_type="application/json", **headers)
        assert response.status_code == 202, (headers, response.content)
    assert Registration.objects.count() == len(allowed)


def test_a_page_form_posted_from_another_site_is_refused(client):
    event = open_event()
    url = f"/en/events/{event.slug}/register/"
    form = {**person(), "consent": "on"}
    refused = client.post(url, form, HTTP_ORIGIN="https://attacker.example")
    assert refused.status_code == 403
    assert "another site" in refused.content.decode()
    refused = client.post(url, form, HTTP_SEC_FETCH_SITE="cross-site")
    assert refused.status_code == 403
    assert Registration.objects.count() == 0
    # Reading is not refused: a link from another site still opens the page.
    assert client.get(url, HTTP_SEC_FETCH_SITE="cross-site").status_code == 200


def test_a_safe_method_passes_whatever_its_origin(client):
    response = client.get("/en/events/", HTTP_ORIGIN="https://attacker.example")
    assert response.status_code == 200
