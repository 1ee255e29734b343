"""Flooding the public registration: the form and the API answer 429 past the rate."""

import json

import pytest
from django.test import Client

from plenaria.registration.models import Registration
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db
# A registration taken: the API's 201 or 202 (waiting for the address to be confirmed), the
# form's page or redirection.
TAKEN = (200, 201, 202, 302)

FORM = {
    "first_name": "Aline",
    "last_name": "Mukamana",
    "gender": "woman",
    "year_of_birth": "1998",
    "nationality": "RW",
    "capacity": "delegate",
    "mode": "remote",
    "interpretation_language": "fr",
    "consent": "on",
}


def person(number):
    return {
        "first_name": "Bruno",
        "last_name": f"Nshuti{number}",
        "email": f"bruno{number}@example.org",
        "gender": "man",
        "year_of_birth": 1990,
        "capacity": "delegate",
        "mode": "remote",
        "consent": True,
    }


def test_the_form_refuses_past_the_rate_and_keeps_what_was_typed(settings):
    settings.PLENARIA_RATE_REGISTER = "3/h"
    event = open_event()
    url = f"/en/events/{event.slug}/register/"
    client = Client(REMOTE_ADDR="198.51.100.20")
    for number in range(3):
        sent = client.post(url, {**FORM, "email": f"aline{number}@example.org"})
        assert sent.status_code in TAKEN, sent.content
    refused = client.post(url, {**FORM, "email": "aline-again@example.org"})
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "Too many registrations have been sent from your connection" in page
    assert 'value="aline-again@example.org"' in page and 'value="Mukamana"' in page
    assert Registration.objects.count() == 3

    # Reading the form is not counted; another address is counted apart.
    assert client.get(url).status_code == 200
    other = Client(REMOTE_ADDR="198.51.100.21")
    assert other.post(url, {**FORM, "email": "other@example.org"}).status_code in TAKEN


def test_the_message_is_in_the_readers_language(settings):
    settings.PLENARIA_RATE_REGISTER = "1/h"
    event = open_event()
    client = Client()
    client.post(f"/fr/events/{event.slug}/register/", {**FORM, "email": "a@example.org"})
    refused = client.post(f"/fr/events/{event.slug}/register/", {**FORM, "email": "b@example.org"})
    assert refused.status_code == 429 and '<html lang="fr"' in refused.content.decode()


def test_the_api_answers_429_with_its_json_error_and_shares_the_count(settings):
    settings.PLENARIA_RATE_REGISTER = "3/h"
    event = open_event()
    url = f"/api/v1/events/{event.slug}/register"
    client = Client()
    client.post(f"/en/events/{event.slug}/register/", {**FORM, "email": "form@example.org"})
    for number in range(2):
        created = client.post(url, json.dumps(person(number)), content_type="application/json")
        assert created.status_code in TAKEN, created.content
    refused = client.post(url, json.dumps(person(9)), content_type="application/json")
    assert refused.status_code == 429
    body = refused.json()
    assert body["errors"] == {} and "Too many registrations" in body["detail"]
    assert Registration.objects.count() == 3


def test_behind_a_trusted_proxy_each_client_is_counted_apart(settings):
    settings.PLENARIA_RATE_REGISTER = "1/h"
    settings.PLENARIA_TRUSTED_PROXY = "X-Forwarded-For"
    event = open_event()
    url = f"/api/v1/events/{event.slug}/register"
    proxy = Client(REMOTE_ADDR="10.0.0.2")
    for number in range(3):
        created = proxy.post(
            url,
            json.dumps(person(number)),
            content_type="application/json",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
        assert created.status_code in TAKEN
    again = proxy.post(
        url,
        json.dumps(person(7)),
        content_type="application/json",
        HTTP_X_FORWARDED_FOR="203.0.113.0",
    )
    assert again.status_code == 429


def test_an_empty_rate_turns_the_limit_off(settings):
    settings.PLENARIA_RATE_REGISTER = ""
    event = open_event()
    url = f"/api/v1/events/{event.slug}/register"
    client = Client()
    for number in range(25):
        created = client.post(url, json.dumps(person(number)), content_type="application/json")
        assert created.status_code in TAKEN


def test_the_counts_live_in_the_database_cache_every_process_reads(settings):
    """The product's own cache without Redis: a table of the database, not a process's memory."""
    from django.db import connection

    from plenaria.config import settings as product

    settings.CACHES = product.CACHES
    assert settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")
    settings.PLENARIA_RATE_REGISTER = "2/h"
    event = open_event()
    url = f"/api/v1/events/{event.slug}/register"
    answers = [
        Client().post(url, json.dumps(person(number)), content_type="application/json")
        for number in range(3)
    ]
    assert [answer.status_code for answer in answers][-1] == 429
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM plenaria_cache")
        assert cursor.fetchone()[0] >= 1
