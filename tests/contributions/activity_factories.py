"""Factories for national activities.

``CallFactory()`` is a call open today, whose activities may be held from today to 60 days
on; ``CallFactory(closed=True)`` closed yesterday. ``ActivityFactory(call=…, status="published")``
is an activity in Geneva a few days into the call's span, with its dates of submission and
approval filled in as the services would.
"""

import datetime

import factory
from django.utils import timezone

from plenaria.contributions.choices import ActivityKind, Moderation, WhoMaySubmit
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.core.timezones import make_local
from plenaria.directory.models import Country
from tests.contributions.factories import UserFactory
from tests.factories import EventFactory


def _today() -> datetime.date:
    return timezone.localdate()


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityCall

    class Params:
        closed = factory.Trait(
            opens_on=factory.LazyFunction(lambda: _today() - datetime.timedelta(days=60)),
            closes_on=factory.LazyFunction(lambda: _today() - datetime.timedelta(days=1)),
        )

    event = factory.SubFactory(EventFactory)
    slug = factory.Sequence(lambda n: f"call-{n}")
    theme = {"en": "Accelerating digital transformation", "fr": "Accélérer la transformation"}
    introduction = {"en": "Tell us about your celebrations.", "fr": "Parlez-nous de vos fêtes."}
    opens_on = factory.LazyFunction(lambda: _today() - datetime.timedelta(days=10))
    closes_on = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=30))
    held_from = factory.LazyFunction(_today)
    held_until = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=60))
    kinds: list = []
    who_may_submit = WhoMaySubmit.ANYONE


def _start(activity) -> datetime.datetime:
    return make_local(
        activity.call.held_from + datetime.timedelta(days=activity.day_offset),
        datetime.time(10, 0),
        activity.timezone,
    )


class ActivityFactory(factory.django.DjangoModelFactory):
    """``day_offset`` days after the call's first day, 10:00–12:00 local time."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    class Params:
        day_offset = 5

    call = factory.SubFactory(CallFactory)
    organiser_name = factory.Sequence(lambda n: f"Telecom Society {n}")
    country = factory.LazyFunction(lambda: Country.objects.get(code="CH"))
    city = "Geneva"
    latitude = "46.20222"
    longitude = "6.14569"
    timezone = "Europe/Zurich"
    title = factory.Sequence(lambda n: {"en": f"Digital day {n}", "fr": f"Journée numérique {n}"})
    description = {"en": "Talks and a hackathon.", "fr": "Des exposés et un hackathon."}
    kind = ActivityKind.CONFERENCE
    starts_at = factory.LazyAttribute(_start)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    languages = ["en"]
    audiences = ["public"]
    expected_participants = 120
    contact_name = "Amina Uwase"
    contact_email = "amina@example.org"
    status = Moderation.DRAFT
    language = "en"
    submitted_by = factory.SubFactory(UserFactory)
    submitted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status != Moderation.DRAFT else None
    )
    published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == Moderation.PUBLISHED else None
    )

    @factory.post_generation
    def co_organisers(self, create, extracted, **kwargs):
        if extracted:
            self.co_organisers.set(extracted)
