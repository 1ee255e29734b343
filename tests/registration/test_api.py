"""The registration API, used as a script would: JSON in, JSON out, the rules of the pages."""

import json

import pytest
from django.core import mail
from django.test import Client

from plenaria.registration.models import Registration
from tests.registration.factories import open_event, register
from tests.registration.mailbox import link_sent_to

pytestmark = pytest.mark.django_db
API = "/api/v1"


def person(**values):
    data = {
        "first_name": "Aline",
        "last_name": "Uwase",
        "email": "aline@example.org",
        "gender": "woman",
        "year_of_birth": 1999,
        "capacity": "delegate",
        "mode": "in_person",
        "consent": True,
    }
    return {**data, **values}


def post(client, url, data):
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(url, body, content_type="application/json")


def test_public_registration_follows_the_forms_rules(
    client, rwanda, django_capture_on_commit_callbacks
):
    event = open_event(in_person_capacity=1, visa_letters_offered=False)
    url = f"{API}/events/{event.slug}/register"

    with django_capture_on_commit_callbacks(execute=True):
        created = post(client, url, person(organisation=rwanda.pk, interpretation_language="fr"))
    assert created.status_code == 202, created.content
    body = created.json()
    # No identifier and no link in the answer: the private link goes only to the address.
    assert set(body) == {"status", "detail", "confirm_by"} and body["status"] == "received"
    assert "mailbox" in body["detail"] and "/registration/mine/" not in created.content.decode()
    saved = Registration.objects.get()
    assert (saved.organisation, saved.interpretation_language) == (rwanda, "fr")
    assert saved.status == "seated" and saved.confirmed_at is None
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["aline@example.org"]
    assert "/registration/mine/" in link_sent_to("aline@example.org")

    second = post(client, url, person(email="bruno@example.org", first_name="Bruno"))
    assert second.status_code == 202
    assert Registration.objects.get(email="bruno@example.org").status == "waiting"

    refusals = {
        "consent": person(email="c@example.org", consent=False),
        "mode": person(email="d@example.org", mode="by_pigeon"),
        "organisation": person(email="e@example.org", organisation=10**20),
        "visa_requested": person(email="f@example.org", visa_requested=True, passport_number="X1"),
        "interpretation_language": person(email="g@example.org", interpretation_language="ru"),
        "first_name": person(email="h@example.org", first_name="A" * 101),
        "year_of_birth": person(email="i@example.org", year_of_birth=10**20),
        "nationality": person(email="j@example.org", nationality="XX"),
    }
    for field, data in refusals.items():
        response = post(client, url, data)
        assert response.status_code in (400, 422), (field, response.content)
        assert response.json()["errors"][field], (field, response.json())
        assert response.json()["detail"]
    again = post(client, url, person())
    assert again.status_code == 202 and again.json()["status"] == "received"
    assert "already registered" not in again.content.decode()
    assert Registration.objects.count() == 2


def test_malformed_requests_get_json_errors_never_500(client):
    event = open_event()
    url = f"{API}/events/{event.slug}/register"
    wrong_type = post(client, url, person(year_of_birth="nineteen"))
    assert wrong_type.status_code == 422 and "year_of_birth" in wrong_type.json()["errors"]
    assert post(client, url, {"first_name": "Only"}).status_code == 422
    not_json = post(client, url, "{not json")
    assert not_json.status_code == 400 and not_json.json()["detail"]
    for body in ("[]", '"text"', ""):
        assert post(client, url, body).status_code in (400, 422), body
    binary = client.post(url, b"\x89PNG\x00\xff", content_type="application/octet-stream")
    assert binary.status_code == 415 and binary.json()["detail"]  # not sent as JSON
    unknown = post(client, f"{API}/events/no-such-event/register", person())
    assert unknown.status_code == 404 and unknown.json()["detail"]
    assert client.get(f"{API}/events/{event.slug}/registrations").status_code == 401
    assert client.get(f"{API}/registrations/mine").status_code == 401
    assert Registration.objects.count() == 0


