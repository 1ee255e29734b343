"""Each bad input of an activity gets a clear message and changes nothing: dates outside the
call's, a closed call, an end before the start, a city not in the country, an unknown time
zone, another's activity, the same activity twice."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from plenaria.contributions.activities import submission
from plenaria.contributions.models import Activity
from plenaria.core.models import AuditEntry
from plenaria.core.timezones import format_date
from tests.contributions.activity_data import form_post, submitter
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db


def _new(call) -> str:
    return f"/en/activities/mine/call/{call.slug}/new/"


def _refused(client, call, message, **changes):
    response = client.post(_new(call), form_post(call, **changes))
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body, body[body.find("errorlist") - 200 : body.find("errorlist") + 400]
    assert not Activity.objects.exists() and not AuditEntry.objects.exists()


@pytest.fixture
def signed_in(client):
    client.force_login(submitter())
    return client


def test_an_activity_outside_the_call_s_dates(signed_in):
    call = CallFactory()
    before = (call.held_from - datetime.timedelta(days=1)).isoformat()
    after = (call.held_until + datetime.timedelta(days=1)).isoformat()
    message = f"This call takes activities held from {format_date(call.held_from)}"
    _refused(signed_in, call, message, starts_on=before, ends_on=before)
    _refused(signed_in, call, message, ends_on=after)


def test_an_end_before_the_start(signed_in):
    call = CallFactory()
    _refused(signed_in, call, "The activity cannot end before it starts.", end_time="08:00")
    day = (call.held_from + datetime.timedelta(days=1)).isoformat()
    _refused(signed_in, call, "The activity cannot end before it starts.", ends_on=day)


def test_a_city_that_is_not_in_the_country(signed_in):
    call = CallFactory()
    _refused(signed_in, call, "No city called “Nairobi” in Switzerland.", city="Nairobi")
    _refused(signed_in, call, "Give the city, or tick “online”.", city="")


def test_an_unknown_time_zone(signed_in):
    call = CallFactory()
    _refused(signed_in, call, "Select a valid choice", timezone="Mars/Olympus_Mons")
    user = submitter("direct")
    data = {**form_post(call), "timezone": "Mars/Olympus_Mons", "title": {"en": "Day"}}
    data["description"] = {"en": "Talks."}
    with pytest.raises(ValidationError) as refused:
        submission.save_draft(user, call, data)
    assert "“Mars/Olympus_Mons” is not a known time zone" in str(refused.value)
    # A country of several zones, with no city to tell which: the submitter is asked.
    data.update(timezone="", country="US", city="", online=True)
    with pytest.raises(ValidationError) as refused:
        submission.save_draft(user, call, data)
    assert "its country has several" in str(refused.value)
    assert not Activity.objects.exists()


def test_a_closed_call_takes_nothing_and_keeps_its_activities_as_they_are(client):
    call = CallFactory(closed=True)
    user = submitter()
    client.force_login(user)
    response = client.post(_new(call), form_post(call))
    assert response.status_code == 403
    assert f"This call closed on {format_date(call.closes_on)}" in response.content.decode()
    assert not Activity.objects.exists()
    draft = ActivityFactory(call=call, submitted_by=user, title={"en": "Old title"})
    edit = client.post(f"/en/activities/mine/{draft.pk}/edit/", form_post(call), follow=True)
    assert "This call closed on" in edit.content.decode()
    submit = client.post(f"/en/activities/mine/{draft.pk}/submit/", follow=True)
    assert "This call closed on" in submit.content.decode()
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ({"en": "Old title"}, "draft")


def test_a_submitter_cannot_touch_another_s_activity(client):
    call = CallFactory()
    theirs = ActivityFactory(call=call, title={"en": "Theirs"})
    client.force_login(submitter("intruder"))
    for url in (f"/en/activities/mine/{theirs.pk}/", f"/en/activities/mine/{theirs.pk}/edit/"):
        assert client.get(url).status_code == 403
    assert client.post(f"/en/activities/mine/{theirs.pk}/edit/", form_post(call)).status_code == 403
    assert client.post(f"/en/activities/mine/{theirs.pk}/submit/").status_code == 403
    with pytest.raises(PermissionDenied):
        submission.submit(submitter("other"), theirs)
    theirs.refresh_from_db()
    assert (theirs.title, theirs.status) == ({"en": "Theirs"}, "draft")
    assert not AuditEntry.objects.exists()


def test_the_same_activity_entered_twice_is_refused(signed_in):
    call = CallFactory()
    assert signed_in.post(_new(call), form_post(call)).status_code == 302
    again = signed_in.post(_new(call), form_post(call, title_en="digital skills for all"))
    assert "You have already entered this activity" in again.content.decode()
    assert Activity.objects.count() == 1
