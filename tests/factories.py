"""Factories for the tests: real rows in the real database, with sensible defaults."""

import datetime

import factory

from plenaria.core.timezones import make_local
from plenaria.directory.models import Contact, Country, Organisation
from plenaria.events.models import Event, Room, Series, Venue


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: {"en": f"Organisation {n}", "fr": f"Organisation {n}"})
    acronym = factory.Sequence(lambda n: f"ORG{n}")
    category = "academia"
    wsis_stakeholder_type = "academia_technical"


class MemberStateFactory(OrganisationFactory):
    category = "member_state"
    wsis_stakeholder_type = "government"
    country = factory.LazyFunction(lambda: Country.objects.get(code="RW"))


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    organisation = factory.SubFactory(OrganisationFactory)
    first_name = "Amina"
    last_name = factory.Sequence(lambda n: f"Uwase{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    preferred_language = "fr"


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series
        django_get_or_create = ["acronym"]

    acronym = "WTISD"
    name = {"en": "World Telecommunication and Information Society Day", "fr": "Journée mondiale"}


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = {"en": "ITU headquarters", "fr": "Siège de l'UIT"}
    city = {"en": "Geneva", "fr": "Genève"}
    country = factory.LazyFunction(lambda: Country.objects.get(code="CH"))


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    venue = factory.SubFactory(VenueFactory)
    name = {"en": "Popov Room", "fr": "Salle Popov"}
    capacity = 200


class EventFactory(factory.django.DjangoModelFactory):
    """A published event; ``day``, ``start_time`` and ``end_time`` are local to ``timezone``."""

    class Meta:
        model = Event

    class Params:
        day = datetime.date(2023, 5, 17)
        start_time = datetime.time(14, 30)
        end_time = datetime.time(16, 30)

    series = factory.SubFactory(SeriesFactory)
    title = factory.Sequence(lambda n: {"en": f"Event {n}", "fr": f"Manifestation {n}"})
    acronym = factory.Sequence(lambda n: f"EV-{n}")
    slug = factory.Sequence(lambda n: f"ev-{n}")
    kind = "observance"
    format = "hybrid"
    status = "published"
    timezone = "Europe/Zurich"
    start = factory.LazyAttribute(lambda o: make_local(o.day, o.start_time, o.timezone))
    end = factory.LazyAttribute(lambda o: make_local(o.day, o.end_time, o.timezone))
