"""Two tabs sending the same new pledge, then both submitting it, at the same moment: one
pledge, submitted once."""

import threading
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from plenaria.contributions.models import Pledge, PledgeComment
from plenaria.contributions.pledges import submission
from tests.contributions.pledging_data import good_data, pledger

TABS = 8


def _at_once(work) -> list:
    start = threading.Barrier(TABS)
    outcomes = []

    def tab():
        try:
            start.wait()
            outcomes.append(work())
        except ValidationError as refusal:
            outcomes.append(refusal)
        except Exception as error:  # anything else is a failure, shown by the assertion
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=tab) for _n in range(TABS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_tabs_racing_make_one_pledge_and_submit_it_once(reference_data):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    user, organisation = pledger()
    key = uuid.uuid4()
    made = _at_once(lambda: submission.save_draft(user, organisation, good_data(), key).pk)
    assert Pledge.objects.count() == 1 and set(made) == {Pledge.objects.get().pk}

    pledge = Pledge.objects.get()
    outcomes = _at_once(lambda: submission.submit(user, pledge).status)
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert outcomes.count("submitted") == 1 and len(refused) == TABS - 1
    assert PledgeComment.objects.filter(pledge=pledge, kind="submitted").count() == 1
