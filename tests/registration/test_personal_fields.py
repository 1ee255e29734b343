"""Personal fields are clean at the door: names stay one line of visible text, addresses are
what the mail layer will send to, dates are plausible. Each refusal says why on its field and
stores nothing; mail never lets a name start a line of its own."""

import datetime
import json

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone

from plenaria.registration.models import Registration
from tests.factories import ContactFactory
from tests.programme.factories import SpeakerFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Aline",
    "last_name": "Mukamana",
    "email": "aline@example.org",
    "gender": "woman",
    "year_of_birth": "1990",
    "capacity": "delegate",
    "mode": "in_person",
    "consent": "on",
}
INJECTED = "Aline\n\nURGENT: confirm your seat at http://phish.example/pay"


def form_errors(client, event, **changes) -> str:
    response = client.post(f"/en/events/{event.slug}/register/", {**FORM, **changes})
    assert response.status_code == 200
    assert "Check your mailbox" not in response.content.decode()
    assert not Registration.objects.exists()
    assert not mail.outbox
    return response.content.decode()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"first_name": INJECTED}, "control characters"),
        ({"last_name": "Mukamana http://phish.example"}, "web address"),
        ({"last_name": "visit www.phish.example"}, "web address"),
        ({"first_name": "\u202egnp.exe"}, "invisible characters"),
        ({"first_name": "zero\u200bwidth"}, "invisible characters"),
        ({"email": "x@。.com"}, "is not a valid internet name"),
        ({"email": "aline@ex\u200bample.org"}, "invisible characters"),
        ({"accessibility_needs": "ramp\x1b[31m"}, "control characters"),
        ({"year_of_birth": "1899"}, "greater than or equal to 1900"),
    ],
)
def test_the_form_refuses_unclean_personal_fields(client, changes, message):
    event = open_event()
    assert message in form_errors(client, event, **changes)


def test_names_with_joiners_and_line_breaks_in_needs_are_accepted(client):
    event = open_event()
    client.post(
        f"/en/events/{event.slug}/register/",
        {**FORM, "first_name": "می\u200cخواهم", "accessibility_needs": "Ramp\r\nHearing loop"},
    )
    assert Registration.objects.get().first_name == "می\u200cخواهم"


@pytest.mark.parametrize(
    "expiry, message",
    [
        ("0001-01-01", "still be valid on the first day of the event"),
        ("yesterday", "still be valid on the first day of the event"),
        ("9999-12-31", "not valid for more than 15 years"),
    ],
)
def test_an_implausible_passport_expiry_is_refused_on_its_field(client, expiry, message):
    event = open_event()
    if expiry == "yesterday":
        expiry = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    text = form_errors(
        client, event, visa_requested="on", passport_number="PC123456", passport_expiry=expiry
    )
    assert message in text


def test_a_passport_valid_on_the_first_day_is_accepted(client):
    event = open_event()
    first_day = timezone.localtime(event.start, event.local.start.tzinfo).date()
    client.post(
        f"/en/events/{event.slug}/register/",
        {
            **FORM,
            "visa_requested": "on",
            "passport_number": "PC123456",
            "passport_expiry": first_day.isoformat(),
        },
    )
    assert Registration.objects.get().passport_expiry == first_day


def test_the_api_refuses_them_with_the_field_named(client):
    event = open_event()
    url = f"/api/v1/events/{event.slug}/register"
    person = {**FORM, "year_of_birth": 1990, "consent": True}
    for field, value in (
        ("first_name", INJECTED),
        ("email", "x@。.com"),
        ("last_name", "\u2066isolate\u2069"),
    ):
        response = client.post(
            url, json.dumps({**person, field: value}), content_type="application/json"
        )
        assert response.status_code in (400, 422), response.content
        assert response.json()["errors"][field]
    assert not Registration.objects.exists()


def test_contacts_and_speakers_are_held_to_the_same_rules():
    contact = ContactFactory.build(organisation=ContactFactory().organisation)
    for field, value in (
        ("last_name", INJECTED),
        ("first_name", "a\u202eb"),
        ("title", "Dr www.example.org"),
        ("job_title", "Head\nof everything"),
        ("email", "x@。.com"),
    ):
        setattr(contact, field, value)
        with pytest.raises(ValidationError) as caught:
            contact.full_clean()
        assert field in caught.value.message_dict
        contact = ContactFactory.build(organisation=contact.organisation)
    speaker = SpeakerFactory.build()
    speaker.name = "Speaker\r\nBcc: everyone@example.org"
    with pytest.raises(ValidationError) as caught:
        speaker.full_clean()
    assert "name" in caught.value.message_dict
    speaker = SpeakerFactory.build(biography={"en": "Line one\nline two", "fr": "\u202e"})
    with pytest.raises(ValidationError) as caught:
        speaker.full_clean()
    assert "biography" in caught.value.message_dict


def test_a_stored_name_cannot_break_the_mails_lines():
    """Stored before the validators (or past them): the mail still keeps it on one line."""
    event = open_event()
    registration = register(event)
    Registration.objects.filter(pk=registration.pk).update(
        first_name=INJECTED, last_name="\u202eevil"
    )
    registration.refresh_from_db()
    body = render_to_string(
        "registration/email/notification.txt",
        {"registration": registration, "event": event, "kind": "seated", "link": "L"},
    )
    first_line, rest = body.split("\n", 1)
    assert first_line.startswith("Dear Aline URGENT: confirm your seat")
    assert "\u202e" not in body
    assert not any(line.startswith("URGENT") for line in rest.splitlines())
