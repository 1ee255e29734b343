"""The demo can be walked through: an upcoming edition of each series takes registrations now,
past registrations carry past dates, and loading again never undoes what a user changed."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from plenaria.demo.upcoming import next_wtisd_day, wtisd_acronym
from plenaria.events.models import Event
from plenaria.programme.models import Session
from plenaria.registration import services
from plenaria.registration.models import Badge, Registration, RegistrationSettings

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def demo():
    call_command("load_demo")


@pytest.mark.parametrize(
    ("today", "wtisd"),
    [
        (D(2026, 12, 2), D(2027, 5, 17)),
        (D(2027, 3, 1), D(2027, 5, 17)),
        (D(2027, 5, 15), D(2027, 5, 17)),
        (D(2027, 5, 16), D(2028, 5, 17)),
        (D(2027, 5, 17), D(2028, 5, 17)),
    ],
)
def test_the_next_wtisd_is_the_next_17_may_still_open(today, wtisd):
    assert next_wtisd_day(today) == wtisd
    assert wtisd_acronym(today) == f"WTISD-{wtisd.year % 100}"


def test_each_series_has_an_upcoming_edition_open_for_registration_now(demo):
    now = timezone.now()
    upcoming = Event.objects.filter(start__gt=now, status="published")
    assert set(upcoming.values_list("series__acronym", flat=True)) == {
        "WTISD",
        "WSIS Forum",
        "P2C",
        "Generation Connect",
        "WTDC",
    }
    for event in upcoming:
        conf = services.settings_for(event)
        assert conf.is_open(now), event.acronym
        assert conf.closes_at < event.start
        assert event.registrations.exists(), event.acronym
    wtisd = Event.objects.get(acronym=wtisd_acronym(timezone.localdate()))
    assert wtisd.local.start.date() == next_wtisd_day(timezone.localdate())
    assert (wtisd.local.start.month, wtisd.local.start.day) == (5, 17)


def test_registrations_and_badges_of_past_events_are_dated_before_them(demo):
    for acronym in ("WTISD-23", "WTDC-21"):
        event = Event.objects.get(acronym=acronym)
        registrations = Registration.objects.filter(event=event)
        assert registrations.exists()
        assert not registrations.filter(created_at__gte=event.start).exists()
        assert not registrations.filter(updated_at__gte=event.end).exists()
        conf = RegistrationSettings.objects.get(event=event)
        assert not registrations.filter(created_at__lt=conf.opens_at).exists()
    wtisd23 = Event.objects.get(acronym="WTISD-23")
    badges = Badge.objects.filter(registration__event=wtisd23)
    assert badges.exists() and not badges.filter(issued_at__gte=wtisd23.start).exists()


def test_loading_again_keeps_what_a_user_changed_and_loads_nothing_twice(demo):
    event = Event.objects.get(acronym="WTISD-23")
    event.title = {**event.title, "en": "WTISD 2023, renamed"}
    event.status = "published"
    event.save()
    reopened = timezone.now() + datetime.timedelta(days=30)
    RegistrationSettings.objects.filter(event=event).update(
        closes_at=reopened, in_person_capacity=80, approval_required=True
    )
    session = Session.objects.filter(event__acronym="WSIS Forum 2021").first()
    session.title = {**session.title, "fr": "Une séance renommée"}
    session.save()
    counts = (
        Event.objects.count(),
        Registration.objects.count(),
        Session.objects.count(),
        Badge.objects.count(),
    )

    call_command("load_demo")

    event.refresh_from_db()
    assert event.title["en"] == "WTISD 2023, renamed" and event.status == "published"
    conf = RegistrationSettings.objects.get(event=event)
    assert conf.closes_at == reopened and conf.in_person_capacity == 80
    assert conf.approval_required and conf.is_open()
    session.refresh_from_db()
    assert session.title["fr"] == "Une séance renommée"
    assert counts == (
        Event.objects.count(),
        Registration.objects.count(),
        Session.objects.count(),
        Badge.objects.count(),
    )


def test_the_focal_point_finds_rwandan_registrations_to_decide_on_the_upcoming_wtdc(demo, client):
    from plenaria.registration.demo import FOCAL_POINT_LOGIN

    wtdc = Event.objects.get(series__acronym="WTDC", start__gt=timezone.now())
    pending = Registration.objects.filter(
        event=wtdc, status="pending", organisation__country_id="RW"
    )
    assert pending.exists()
    username, password = FOCAL_POINT_LOGIN
    assert client.login(username=username, password=password)
    page = client.get(f"/en/registration/delegations/{wtdc.slug}/")
    assert page.status_code == 200 and page.context["acting"]
    shown = {r.pk for r in page.context["registrations"] if r.status == "pending"}
    assert set(pending.values_list("pk", flat=True)) <= shown
