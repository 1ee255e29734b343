"""The pledges API through the test client: the public reads only what is published, with
the pages' filters and the pages' figures; a pledger writes drafts once, changes and submits
them, and never another organisation's."""

import datetime
import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from plenaria.contributions.models import Pledge, ProgressReport
from tests.contributions.factories import PledgeFactory
from tests.contributions.pledging_data import pledger

pytestmark = pytest.mark.django_db
API = "/api/v1/pledges"


def published(**kwargs) -> Pledge:
    return PledgeFactory(status="published", **kwargs)


def good(**changes) -> dict:
    body = {
        "title": {"en": "Connect 500 rural schools"},
        "description": {"en": "Fibre and training for rural schools."},
        "pledge_type": "programmatic",
        "focus_areas": ["access"],
        "pillars": ["infrastructure"],
        "sdgs": [4, 9],
        "countries": ["RW", "FJ"],
        "amount": "2000000",
        "currency": "USD",
        "starts_on": "2023-03-01",
        "target_on": "2025-12-31",
    }
    return body | changes


@pytest.fixture
def writer():
    """A pledger signed in with a client that checks CSRF tokens, as browsers' sessions do."""
    user, organisation = pledger()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get(reverse("contributions:mine"))  # a page sets the CSRF cookie
    client.organisation = organisation
    return client


def send(client, method, url, body=None):
    token = client.cookies["csrftoken"].value
    return client.generic(
        method,
        url,
        "" if body is None else json.dumps(body),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )


def test_the_openapi_document_lists_the_pledge_operations(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"get"} <= set(paths[f"{API}/"]) and "get" in paths[f"{API}/figures"]
    assert "get" in paths[f"{API}/{{pk}}/reports"]
    assert {"get", "post"} <= set(paths[f"{API}/mine"])
    assert {"get", "put"} <= set(paths[f"{API}/mine/{{pk}}"])
    assert "post" in paths[f"{API}/mine/{{pk}}/submit"]
    assert "security" not in paths[f"{API}/"]["get"]  # the public reads without signing in
    assert paths[f"{API}/mine"]["post"]["security"]


def test_the_public_reads_published_pledges_only(client):
    shown = published(countries=["FJ"], pledge_type="financial")
    hidden = [PledgeFactory(status=status) for status in ("draft", "submitted", "returned")]
    listed = client.get(f"{API}/").json()
    assert [item["id"] for item in listed["items"]] == [shown.pk] and listed["count"] == 1
    assert listed["items"][0]["countries"] == ["FJ"] and listed["items"][0]["targets_sids"]
    for pledge in hidden:
        assert client.get(f"{API}/{pledge.pk}").status_code == 404
        assert client.get(f"{API}/{pledge.pk}/reports").status_code == 404
    one = client.get(f"{API}/{shown.pk}").json()
    assert one["amount_usd"] == "1000000.00" and one["focus_areas"] == ["access"]


def test_filters_choose_as_on_the_pages_and_an_unknown_value_is_refused(client):
    financial = published(pledge_type="financial", countries=["FJ"])
    published(pledge_type="policy", countries=["FJ"])
    published(pledge_type="financial", countries=["FR"])
    chosen = client.get(f"{API}/", {"type": "financial", "grouping": "SIDS"}).json()
    assert [item["id"] for item in chosen["items"]] == [financial.pk]
    refused = client.get(f"{API}/", {"type": ["financial", "charity"]})
    assert refused.status_code == 400 and "charity" in refused.json()["errors"]["type"][0]


def test_only_published_progress_reports_are_read(client):
    pledge = published()
    common = {"pledge": pledge, "progress": "in_progress", "narrative": "Sites built."}
    ProgressReport.objects.create(cycle=2022, state="published", share_achieved=40, **common)
    ProgressReport.objects.create(cycle=2023, state="submitted", share_achieved=70, **common)
    reports = client.get(f"{API}/{pledge.pk}/reports").json()
    assert [(r["cycle"], r["share_achieved"]) for r in reports] == [(2022, 40)]


def shown(figures) -> dict:
    """The figures as the API gives them: without the cache's name for them."""
    return {name: value for name, value in figures.as_data().items() if name != "signature"}


