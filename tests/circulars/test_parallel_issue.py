"""Two officers issuing at the same instant get distinct, consecutive numbers."""

import datetime
import threading

import pytest
from django.db import connection

from plenaria.circulars import services
from plenaria.circulars.models import Letter
from tests.circulars.factories import NumberingSeriesFactory, ready_letter

PARALLEL = 8


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_issues_yield_distinct_consecutive_numbers():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Needs PostgreSQL: SQLite serialises every writer, so it cannot show row locks "
            "at work. Run with DATABASE_URL=postgres://…"
        )
    series = NumberingSeriesFactory(pattern="DM-{yy}/{n:04}")
    letters = [ready_letter(series=series) for _ in range(PARALLEL)]
    start = threading.Barrier(PARALLEL)
    errors = []

    def issue(letter):
        from django.db import connection as own_connection  # one per thread

        try:
            start.wait()
            services.issue_letter(None, letter, on=datetime.date(2022, 2, 22))
        except Exception as error:  # reported below, with the thread's own failure
            errors.append(error)
        finally:
            own_connection.close()

    threads = [threading.Thread(target=issue, args=(letter,)) for letter in letters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    issued = Letter.objects.filter(series=series).order_by("number")
    assert [letter.number for letter in issued] == list(range(1, PARALLEL + 1))
    assert sorted(letter.reference for letter in issued) == [
        f"DM-22/{n:04d}" for n in range(1, PARALLEL + 1)
    ]
