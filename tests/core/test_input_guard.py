"""A NUL character, a lone surrogate or non-UTF-8 bytes get a clear 400, never a 500.

PostgreSQL cannot hold NUL in text: before the guard, each of these addresses answered 500
there. The guard refuses them once for the whole site, pages and API alike.
"""

import json

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db

FILTERED_PAGES = [
    ("/en/letters/", "event"),
    ("/en/letters/", "office"),
    ("/en/letters/", "series"),
    ("/en/events/", "series"),
    ("/fr/events/", "series"),
]


@pytest.mark.parametrize(("url", "name"), FILTERED_PAGES)
def test_a_nul_in_a_filter_is_refused_with_a_page(client, url, name):
    response = client.get(f"{url}?{name}=%00")
    assert response.status_code == 400
    body = response.content.decode()
    message = "caractère NUL" if url.startswith("/fr/") else "NUL character"
    assert "<html" in body and message in body
    assert 'class="site-header"' in body  # the site's layout, with its menu


def test_the_refusal_is_in_the_language_of_the_address(client):
    response = client.get("/fr/letters/?q=%00")
    assert response.status_code == 400
    assert 'lang="fr"' in response.content.decode()


def test_a_nul_in_a_parameter_name_is_refused(client):
    assert client.get("/en/events/?ser%00ies=x").status_code == 400


def test_a_query_that_is_not_utf8_is_refused(client):
    # %ED%A0%80 is the UTF-8-like encoding of the lone surrogate U+D800; %FF is never UTF-8.
    assert client.get("/en/letters/?q=%ED%A0%80").status_code == 400
    assert client.get("/en/events/?series=%FF").status_code == 400


def test_a_nul_in_a_path_segment_is_refused(client):
    response = client.get("/en/registration/mine/abc%00def/")
    assert response.status_code == 400


def test_programme_and_management_filters(client, secretariat_client):
    event = open_event()
    programme = reverse("programme:programme", kwargs={"event_slug": event.slug})
    assert client.get(programme, {"track": "\x00"}).status_code == 400
    assert client.get(programme, {"type": "\x00"}).status_code == 400
    manage = reverse("registration:manage", kwargs={"slug": event.slug})
    assert secretariat_client.get(manage, {"q": "a\x00b"}).status_code == 400
    badges = reverse("registration:badges", kwargs={"slug": event.slug})
    assert secretariat_client.get(badges, {"name": "\x00"}).status_code == 400


def test_a_nul_in_a_form_field_is_refused_and_changes_nothing(client):
    event = open_event()
    url = reverse("registration:register", kwargs={"slug": event.slug})
    response = client.post(url, {"first_name": "Ami\x00na", "last_name": "Uwase"})
    assert response.status_code == 400
    from plenaria.registration.models import Registration

    assert not Registration.objects.exists()


def test_a_nul_in_the_session_cookie_is_refused(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert client.get("/en/events/").status_code == 400


def test_the_api_answers_json(client):
    response = client.get("/api/v1/registrations/mine?event=%00")
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


def test_ordinary_requests_pass(client):
    EventFactory(acronym="WTISD-23")
    response = client.get("/en/events/", {"series": "WTISD", "q": "Genève ✓ 中文"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "first_name",
    ["\ud800", "A\x00", "\udfff tail"],
)
def test_the_api_refuses_unstorable_text_in_json(client, first_name):
    event = open_event()
    body = {
        "first_name": first_name,
        "last_name": "Uwase",
        "email": "amina@example.org",
        "gender": "woman",
        "year_of_birth": 1990,
        "capacity": "delegate",
        "mode": "in_person",
        "consent": True,
    }
    # json.dumps escapes the surrogate as \\ud800, which is what a hostile client sends.
    response = client.post(
        f"/api/v1/events/{event.slug}/register", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    from plenaria.registration.models import Registration

    assert not Registration.objects.exists()


def test_the_api_refuses_unstorable_keys_and_nested_values(client):
    event = open_event()
    for body in ('{"a\\u0000": 1}', '{"x": ["ok", {"y": "\\u0000"}]}'):
        response = client.post(
            f"/api/v1/events/{event.slug}/register", body, content_type="application/json"
        )
        assert response.status_code == 400, body


@pytest.mark.parametrize("page", ["76783723943378468864", "1000001", "0", "-3", "x", "1e9"])
def test_api_page_numbers_are_bounded(secretariat_client, page):
    event = open_event()
    url = f"/api/v1/events/{event.slug}/registrations?page={page}"
    response = secretariat_client.get(url)
    assert response.status_code == 422
    assert "query.page" in response.json()["errors"]


def test_api_page_sizes_are_bounded(secretariat_client):
    event = open_event()
    url = f"/api/v1/events/{event.slug}/registrations?page_size=76783723943378468864"
    assert secretariat_client.get(url).status_code == 422


@pytest.mark.parametrize("page", ["76783723943378468864", "-1", "0", "9" * 5000, "1.5", "２"])
def test_site_page_numbers_show_a_page(client, secretariat_client, page):
    EventFactory()
    assert client.get("/en/events/", {"page": page}).status_code == 200
    assert client.get("/en/letters/", {"page": page}).status_code == 200
    event = open_event()
    manage = reverse("registration:manage", kwargs={"slug": event.slug})
    assert secretariat_client.get(manage, {"page": page}).status_code == 200


def test_a_nul_in_a_header_is_refused(client):
    assert client.get("/en/events/", HTTP_USER_AGENT="Mozilla\x00").status_code == 400


def test_a_nul_in_a_multipart_field_is_refused(secretariat_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("letter.txt", b"Dear Sir/Madam,", content_type="text/plain")
    response = secretariat_client.post(
        reverse("intake:upload"), {"file": upload, "text": "Dear\x00Sir"}
    )
    assert response.status_code == 400


def test_an_api_body_that_is_not_utf8_is_refused(client):
    event = open_event()
    response = client.post(
        f"/api/v1/events/{event.slug}/register",
        b'{"first_name": "\xff\xfe"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["detail"]


def test_every_paginated_api_route_bounds_its_page_number():
    from plenaria.config.api import api
    from plenaria.core.pagination import MAX_PAGE

    paginated = 0
    for item in api.get_openapi_schema()["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "page":
                    paginated += 1
                    assert parameter["schema"].get("maximum") == MAX_PAGE, operation["operationId"]
    assert paginated >= 2
