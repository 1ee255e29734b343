"""The national activities API: public reading of calls and approved activities, with the
pages' filters; unknown filter values refused by name; contacts only where public."""

import pytest

from plenaria.contributions.choices import Moderation
from plenaria.directory.models import Country
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db
API = "/api/v1/activities"


@pytest.fixture
def call():
    call = CallFactory(slug="wtisd-2021")
    CallFactory(slug="wtisd-23", closed=True)
    return call


def test_calls_list_open_ones_first_with_their_counts(client, call):
    ActivityFactory(call=call, status=Moderation.PUBLISHED)
    ActivityFactory(call=call, status=Moderation.SUBMITTED)
    answer = client.get(f"{API}/calls")
    assert answer.status_code == 200
    rows = answer.json()
    assert [row["slug"] for row in rows] == ["wtisd-2021", "wtisd-23"]
    assert [row["is_open"] for row in rows] == [True, False]
    assert rows[0]["activities"] == 1
    assert rows[0]["theme"]["fr"] == "Accélérer la transformation"
    assert client.get(f"{API}/calls/wtisd-23").json()["activities"] == 0
    assert client.get(f"{API}/calls/nowhere").status_code == 404


def test_activities_are_the_approved_ones_with_the_filters(client, call):
    rwanda = Country.objects.get(code="RW")
    shown = ActivityFactory(call=call, status=Moderation.PUBLISHED, country=rwanda, city="Kigali")
    other = ActivityFactory(call=call, status=Moderation.PUBLISHED, kind="webinar")
    ActivityFactory(call=call, status=Moderation.PUBLISHED, duplicate_of=other)
    ActivityFactory(call=call, status=Moderation.DECLINED)

    rows = client.get(f"{API}/calls/{call.slug}/activities").json()
    assert rows["count"] == 2
    assert {row["id"] for row in rows["items"]} == {shown.pk, other.pk}
    rows = client.get(f"{API}/calls/{call.slug}/activities?grouping=ldc").json()
    assert [row["id"] for row in rows["items"]] == [shown.pk]
    row = rows["items"][0]
    assert row["country"] == "RW" and row["timezone"] == "Europe/Zurich"
    assert row["contact"] is None
    assert row["url"] == f"/en/activities/{call.slug}/{shown.pk}/"
    counts = client.get(f"{API}/calls/{call.slug}/countries?kind=webinar").json()
    assert counts == [{"code": "CH", "name": "Switzerland", "activities": 1}]


def test_unknown_filter_values_are_refused_by_name(client, call):
    answer = client.get(f"{API}/calls/{call.slug}/activities?kind=party&from=yesterday")
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert set(errors) == {"kind", "from"}
    assert "party" in errors["kind"][0]


def test_one_activity_and_its_public_contact(client, call):
    activity = ActivityFactory(call=call, status=Moderation.PUBLISHED, contact_public=True)
    hidden = ActivityFactory(call=call, status=Moderation.SUBMITTED)
    row = client.get(f"{API}/calls/{call.slug}/activities/{activity.pk}").json()
    assert row["contact"] == {"name": "Amina Uwase", "email": "amina@example.org", "phone": ""}
    assert row["title"]["fr"].startswith("Journée numérique")
    assert row["latitude"] == "46.20222"
    assert client.get(f"{API}/calls/{call.slug}/activities/{hidden.pk}").status_code == 404
    assert client.get(f"{API}/calls/wtisd-23/activities/{activity.pk}").status_code == 404
