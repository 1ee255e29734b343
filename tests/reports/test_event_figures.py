"""An event's figures: each breakdown counts the right people, in a fixed number of
queries whatever the number of registrations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.directory.models import Country
from plenaria.reports.figures import snapshots
from plenaria.reports.figures.event import compute
from tests.factories import EventFactory, MemberStateFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.usefixtures("reference_data")


def _rwanda():
    return MemberStateFactory(country=Country.objects.get(code="RW"))


def test_the_breakdowns_count_each_person_where_they_belong():
    event = open_event(youth_max_age=29)
    rwanda = _rwanda()
    register(
        event,
        organisation=rwanda,
        gender="woman",
        capacity="head",
        year_of_birth=event.start.year - 20,
    )
    register(event, organisation=rwanda, gender="man", mode="remote", interpretation_language="fr")
    register(event, gender="man", capacity="delegate", year_of_birth=1960)
    figures = compute(event)
    overall = figures["overall"]
    assert (overall["n"], overall["women"], overall["heads"], overall["heads_women"]) == (
        3,
        1,
        1,
        1,
    )
    assert overall["young"] == 1 and overall["remote"] == 1
    assert figures["by_country"]["RW"]["n"] == 2 and figures["by_country"][""]["n"] == 1
    assert figures["by_region"]["africa"]["women"] == 1
    # Rwanda is a least developed and landlocked country, not a small island.
    assert figures["by_grouping"]["LDC"]["n"] == 2 and figures["by_grouping"]["LLDC"]["n"] == 2
    assert "SIDS" not in figures["by_grouping"]
    assert figures["interpretation"] == {"fr": {"in_person": 0, "remote": 1}}
    assert sum(n for _days, n in figures["registered_per_day"]) == 3
    mine = compute(event, organisations=[rwanda])
    assert mine["overall"]["n"] == 2 and "letters" not in mine


def test_the_figures_take_the_same_queries_for_few_and_many(django_assert_max_num_queries):
    event = open_event()
    register(event, organisation=_rwanda())
    with CaptureQueriesContext(connection) as few:
        compute(event)
    for number in range(15):
        register(event, gender="man" if number % 2 else "woman", mode="remote")
    with CaptureQueriesContext(connection) as many:
        compute(event)
    assert len(many) == len(few)


def test_a_snapshot_is_read_until_it_is_refreshed():
    event = open_event()
    register(event)
    assert snapshots.figures(event)["received"] == 1
    register(event)
    assert snapshots.figures(event)["received"] == 1
    snapshots.refresh(event)
    assert snapshots.figures(event)["received"] == 2


def test_an_event_without_registration_settings_has_empty_figures():
    event = EventFactory()
    figures = compute(event)
    assert figures["takes_registrations"] is False
    assert figures["overall"]["n"] == 0 and figures["received"] == 0
