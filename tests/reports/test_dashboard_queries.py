"""The dashboard reads the same number of queries for 2 registrations as for 30: the
secretariat's from the event's snapshot, the focal point's from grouped counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.directory.models import Country
from plenaria.reports.figures import snapshots
from tests.factories import EventFactory, MemberStateFactory
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.usefixtures("reference_data")

COUNTRIES = ("RW", "KE", "FR", "BR", "JP", "FJ")


def _counted(client, event, more: list) -> list[int]:
    counted = []
    for number in (2, 28):
        for index in range(number):
            register(
                event,
                organisation=more[index % len(more)],
                gender="man" if index % 3 else "woman",
                mode="remote" if index % 2 else "in_person",
                capacity="head" if index % 5 == 0 else "delegate",
                interpretation_language="fr" if index % 4 == 0 else "",
            )
        snapshots.refresh(event)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/en/reports/events/{event.slug}/").status_code == 200
        counted.append(len(queries))
    return counted


def _organisations():
    return [MemberStateFactory(country=Country.objects.get(code=code)) for code in COUNTRIES]


def test_the_secretariat_dashboard_reads_a_fixed_number_of_queries(secretariat_client):
    previous = open_event()
    register(previous)
    event = open_event(
        event=EventFactory(
            series=previous.series,
            start=previous.start.replace(year=previous.start.year + 1),
            end=previous.end.replace(year=previous.end.year + 1),
        )
    )
    snapshots.refresh(previous)
    first, second = _counted(secretariat_client, event, _organisations())
    assert first == second, (first, second)


def test_the_focal_point_dashboard_reads_a_fixed_number_of_queries(client):
    event = open_event()
    organisations = _organisations()
    client.force_login(make_focal_point(organisations[0], "fp-rwanda"))
    first, second = _counted(client, event, organisations[:1] * 3 + organisations[1:])
    assert first == second, (first, second)


def test_the_list_of_dashboards_reads_a_fixed_number_of_queries(secretariat_client):
    counted = []
    for number in (2, 12):
        for _ in range(number):
            register(open_event())
        with CaptureQueriesContext(connection) as queries:
            assert secretariat_client.get("/en/reports/").status_code == 200
        counted.append(len(queries))
    assert counted[0] == counted[1], counted
