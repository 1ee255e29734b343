"""The figures stay cheap as an event grows: computing them, and reading them back from the
snapshot, take as many queries with 300 registrations as with 3 (across countries, regions,
groupings, statuses, modes, days of registration and days of arrival)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.directory.models import Country
from plenaria.registration.models import CheckIn, Registration
from plenaria.reports.figures import snapshots
from plenaria.reports.figures.event import compute
from tests.factories import MemberStateFactory
from tests.registration.factories import open_event

pytestmark = pytest.mark.usefixtures("reference_data")

STATUSES = ["seated", "approved", "pending", "waiting", "cancelled"]


def _add(event, organisations, first: int, count: int) -> None:
    """``count`` registrations in bulk, each on a day of its own and some of them arrived."""
    rows = Registration.objects.bulk_create(
        Registration(
            event=event,
            first_name="Grace",
            last_name=f"Person {n}",
            email=f"person{n}@example.org",
            gender=("woman", "man", "undisclosed")[n % 3],
            year_of_birth=1960 + n % 45,
            organisation=organisations[n % len(organisations)],
            nationality_id=organisations[n % len(organisations)].country_id,
            capacity=("delegate", "head", "speaker", "observer")[n % 4],
            mode="remote" if n % 3 == 0 else "in_person",
            interpretation_language=("", "fr", "ar", "zh")[n % 4],
            status=STATUSES[n % len(STATUSES)],
            consent=True,
        )
        for n in range(first, first + count)
    )
    for n, row in enumerate(rows, start=first):
        row.created_at = event.start - datetime.timedelta(days=1 + n % 60, hours=n % 24)
    Registration.objects.bulk_update(rows, ["created_at"])
    CheckIn.objects.bulk_create(
        CheckIn(registration=row, day=event.start.date() + datetime.timedelta(days=n % 3))
        for n, row in enumerate(rows)
        if row.status == "seated"
    )


def _queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


def test_computing_and_reading_the_figures_take_the_same_queries_at_3_and_300():
    event = open_event(youth_max_age=29)
    countries = Country.objects.filter(is_itu_member_state=True).order_by("code")[:39]
    organisations = [MemberStateFactory(country=country) for country in countries]
    _add(event, organisations, 0, 3)
    snapshots.refresh(event)
    few = _queries(lambda: compute(event)), _queries(lambda: snapshots.figures(event))

    _add(event, organisations, 3, 297)
    snapshots.refresh(event)
    many = _queries(lambda: compute(event)), _queries(lambda: snapshots.figures(event))

    assert many == few
    figures = snapshots.figures(event)
    assert figures["received"] == 300 and len(figures["by_country"]) == 39
    assert len(figures["registered_per_day"]) >= 60 and len(figures["arrivals_per_day"]) == 3
    assert few[1] == 1  # the snapshot, read in one query
