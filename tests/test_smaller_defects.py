"""Small things a reader noticed: dates, deadlines, wording, empty programmes, language codes."""

import datetime

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format

from plenaria.events.admin import RelationInline
from plenaria.events.models import Event
from plenaria.registration.forms import RegistrationForm
from plenaria.registration.models import RegistrationSettings
from tests.programme.conftest import forum_programme  # noqa: F401  (a shared fixture)
from tests.programme.factories import ForumEventFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db

SEPT_6 = datetime.date(2021, 9, 6)


def test_english_dates_are_written_day_month_year():
    with translation.override("en"):
        assert date_format(SEPT_6) == "6 September 2021"
        assert date_format(SEPT_6, "SHORT_DATE_FORMAT") == "06/09/2021"
        assert Template("{{ day|date }}").render(Context({"day": SEPT_6})) == "6 September 2021"
        moment = datetime.datetime(2021, 9, 6, 14, 30)
        assert date_format(moment, "DATETIME_FORMAT") == "6 September 2021, 14:30"
    with translation.override("fr"):
        assert date_format(SEPT_6) == "6 septembre 2021"


def test_the_interpretation_deadline_error_reads_as_a_date():
    deadline = timezone.localdate() - datetime.timedelta(days=1)
    event = open_event(interpretation_deadline=deadline)
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        register(event, interpretation_language="fr")
    message = " ".join(caught.value.messages)
    assert date_format(deadline) in message and deadline.isoformat() not in message


def test_the_form_offers_interpretation_only_before_the_deadline():
    today = timezone.localdate()
    event = open_event(interpretation_deadline=today + datetime.timedelta(days=3))
    conf = RegistrationSettings.objects.get(event=event)
    field = RegistrationForm(conf=conf).fields["interpretation_language"]
    assert {code for code, _label in field.choices} == {"", "en", "fr", "es"}
    assert not field.disabled

    conf.interpretation_deadline = today - datetime.timedelta(days=2)
    with translation.override("en"):
        field = RegistrationForm(conf=conf).fields["interpretation_language"]
    assert [code for code, _label in field.choices] == [""]
    assert field.disabled
    assert "has passed" in str(field.help_text)
    assert date_format(conf.interpretation_deadline) in str(field.help_text)


def test_the_closed_interpretation_field_keeps_what_was_chosen():
    event = open_event()
    conf = RegistrationSettings.objects.get(event=event)
    person = register(event, interpretation_language="fr")
    conf.interpretation_deadline = timezone.localdate() - datetime.timedelta(days=2)
    form = RegistrationForm(instance=person, conf=conf)
    field = form.fields["interpretation_language"]
    assert [code for code, _label in field.choices] == ["", "fr"]


def test_the_public_form_says_the_deadline_has_passed(client):
    event = open_event(interpretation_deadline=timezone.localdate() - datetime.timedelta(days=1))
    body = client.get(f"/en/events/{event.slug}/register/").content.decode()
    assert "The deadline for interpretation requests" in body
    select = body.split('name="interpretation_language"', 1)[1].split("</select>", 1)[0]
    assert 'value="fr"' not in select and "disabled" in select


def test_relations_are_to_other_events():
    inline = RelationInline(Event, admin.site)
    with translation.override("en"):
        assert str(inline.verbose_name_plural) == "relations to other events"


def test_the_remote_attendance_mail_promises_only_what_it_holds():
    event = open_event()
    person = register(event, mode="remote")
    with translation.override("en"):
        body = render_to_string(
            "registration/email/notification.txt",
            {"registration": person, "event": event, "kind": "approved", "link": "https://x/"},
        )
    assert "You will take part remotely" in body
    assert "connection details will be sent to this address before the event" in body


def test_an_empty_programme_says_it_is_not_published(client):
    ForumEventFactory(slug="empty-forum", acronym="Empty 2021")
    body = client.get("/en/events/empty-forum/programme/").content.decode()
    assert "The programme has not been published yet." in body
    assert "No session matches these filters." not in body


def test_a_day_without_sessions_and_a_filter_matching_nothing(client, forum_programme):  # noqa: F811
    base = "/en/events/wsis-forum-2021/programme/"
    body = client.get(base, {"day": "2021-05-20"}).content.decode()
    assert "No session on this day." in body and "matches these filters" not in body
    body = client.get(base, {"day": "all", "type": "no-such-type"}).content.decode()
    assert "No session matches these filters." in body


def test_language_codes_are_shown_as_readers_know_them(client, forum_programme):  # noqa: F811
    base = "/en/events/wsis-forum-2021/programme/"
    listing = client.get(base, {"day": "2021-05-17"}).content.decode()
    assert "ZH-HANS" not in listing and "AR ZH EN FR RU ES" in listing
    opening = forum_programme["opening"]
    detail = client.get(f"{base}sessions/{opening.pk}/").content.decode()
    assert "ZH-HANS" not in detail and "Chinese" in detail
