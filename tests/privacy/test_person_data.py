"""Everything held on one person, exported; and erased, keeping what the counts rely on."""

import json

import pytest

from plenaria.core.audit import CHANGED, history
from plenaria.directory.models import FocalPoint
from plenaria.privacy import services
from plenaria.registration.models import Badge, Notification, Registration
from tests.privacy.conftest import EMAIL, PASSPORT, tables_holding
from tests.registration.factories import register

pytestmark = pytest.mark.django_db


def test_export_holds_everything_on_the_person(person):
    data = services.export_person(" Amina.Uwimana@Example.org ")
    json.dumps(data)  # plain values only
    (registration,) = data["registrations"]
    assert (registration["first_name"], registration["passport_number"]) == ("Amina", PASSPORT)
    assert registration["accessibility_needs"] == "Sign language interpretation"
    assert [n["kind"] for n in registration["notifications"]] == ["seated"]
    assert len(registration["badges"]) == 1 and len(registration["check_ins"]) == 1
    assert "link_key" not in registration  # a secret, not the person's data
    (speaker,) = data["speakers"]
    assert speaker["name"] == "Dr Amina Uwimana" and len(speaker["sessions"]) == 1
    (contact,) = data["contacts"]
    assert contact["phone"] == "+250788123456"
    assert contact["focal_point"]["login"] == "amina"
    (delivery,) = data["letter_deliveries"]
    assert delivery["state"] == "bounced" and EMAIL in delivery["last_error"]
    assert data["logins"][0]["username"] == "amina"
    assert services.counts(services.export_person("nobody@example.org")) == dict.fromkeys(
        [*services.PARTS, "logins"], 0
    )


def test_erasing_removes_the_person_and_keeps_the_counts(person, secretariat_user, mailoutbox):
    registration = person["registration"]
    waiting = register(person["event"], mode="in_person")  # a seat is free: seated at once
    done = services.erase_person(secretariat_user, EMAIL)
    assert done == {"registrations": 1, "speakers": 1, "contacts": 1, "letter_deliveries": 1}

    registration.refresh_from_db()
    assert registration.first_name == "Erased" and registration.last_name == ""
    assert registration.email == f"erased-registration-{registration.pk}@erased.invalid"
    assert (registration.passport_number, registration.passport_expiry) == ("", None)
    assert registration.accessibility_needs == "" and registration.erased_at is not None
    # What the figures rely on survives.
    assert (registration.gender, registration.year_of_birth) == ("woman", 1999)
    assert registration.nationality_id == "RW" and registration.organisation.acronym == "MICT"
    assert registration.check_ins.count() == 1
    # The event is still to come: the place is given up, no message goes to the erased person.
    assert registration.status == "cancelled"
    assert not Badge.objects.filter(registration=registration, revoked_at__isnull=True).exists()
    assert not Notification.objects.filter(
        registration=registration, sent_at__isnull=True, failed_at__isnull=True
    ).exists()
    assert all(EMAIL not in message.to for message in mailoutbox[1:])
    waiting.refresh_from_db()
    assert waiting.status == "seated"

    speaker, contact, delivery = person["speaker"], person["contact"], person["delivery"]
    for row in (speaker, contact, delivery):
        row.refresh_from_db()
    assert (speaker.name, speaker.position, speaker.contact_id) == ("Erased", "", None)
    assert speaker.gender == "woman" and speaker.participations.count() == 1
    assert (contact.last_name, contact.email, contact.phone, contact.is_active) == (
        "Erased",
        "",
        "",
        False,
    )
    assert not FocalPoint.objects.filter(contact=contact).exists()
    assert delivery.email.endswith("@erased.invalid") and delivery.last_error == ""
    assert delivery.state == "bounced"

    for text in (PASSPORT, "Sign language", "+250788123456", "Born in Kigali"):
        assert tables_holding(text) == [], text
    # Only the login account keeps the address: it is closed in the administration.
    assert tables_holding(EMAIL) == tables_holding("Uwimana") == ["auth.User.email"]
    entry = history(registration).filter(action="personal data erased").get()
    assert entry.actor == secretariat_user
    assert entry.changes["email"] == CHANGED and entry.changes["first_name"] == CHANGED
    assert services.counts(services.export_person(EMAIL)) == {
        "registrations": 0,
        "speakers": 0,
        "contacts": 0,
        "letter_deliveries": 0,
        "logins": 1,
    }


def test_erasing_twice_changes_nothing_more(person):
    services.erase_person(None, EMAIL)
    assert services.erase_person(None, EMAIL) == dict.fromkeys(services.PARTS, 0)
    assert services.erase_person(None, "  ") == dict.fromkeys(services.PARTS, 0)
    assert Registration.objects.filter(erased_at__isnull=False).count() == 1
