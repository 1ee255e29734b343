"""Each refusal says why and changes nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from plenaria.registration import services
from plenaria.registration.models import Registration
from tests.factories import EventFactory
from tests.registration.factories import RegistrationFactory, open_event, register

pytestmark = pytest.mark.django_db


def refused(call, *args, **kwargs) -> str:
    before = list(Registration.objects.values_list("id", "status", "mode"))
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert list(Registration.objects.values_list("id", "status", "mode")) == before
    return " ".join(caught.value.messages)


def test_after_closing():
    event = open_event(
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
        opens_at=timezone.now() - datetime.timedelta(days=3),
    )
    assert "closed" in refused(register, event)


def test_same_email_twice_in_any_case():
    event = open_event()
    register(event, email="ada@example.org")
    assert "already registered" in refused(register, event, email="ADA@example.org ")


def test_mode_the_format_does_not_allow():
    event = open_event(event=EventFactory(format="virtual"))
    assert "cannot be attended" in refused(register, event, mode="in_person")


def test_interpretation_after_its_deadline_and_outside_the_offer():
    event = open_event(interpretation_deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert "deadline" in refused(register, event, interpretation_language="fr")
    assert "not offered" in refused(register, event, interpretation_language="ru")
    person = register(event)
    assert "deadline" in refused(
        services.change, None, person, mode="in_person", interpretation_language="fr"
    )


def test_year_of_birth_in_the_future():
    event = open_event()
    assert "future" in refused(register, event, year_of_birth=timezone.now().year + 1)


def test_visa_letter_when_not_offered_and_passport_fields_required():
    event = open_event(visa_letters_offered=False)
    assert "not offered" in refused(
        register,
        event,
        visa_requested=True,
        passport_number="X1",
        passport_expiry=datetime.date(2030, 1, 1),
    )
    offered = open_event()
    assert "passport" in refused(register, offered, visa_requested=True)


def test_focal_point_acting_on_another_organisations_person(rwanda, kenya, kenya_focal_point):
    event = open_event(approval_required=True)
    rwandan = register(event, organisation=rwanda)
    assert "own organisation" in refused(services.decide, kenya_focal_point, rwandan, approve=True)
    assert "own organisation" in refused(
        services.register,
        kenya_focal_point,
        RegistrationFactory(event=event, organisation=rwanda),
        direct=True,
    )


def test_rejection_without_a_reason(rwanda, rwanda_focal_point):
    event = open_event(approval_required=True)
    person = register(event, organisation=rwanda)
    assert "reason" in refused(services.decide, rwanda_focal_point, person, approve=False)


def test_event_without_registration_settings():
    event = EventFactory()
    assert "does not take registrations" in refused(
        services.register, None, RegistrationFactory(event=event)
    )
