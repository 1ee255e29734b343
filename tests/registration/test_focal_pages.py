"""A focal point sees and acts on their own organisation's people, never another's."""

import pytest

from plenaria.registration.models import Registration
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return open_event(approval_required=True, approval_categories=["member_state"])


def test_focal_point_sees_only_their_delegation_with_its_balance(
    client, event, rwanda, kenya, rwanda_focal_point
):
    register(event, organisation=rwanda, first_name="Aline", gender="woman", year_of_birth=2000)
    register(event, organisation=rwanda, first_name="Jean", gender="man", year_of_birth=1970)
    register(event, organisation=kenya, first_name="Wanjiru", mode="remote")
    client.force_login(rwanda_focal_point)
    page = client.get(f"/en/registration/delegations/{event.slug}/")
    html = page.content.decode()
    assert "Aline" in html and "Jean" in html and "Wanjiru" not in html
    ours, overall = page.context["ours"], page.context["overall"]
    assert (ours["size"], ours["women_share"], ours["young_share"]) == (2, 50.0, 50.0)
    assert (overall["size"], overall["in_person"], overall["remote"]) == (3, 2, 1)
    assert "Wanjiru" not in client.get("/en/registration/delegations/").content.decode()


def test_approve_and_reject_in_bulk(client, event, rwanda, rwanda_focal_point):
    people = [register(event, organisation=rwanda) for _ in range(3)]
    client.force_login(rwanda_focal_point)
    url = f"/en/registration/delegations/{event.slug}/"
    client.post(url, {"decision": "approve", "registrations": [p.pk for p in people[:2]]})
    client.post(url, {"decision": "reject", "reason": "Duplicate", "registrations": [people[2].pk]})
    statuses = [Registration.objects.get(pk=p.pk).status for p in people]
    assert statuses == ["seated", "seated", "rejected"]


def test_another_organisations_people_are_out_of_reach_through_every_url(
    client, event, rwanda, kenya, kenya_focal_point
):
    rwandan = register(event, organisation=rwanda, first_name="Aline")
    client.force_login(kenya_focal_point)
    # reading
    for url in ("/en/registration/delegations/", f"/en/registration/delegations/{event.slug}/"):
        assert "Aline" not in client.get(url).content.decode()
    assert client.get(f"/en/registration/manage/{event.slug}/").status_code == 403
    assert client.get(f"/en/registration/manage/{event.slug}/?export=csv").status_code == 403
    # acting, one by one and in bulk
    response = client.post(f"/en/registration/decide/{rwandan.pk}/", {"decision": "approve"})
    assert response.status_code == 404
    response = client.post(
        f"/en/registration/delegations/{event.slug}/",
        {"decision": "approve", "registrations": [rwandan.pk]},
        follow=True,
    )
    assert "own organisation" in response.content.decode()
    # registering someone for another organisation
    response = client.post(
        f"/en/registration/delegations/{event.slug}/add/",
        {
            "first_name": "X",
            "last_name": "Y",
            "email": "x@example.org",
            "gender": "man",
            "organisation": rwanda.pk,
            "capacity": "delegate",
            "mode": "remote",
            "consent": "on",
        },
    )
    assert "only for your own organisation" in response.content.decode()
    assert Registration.objects.get(pk=rwandan.pk).status == "pending"
    assert Registration.objects.count() == 1


def test_focal_point_registers_a_delegate_approved_at_once(
    client, event, rwanda, rwanda_focal_point
):
    client.force_login(rwanda_focal_point)
    response = client.post(
        f"/en/registration/delegations/{event.slug}/add/",
        {
            "first_name": "Eric",
            "last_name": "Habimana",
            "email": "eric@example.org",
            "gender": "man",
            "organisation": rwanda.pk,
            "capacity": "head",
            "mode": "in_person",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    assert Registration.objects.get().status == "seated"


def test_pages_ask_for_a_login(client, event):
    response = client.get(f"/en/registration/delegations/{event.slug}/")
    assert response.status_code == 302
    assert response["Location"] == (
        f"/en/account/signin/?next=/en/registration/delegations/{event.slug}/"
    )


def test_login_page_signs_a_focal_point_in(client, rwanda_focal_point):
    response = client.post(
        "/en/registration/login/", {"username": "fp-rwanda", "password": "pw-fp-12345"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/registration/delegations/"


def test_delegation_page_query_count_does_not_grow(client, event, rwanda, rwanda_focal_point):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(rwanda_focal_point)
    url = f"/en/registration/delegations/{event.slug}/"
    register(event, organisation=rwanda)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(15):
        register(event, organisation=rwanda)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)
