import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.functions import Cast

from plenaria.circulars.models import Delivery
from plenaria.directory.models import Country, FocalPoint
from plenaria.programme.models import SessionSpeaker
from plenaria.registration import badges
from plenaria.registration.models import CheckIn
from tests.circulars.factories import LetterFactory
from tests.factories import ContactFactory, OrganisationFactory
from tests.programme.factories import SessionFactory, SpeakerFactory
from tests.registration.factories import open_event, register

EMAIL = "amina.uwimana@example.org"
PASSPORT = "PX7654321"


@pytest.fixture(autouse=True)
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def person(db):
    """One person known everywhere: registered (badge, check-in) with a visa request, a
    directory contact and focal point with a login, a speaker, and a letter's addressee."""
    event = open_event(event=None)
    organisation = OrganisationFactory(acronym="MICT")
    registration = register(
        event,
        first_name="Amina",
        last_name="Uwimana",
        email=EMAIL,
        gender="woman",
        year_of_birth=1999,
        nationality=Country.objects.get(code="RW"),
        organisation=organisation,
        visa_requested=True,
        passport_number=PASSPORT,
        passport_expiry=datetime.date(2031, 1, 1),
        accessibility_needs="Sign language interpretation",
    )
    badge = badges.issue_badge(None, registration)
    CheckIn.objects.create(registration=registration, badge=badge, day=event.start.date())
    contact = ContactFactory(
        organisation=organisation,
        title="Dr",
        first_name="Amina",
        last_name="Uwimana",
        email=EMAIL,
        phone="+250788123456",
        job_title="Director of ICT",
    )
    login = get_user_model().objects.create_user("amina", EMAIL, "pw-amina-12345")
    FocalPoint.objects.create(contact=contact, user=login)
    speaker = SpeakerFactory(
        contact=contact,
        name="Dr Amina Uwimana",
        position="Director",
        biography={"en": "Born in Kigali"},
    )
    SessionSpeaker.objects.create(session=SessionFactory(), speaker=speaker)
    delivery = Delivery.objects.create(
        letter=LetterFactory(),
        contact=contact,
        email=EMAIL,
        language="en",
        state="bounced",
        last_error=f"550 <{EMAIL}>: mailbox unknown",
    )
    return {
        "event": event,
        "registration": registration,
        "contact": contact,
        "speaker": speaker,
        "delivery": delivery,
        "login": login,
    }


def tables_holding(text: str) -> list[str]:
    """Every table and column of every installed app whose text holds ``text``."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if not isinstance(field, models.CharField | models.TextField | models.JSONField):
                continue
            rows = model._default_manager.annotate(_as_text=Cast(field.name, models.TextField()))
            if rows.filter(_as_text__icontains=text).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found
