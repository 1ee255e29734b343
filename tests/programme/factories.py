"""Factories for the programme's tests."""

import datetime

import factory

from plenaria.core.timezones import make_local
from plenaria.programme.models import Session, SessionType, Speaker, Track
from tests.factories import EventFactory


class SessionTypeFactory(factory.django.DjangoModelFactory):
    """The migration seeds the WSIS Forum's types; tests that flush the database recreate them."""

    class Meta:
        model = SessionType
        django_get_or_create = ["code"]

    code = "thematic_workshop"
    name = {"en": "Thematic workshop", "fr": "Atelier thématique"}


class HighLevelTypeFactory(SessionTypeFactory):
    code = "high_level_dialogue"
    name = {"en": "High-level dialogue", "fr": "Dialogue interactif de haut niveau"}
    is_high_level = True


class ForumEventFactory(EventFactory):
    """A five-day forum in Geneva, 17–21 May 2021."""

    acronym = factory.Sequence(lambda n: f"FORUM-{n}")
    kind = "forum"
    start = factory.LazyAttribute(
        lambda o: make_local(datetime.date(2021, 5, 17), datetime.time(0, 0), o.timezone)
    )
    end = factory.LazyAttribute(
        lambda o: make_local(datetime.date(2021, 5, 21), datetime.time(23, 59), o.timezone)
    )


class TrackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Track

    event = factory.SubFactory(ForumEventFactory)
    name = factory.Sequence(lambda n: {"en": f"Track {n}", "fr": f"Partie {n}"})
    slug = factory.Sequence(lambda n: f"track-{n}")


class SessionFactory(factory.django.DjangoModelFactory):
    """A session; ``day``, ``at`` and ``minutes`` are local to the event's zone."""

    class Meta:
        model = Session

    class Params:
        day = datetime.date(2021, 5, 18)
        at = datetime.time(10, 0)
        minutes = 60

    event = factory.SubFactory(ForumEventFactory)
    title = factory.Sequence(lambda n: {"en": f"Session {n}", "fr": f"Séance {n}"})
    type = factory.SubFactory(SessionTypeFactory)
    start = factory.LazyAttribute(lambda o: make_local(o.day, o.at, o.event.timezone))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(minutes=o.minutes))
    format = "virtual"
    languages = "en"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    gender = "woman"
