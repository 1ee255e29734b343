"""The focal point's part of the console: their own delegation at an event, beside the whole
event's balance, never another delegation's people; everyone else is refused."""

import pytest
from django.contrib.auth import get_user_model

from plenaria.directory.models import Country
from plenaria.registration import checkin
from tests.factories import MemberStateFactory
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def test_a_focal_point_sees_their_delegation_at_a_glance(client, secretariat_user):
    event = open_event(approval_required=True, approval_categories=["member_state"])
    rwanda = MemberStateFactory(acronym="RW-GOV")
    kenya = MemberStateFactory(acronym="KE-GOV", country=Country.objects.get(code="KE"))
    aline = register(event, organisation=rwanda, gender="woman", year_of_birth=2000)
    register(event, organisation=rwanda, gender="man", interpretation_language="fr")
    register(event, organisation=kenya, gender="woman", first_name="Wanjiru")
    client.force_login(make_focal_point(rwanda, "fp-rwanda"))
    client.post(
        f"/en/registration/delegations/{event.slug}/",
        {"decision": "approve", "registrations": [aline.pk]},
    )
    assert checkin.check_in_by_name(secretariat_user, event, aline.pk).admitted

    page = client.get(f"/en/console/{event.slug}/")
    html = page.content.decode()
    assert page.status_code == 200 and "Wanjiru" not in html
    counts = {row["code"]: row["count"] for row in page.context["statuses"]}
    assert (counts["seated"], counts["pending"], page.context["total"]) == (1, 1, 2)
    assert "1 registration awaits your decision" in html
    assert page.context["ours"]["size"] == 2 and page.context["overall"]["size"] == 3
    assert [row["language"] for row in page.context["demand"]] == ["fr"]
    assert [(row["arrived"], row["expected"]) for row in page.context["arrivals"]] == [(1, 1)]
    # The delegation page and the list of delegations lead to it.
    delegation = client.get(f"/en/registration/delegations/{event.slug}/").content.decode()
    assert f'href="/en/console/{event.slug}/"' in delegation


def test_the_console_refuses_who_is_neither_secretariat_nor_focal_point(client):
    event = open_event()
    client.force_login(get_user_model().objects.create_user("visitor", "v@example.org", "pw"))
    response = client.get(f"/en/console/{event.slug}/")
    assert response.status_code == 403 and "Not allowed" in response.content.decode()


def test_the_focal_console_reads_in_a_fixed_number_of_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = open_event()
    rwanda = MemberStateFactory(acronym="RW-GOV")
    client.force_login(make_focal_point(rwanda, "fp-rwanda"))
    counted = []
    for more in (2, 20):
        for _ in range(more):
            register(event, organisation=rwanda)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/en/console/{event.slug}/").status_code == 200
        counted.append(len(queries))
    assert counted[0] == counted[1]
