"""Kill the sending worker in the middle: a restart finishes, nobody gets two copies."""

import collections
import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from plenaria.circulars import dispatch, services
from plenaria.circulars.models import Delivery
from tests.circulars.factories import ready_letter
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.factories import ContactFactory, OrganisationFactory

RECIPIENTS = 40
PLENARIA = str(Path(sys.executable).with_name("plenaria"))


def worker_environment(port: int) -> dict[str, str]:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "PLENARIA_EMAIL_HOST": "127.0.0.1",
        "PLENARIA_EMAIL_PORT": str(port),
    }


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_restarted_sends_nobody_a_second_copy(reference_data):
    if connection.vendor != "postgresql":
        pytest.skip(
            "Needs PostgreSQL: the worker runs in another process and must share the test "
            "database. Run with DATABASE_URL=postgres://…"
        )
    organisation = OrganisationFactory(category="academia")
    for n in range(RECIPIENTS):
        ContactFactory(organisation=organisation, email=f"person{n}@uni.example.org")
    letter = ready_letter()
    services.set_addressees(None, letter, ["academia"])
    services.issue_letter(None, letter, on=datetime.date(2023, 4, 12))
    dispatch.queue_dispatch(None, letter)

    with RunningSink(Sink(delay=0.05)) as running:
        environment = worker_environment(running.port)
        command = [PLENARIA, "send_letters", "--letter", str(letter.pk)]
        worker = subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while len(running.sink.received) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        received_before_restart = len(running.sink.received)
        assert 10 <= received_before_restart < RECIPIENTS

        restarted = subprocess.run(
            command, env=environment, capture_output=True, text=True, timeout=120
        )
        assert restarted.returncode == 0, restarted.stderr
        time.sleep(0.2)  # let the sink finish a mail it may still be accepting
        copies = collections.Counter(running.sink.recipients())

    states = collections.Counter(Delivery.objects.values_list("state", flat=True))
    assert max(copies.values()) == 1, "someone received the letter twice"
    assert states["sent"] + states["uncertain"] == RECIPIENTS and states["uncertain"] <= 1
    for delivery in Delivery.objects.filter(state="sent"):
        assert copies[delivery.email] == 1
