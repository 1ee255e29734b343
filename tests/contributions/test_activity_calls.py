"""Calls for activities: opened and edited by the secretariat through the services (dates,
kinds, one per event, the letter among the event's: checked everywhere, audited); the event
and the letter link to their call."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import services as letters
from plenaria.contributions.activities.calls import open_call, update_call
from plenaria.contributions.models import ActivityCall
from plenaria.core.models import AuditEntry
from tests.circulars.factories import ready_letter
from tests.contributions.activity_factories import CallFactory
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

NEW = "/en/activities/calls/manage/new/"
D = datetime.date


def form(event, **changes) -> dict:
    data = {
        "event": event.pk,
        "slug": "",
        "theme_en": "Accelerating digital transformation in challenging times",
        "theme_fr": "Accélérer la transformation numérique en ces temps difficiles",
        "introduction_en": "Tell the world how you celebrate.",
        "opens_on": "2021-04-01",
        "closes_on": "2021-05-31",
        "held_from": "2021-05-01",
        "held_until": "2021-06-30",
        "kinds": ["conference", "webinar"],
        "who_may_submit": "members",
    }
    return {**data, **changes}


def test_the_secretariat_opens_a_call_for_an_event_audited(secretariat_client, secretariat_user):
    event = EventFactory(acronym="WTISD 2021")
    answer = secretariat_client.post(NEW, form(event))
    assert answer.status_code == 302, answer.content.decode()[:2000]
    call = ActivityCall.objects.get(event=event)
    assert call.slug == event.slug and call.kinds == ["conference", "webinar"]
    assert call.theme["fr"].startswith("Accélérer") and call.who_may_submit == "members"
    assert AuditEntry.objects.get(object_id=str(call.pk), action="create").actor == secretariat_user

    listing = secretariat_client.get("/en/activities/calls/manage/").content.decode()
    assert f"/en/activities/calls/manage/{call.slug}/" in listing

    edit = f"/en/activities/calls/manage/{call.slug}/"
    assert secretariat_client.get(edit).status_code == 200
    changes = form(event, slug=call.slug, closes_on="2021-06-15")
    del changes["event"]
    assert secretariat_client.post(edit, changes).status_code == 302
    changed = AuditEntry.objects.get(object_id=str(call.pk), action="update")
    assert changed.changes == {"closes_on": ["2021-05-31", "2021-06-15"]}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"closes_on": "2021-03-01"}, "closes_on", "A call cannot close before it opens."),
        ({"held_until": "2021-04-30"}, "held_until", "The activities’ last day comes before"),
        ({"kinds": ["picnic"]}, "kinds", "Select a valid choice"),
        ({"slug": "review"}, "slug", "choose another address"),
    ],
)
def test_bad_dates_or_kinds_are_refused_on_the_page(secretariat_client, changes, field, message):
    event = EventFactory()
    page = secretariat_client.post(NEW, form(event, **changes))
    assert page.status_code == 200
    body = page.content.decode().replace("&#x27;", "’").replace("'", "’")
    assert message in body
    assert not ActivityCall.objects.exists() and not AuditEntry.objects.exists()


def test_the_services_refuse_what_the_form_would_not_see():
    event = EventFactory()
    good = {"opens_on": D(2021, 4, 1), "closes_on": D(2021, 5, 31), "held_from": D(2021, 5, 1),
            "held_until": D(2021, 5, 31), "who_may_submit": "anyone"}  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        open_call(None, event, {**good, "kinds": ["conference", "picnic"]})
    assert "picnic" in str(refused.value.message_dict["kinds"])
    with pytest.raises(ValidationError) as refused:
        open_call(None, event, {**good, "held_until": D(2021, 4, 1)})
    assert "held_until" in refused.value.message_dict
    other_letter = ready_letter()
    other_letter.events.set([EventFactory()])
    with pytest.raises(ValidationError) as refused:
        open_call(None, event, {**good, "letter": other_letter})
    assert "letter" in refused.value.message_dict
    assert not ActivityCall.objects.exists()

    call = open_call(None, event, good)
    with pytest.raises(ValidationError, match="already has a call"):
        open_call(None, event, {**good, "slug": "another"})
    with pytest.raises(ValidationError):
        update_call(None, call, {"closes_on": D(2021, 1, 1)})
    call.refresh_from_db()
    assert call.closes_on == D(2021, 5, 31) and ActivityCall.objects.count() == 1


def test_the_letter_is_picked_among_the_events_letters(secretariat_client):
    call = CallFactory()
    announcing = ready_letter()
    announcing.events.set([call.event])
    unrelated = ready_letter()
    page = secretariat_client.get(f"/en/activities/calls/manage/{call.slug}/").content.decode()
    choices = page.split('name="letter"')[1].split("</select>")[0]
    assert f'value="{announcing.pk}"' in choices and f'value="{unrelated.pk}"' not in choices


def test_the_event_and_the_letter_link_to_the_call(client):
    event = EventFactory(acronym="WTISD 2021", status="published")
    letter = letters.issue_letter(None, ready_letter(), on=D(2021, 5, 6))
    letter.events.set([event])
    call = CallFactory(event=event, slug="wtisd-2021", letter=letter)
    link = "/en/activities/wtisd-2021/"
    assert link in client.get(f"/en/letters/{letter.pk}/").content.decode()
    assert link in client.get(f"/en/events/{event.slug}/").content.decode()
    assert call.letter == letter


def test_the_list_of_calls_reads_in_a_fixed_number_of_queries(
    secretariat_client, django_assert_max_num_queries
):
    from tests.contributions.activity_factories import ActivityFactory

    def listed(number):
        for _n in range(number):
            call = CallFactory()
            ActivityFactory(call=call, status="published")
            ActivityFactory(call=call, status="submitted")
        with django_assert_max_num_queries(8):
            page = secretariat_client.get("/en/activities/calls/manage/")
        assert page.status_code == 200
        return page.content.decode()

    listed(1)
    body = listed(5)
    assert body.count("/outcomes/") == 6
