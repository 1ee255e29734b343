"""The secretariat's list: filters, counts, CSV, and a query count that does not grow."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def test_filters_counts_and_csv(secretariat_client, rwanda, university):
    event = open_event(in_person_capacity=1)
    register(event, organisation=rwanda, first_name="Aline", interpretation_language="fr")
    register(event, organisation=university, first_name="Bruno", gender="man")
    register(event, organisation=university, first_name="Chloé", mode="remote")
    url = f"/en/registration/manage/{event.slug}/"

    page = secretariat_client.get(url, {"status": "waiting"})
    html = page.content.decode()
    assert "Bruno" in html and "Aline" not in html and "Chloé" not in html
    assert page.context["by_status"] == {"seated": 1, "waiting": 1, "approved": 1}
    assert page.context["by_interpretation"]["fr"] == 1

    assert "Aline" in secretariat_client.get(url, {"country": "RW"}).content.decode()
    assert secretariat_client.get(url, {"region": "europe"}).context["total"] == 0
    assert secretariat_client.get(url, {"status": "nonsense"}).context["total"] == 0
    assert secretariat_client.get(url, {"organisation": "x'1", "page": "z"}).status_code == 200
    assert secretariat_client.get(url, {"organisation": rwanda.pk}).context["total"] == 1

    export = secretariat_client.get(url, {"mode": "in_person", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert sorted(row["First name"] for row in rows) == ["Aline", "Bruno"]


def test_list_query_count_does_not_grow(secretariat_client):
    event = open_event()
    url = f"/en/registration/manage/{event.slug}/"
    register(event)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url)
    for _ in range(20):
        register(event)
    with CaptureQueriesContext(connection) as many:
        secretariat_client.get(url)
    assert len(many) == len(few)
