"""The audit log records that a person's data changed, never the data itself."""

import datetime
import importlib

import pytest
from django.apps import apps

from plenaria.core import audit
from plenaria.core.models import AuditEntry
from plenaria.core.services import delete_logged
from plenaria.directory import services as directory_services
from plenaria.registration import services
from plenaria.registration.models import Registration
from tests.factories import ContactFactory, MemberStateFactory, OrganisationFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db

PASSPORT = "PX7654321"
SECRETS = [PASSPORT, "2031-01-01", "wheelchair access", "amina.secret@example.org", "Uwimana"]


def _visa_registrant(event, **values):
    return register(
        event,
        first_name="Amina",
        last_name="Uwimana",
        email="amina.secret@example.org",
        visa_requested=True,
        passport_number=PASSPORT,
        passport_expiry=datetime.date(2031, 1, 1),
        accessibility_needs="wheelchair access",
        **values,
    )


def _entries_text(instance) -> str:
    return " ".join(f"{entry.object_repr} {entry.changes}" for entry in audit.history(instance))


def test_registration_entry_holds_no_personal_value():
    event = open_event(event=None)
    registration = _visa_registrant(event)
    entry = audit.history(registration).get()
    text = _entries_text(registration)
    for secret in [*SECRETS, registration.link_key]:
        assert secret not in text
    assert entry.changes["passport_number"] == audit.CHANGED
    assert entry.changes["link_key"] == audit.CHANGED
    assert entry.changes["email"] == audit.CHANGED
    assert entry.changes["status"] == [None, "seated"]  # what is not personal stays readable
    assert entry.object_repr == f"Registration #{registration.pk} — {event.acronym}"


def test_registration_awaiting_approval_and_its_changes_hold_no_personal_value(
    secretariat_user,
):
    event = open_event(approval_required=True)
    registration = _visa_registrant(event, organisation=MemberStateFactory())
    assert registration.status == "pending"
    services.decide(
        secretariat_user, registration, approve=False, reason="Not in our delegation, Uwimana"
    )
    text = _entries_text(registration)
    for secret in [*SECRETS, "Not in our delegation"]:
        assert secret not in text
    assert audit.history(registration).filter(changes__rejection_reason=audit.CHANGED).exists()


def test_contact_saved_and_deleted_is_logged_without_its_values():
    contact = ContactFactory.build(
        organisation=OrganisationFactory(),
        first_name="Jean",
        last_name="Dupont",
        email="jean.dupont@example.org",
        phone="+41 22 730 5111",
    )
    directory_services.save_contact(None, contact)
    contact.phone = "+41 22 730 5112"
    directory_services.save_contact(None, contact)
    delete_logged(None, contact)
    entries = AuditEntry.objects.filter(content_type__model="contact")
    assert entries.count() == 3
    for entry in entries:
        assert "Dupont" not in entry.object_repr and "Dupont" not in str(entry.changes)
        assert "730" not in str(entry.changes)
        assert entry.object_repr == f"Contact #{contact.pk or entry.object_id}"
    assert entries.filter(action="update").get().changes == {"phone": audit.CHANGED}


def test_models_not_about_a_person_are_logged_as_before():
    organisation = OrganisationFactory.build(name={"en": "Ministry of ICT"}, acronym="MICT")
    directory_services.save_organisation(None, organisation)
    entry = audit.history(organisation).get()
    assert entry.object_repr == "Ministry of ICT (MICT)"
    assert entry.changes["acronym"] == [None, "MICT"]


def test_stored_entries_are_scrubbed_by_the_migration():
    event = open_event(event=None)
    registration = _visa_registrant(event)
    # An entry as the log wrote them before: every value copied, the person named.
    old = AuditEntry.objects.create(
        action="create",
        content_type=audit.history(registration).get().content_type,
        object_id=str(registration.pk),
        object_repr=f"Amina Uwimana — {event.acronym}",
        changes={"passport_number": [None, PASSPORT], "status": [None, "seated"]},
    )
    migration = importlib.import_module("plenaria.privacy.migrations.0001_scrub_audit_log")
    migration.scrub(apps, None)
    old.refresh_from_db()
    assert old.changes == {"passport_number": audit.CHANGED, "status": [None, "seated"]}
    assert old.object_repr == f"Registration #{registration.pk} — {event.acronym}"
    assert not AuditEntry.objects.filter(object_repr__contains="Uwimana").exists()
    assert Registration.objects.get(pk=registration.pk).passport_number == PASSPORT