def test_openapi_document_and_docs_page_need_no_cdn(client):
    document = client.get(f"{API}/openapi.json").json()
    assert f"{API}/events/{{slug}}/register" in document["paths"]
    assert "RegistrationIn" in document["components"]["schemas"]
    docs = client.get(f"{API}/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_secretariat_lists_with_filters_and_pages(secretariat_client, rwanda, university):
    event = open_event()
    register(event, organisation=rwanda, first_name="Aline", interpretation_language="fr")
    register(event, organisation=university, first_name="Bruno", mode="remote")
    register(event, organisation=university, first_name="Chloé")
    url = f"{API}/events/{event.slug}/registrations"

    everyone = secretariat_client.get(url).json()
    assert everyone["count"] == 3
    assert [item["first_name"] for item in everyone["items"]] == ["Aline", "Bruno", "Chloé"]
    assert everyone["items"][0]["organisation"] == rwanda.pk
    remote = secretariat_client.get(url, {"mode": "remote"}).json()
    assert [item["first_name"] for item in remote["items"]] == ["Bruno"]
    assert secretariat_client.get(url, {"country": "RW"}).json()["count"] == 1
    assert secretariat_client.get(url, {"page": 2}).json()["items"] == []
    assert secretariat_client.get(url, {"page": "z"}).status_code == 422
    assert secretariat_client.get(f"{API}/events/nope/registrations").status_code == 404


def test_balance_and_interpretation_demand(secretariat_client, rwanda, university):
    event = open_event()
    register(event, organisation=rwanda, gender="woman", year_of_birth=2000)
    register(event, organisation=rwanda, gender="man", mode="remote", interpretation_language="fr")
    register(event, organisation=university, interpretation_language="fr")
    cancelled = register(event, organisation=university, interpretation_language="es")
    secretariat_client.post(f"{API}/registrations/{cancelled.pk}/cancel")

    figures = secretariat_client.get(f"{API}/events/{event.slug}/balance").json()
    assert figures["overall"]["size"] == 3
    first = figures["delegations"][0]
    assert (first["organisation"], first["size"], first["women_share"]) == (rwanda.pk, 2, 50.0)
    assert (first["young"], first["in_person"], first["remote"]) == (1, 1, 1)
    demand = secretariat_client.get(f"{API}/events/{event.slug}/interpretation").json()
    by_language = {row["language"]: row for row in demand}
    assert (by_language["fr"]["total"], by_language["fr"]["remote"]) == (2, 1)
    assert by_language["es"]["total"] == 0


def test_focal_point_decides_with_session_and_csrf(rwanda, rwanda_focal_point):
    event = open_event(approval_required=True)
    pending = register(event, organisation=rwanda)
    client = Client(enforce_csrf_checks=True)
    client.force_login(rwanda_focal_point)
    url = f"{API}/registrations/{pending.pk}/decision"

    assert post(client, url, {"approve": True}).status_code == 403  # no CSRF token
    pending.refresh_from_db()
    assert pending.status == "pending"

    client.get("/en/registration/delegations/")  # a page sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    no_reason = client.post(
        url, {"approve": False}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert no_reason.status_code == 400 and "rejection_reason" in no_reason.json()["errors"]
    approved = client.post(
        url, {"approve": True}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert approved.status_code == 200 and approved.json()["status"] == "seated"
    again = client.post(
        url, {"approve": True}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert again.status_code == 400 and "no longer awaiting" in again.json()["detail"]

    mine = client.get(f"{API}/registrations/mine", {"event": event.slug}).json()
    assert [item["id"] for item in mine["items"]] == [pending.pk]
    cancel = client.post(f"{API}/registrations/{pending.pk}/cancel", HTTP_X_CSRFTOKEN=token)
    assert cancel.status_code == 200 and cancel.json()["status"] == "cancelled"
    assert client.get(f"{API}/events/{event.slug}/balance").status_code == 403
