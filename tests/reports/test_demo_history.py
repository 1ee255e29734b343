"""The demo has enough history for the reports' curves: two past editions of WTISD, WTDC-21 and
the upcoming edition of each, registered over many days like a real registration (a slow
start, a rush before the deadline), a mix of people from every region, arrivals at the past
in-person conference, and every edition's figures already computed."""

import datetime
import random

import pytest
from django.core.management import call_command
from django.utils import timezone

from plenaria.events.models import Event
from plenaria.registration.models import Badge, CheckIn, Registration
from plenaria.reports.demo import load_reports_demo
from plenaria.reports.demo_people import moment
from plenaria.reports.figures.editions import previous_edition
from plenaria.reports.figures.snapshots import figures_of
from plenaria.reports.models import EventSnapshot

UTC = datetime.UTC
PAST_EDITIONS = ("WTISD 2021", "WTISD-23", "WTDC-21")


def _upcoming(series: str) -> Event:
    now = timezone.now()
    return Event.objects.filter(series__acronym=series, start__gt=now).order_by("start").first()


def _rows():
    dated = Registration.objects.order_by("pk").values_list("pk", "created_at", "updated_at")
    return list(dated), CheckIn.objects.count(), Badge.objects.count()


@pytest.mark.django_db
def test_the_demo_editions_have_curves_a_mix_of_people_and_their_figures():
    call_command("load_demo")
    past = {e.acronym: e for e in Event.objects.filter(acronym__in=PAST_EDITIONS)}
    upcoming = [_upcoming("WTISD"), _upcoming("WTDC")]
    snapshot_count = EventSnapshot.objects.count()
    found = figures_of([*past.values(), *upcoming])
    assert EventSnapshot.objects.count() == snapshot_count  # computed by the load, not now

    for acronym, event in past.items():
        curve = found[event.pk]["registered_per_day"]
        assert all(days >= 0 for days, _n in curve), acronym  # all before the opening
        assert len(curve) >= 25 and 400 <= sum(n for _d, n in curve) <= 1500, acronym
        first_week = sum(n for days, n in curve if days >= max(d for d, _n in curve) - 7)
        last_week = sum(n for days, n in curve if days <= 7)
        assert last_week > 2 * first_week, acronym  # the rush before the deadline
        overall = found[event.pk]["overall"]
        assert 0.3 < overall["women"] / overall["n"] < 0.55 and overall["young"] > 0
        assert len(found[event.pk]["by_region"]) >= 5, acronym
        assert {"LDC", "LLDC", "SIDS"} <= set(found[event.pk]["by_grouping"]), acronym
    for event in upcoming:
        curve = found[event.pk]["registered_per_day"]
        assert len(curve) >= 5 and all(days > 0 for days, _n in curve), event.acronym

    wtdc = found[past["WTDC-21"].pk]
    assert len(wtdc["arrivals_per_day"]) >= 9  # eleven days, quieter at the weekend
    assert 0.6 < wtdc["arrivals_per_day"][0][1] / wtdc["capacity"]["seated"] <= 1
    assert found[past["WTISD-23"].pk]["arrivals_per_day"]  # the registration demo's
    assert found[past["WTISD 2021"].pk]["overall"]["in_person"] == 0  # a virtual edition

    previous = previous_edition(upcoming[0])
    assert previous == past["WTISD-23"]
    assert found[previous.pk]["received"] >= 500

    # Loading again adds nobody and moves nobody's date.
    before = _rows()
    assert load_reports_demo() == 0
    assert _rows() == before


def test_a_registration_curve_starts_slowly_and_rushes_before_the_deadline():
    opens = datetime.datetime(2023, 4, 3, 8, tzinfo=UTC)  # a Monday
    closes = opens + datetime.timedelta(days=42)
    rng = random.Random(1)
    moments = [moment(rng, opens, closes, closes) for _ in range(3000)]
    assert all(opens <= at < closes for at in moments)
    weeks = [sum(1 for at in moments if (at - opens).days // 7 == week) for week in range(6)]
    assert weeks == sorted(weeks) and weeks[-1] > 5 * weeks[0]
    weekend = sum(1 for at in moments if at.weekday() >= 5)
    assert weekend < 0.2 * len(moments)
    # An upcoming edition: only the days already gone by.
    until = opens + datetime.timedelta(days=5)
    assert all(at < until for at in (moment(rng, opens, closes, until) for _ in range(200)))
