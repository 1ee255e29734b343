"""Registration test data: an event open for registration and registrations built for it."""

import datetime

import factory
from django.utils import timezone

from plenaria.registration import services
from plenaria.registration.models import Registration
from tests.factories import EventFactory


def open_event(actor=None, **settings_values):
    """A hybrid event open for registration now, with its settings."""
    event = settings_values.pop("event", None) or EventFactory(
        start=timezone.now() + datetime.timedelta(days=30),
        end=timezone.now() + datetime.timedelta(days=30, hours=2),
    )
    values = {
        "opens_at": timezone.now() - datetime.timedelta(days=1),
        "closes_at": timezone.now() + datetime.timedelta(days=20),
        "interpretation_languages": ["en", "fr", "es"],
        "visa_letters_offered": True,
    }
    values.update(settings_values)
    services.configure(actor, event, **values)
    return event


class RegistrationFactory(factory.Factory):
    """An unsaved registration: hand it to ``services.register``."""

    class Meta:
        model = Registration

    first_name = "Amina"
    last_name = factory.Sequence(lambda n: f"Uwase{n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    gender = "woman"
    year_of_birth = 1990
    capacity = "delegate"
    mode = "in_person"
    consent = True
    language = "fr"


def register(event, actor=None, direct=False, **values) -> Registration:
    return services.register(actor, RegistrationFactory(event=event, **values), direct=direct)