def test_the_figures_are_the_public_pages(client):
    published(pledge_type="financial", countries=["FJ"], beneficiaries=["women_girls"])
    published(pledge_type="policy", countries=["RW"], amount="250000.50")
    old = published(pledge_type="financial", countries=["KE"])
    Pledge.objects.filter(pk=old.pk).update(
        published_at=datetime.datetime(2022, 5, 1, tzinfo=datetime.UTC)
    )
    for query in ({}, {"type": "financial"}, {"grouping": "LDC", "type": "policy"}):
        page = client.get(reverse("contributions:pledges"), query).context["figures"]
        assert client.get(f"{API}/figures", query).json() == shown(page)
    report = client.get(reverse("contributions:report"), {"as_of": "2022-12-31"})
    api = client.get(f"{API}/figures", {"as_of": "2022-12-31"}).json()
    assert api == shown(report.context["figures"]) and api["pledges"] == 1
    far = client.get(f"{API}/figures", {"as_of": "9999-12-31"}).json()  # counts as today
    assert far["pledges"] == 3 and far["as_of"] == str(timezone.localdate())


def test_a_pledger_creates_a_draft_once_changes_it_and_submits_it(writer):
    key = str(uuid.uuid4())
    body = good(organisation=writer.organisation.pk, submission_key=key)
    first = send(writer, "POST", f"{API}/mine", body)
    again = send(writer, "POST", f"{API}/mine", body)  # a double click
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"] and Pledge.objects.count() == 1
    pk = first.json()["id"]
    wrong = send(writer, "PUT", f"{API}/mine/{pk}", good(target_on="2020-01-01", focus_areas=["x"]))
    assert wrong.status_code == 400 and {"target_on", "focus_areas"} <= set(wrong.json()["errors"])
    assert Pledge.objects.get().target_on == datetime.date(2025, 12, 31)
    changed = send(writer, "PUT", f"{API}/mine/{pk}", good(amount="1000", currency="EUR"))
    assert changed.status_code == 400 and "currency" in changed.json()["errors"]
    changed = send(writer, "PUT", f"{API}/mine/{pk}", good(title={"en": "Connect 800 schools"}))
    assert changed.status_code == 200 and changed.json()["title"] == {"en": "Connect 800 schools"}
    submitted = send(writer, "POST", f"{API}/mine/{pk}/submit")
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    held = send(writer, "PUT", f"{API}/mine/{pk}", good())
    assert held.status_code == 400 and Pledge.objects.get().title["en"] == "Connect 800 schools"
    no_token = writer.post(f"{API}/mine", body, content_type="application/json")
    assert no_token.status_code == 403 and Pledge.objects.count() == 1


def test_a_pledger_cannot_touch_another_organisations_pledge(writer):
    theirs = PledgeFactory(status="draft")
    assert send(writer, "PUT", f"{API}/mine/{theirs.pk}", good()).status_code == 404
    assert send(writer, "POST", f"{API}/mine/{theirs.pk}/submit").status_code == 404
    assert writer.get(f"{API}/mine/{theirs.pk}").status_code == 404
    theirs.refresh_from_db()
    assert (theirs.status, theirs.title["en"]) != ("submitted", "Connect 500 rural schools")
    refused = send(writer, "POST", f"{API}/mine", good(organisation=theirs.organisation_id))
    assert refused.status_code == 403 and Pledge.objects.count() == 1
    key = str(theirs.submission_key)  # another organisation's key gives nothing away
    body = good(organisation=writer.organisation.pk, submission_key=key)
    assert send(writer, "POST", f"{API}/mine", body).status_code == 403
    assert Client().get(f"{API}/mine").status_code == 401


def test_the_list_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for _n in range(3):
        published(countries=["RW"], beneficiaries=["youth"], sdgs=[9])
    with django_assert_max_num_queries(12) as few:
        client.get(f"{API}/")
    for _n in range(20):
        published(countries=["FJ", "KE"], beneficiaries=["youth"], sdgs=[4, 9])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(f"{API}/").json()["count"] == 23
