"""The secretariat sees deliveries by state in the admin and queues a failed one again."""

import pytest

from plenaria.circulars.models import Delivery
from plenaria.circulars.sending import send_pending
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.circulars.test_dispatch import smtp
from tests.circulars.test_sending_failures import letter_to

pytestmark = pytest.mark.django_db
URL = "/en/admin/circulars/delivery/"


def test_failed_deliveries_are_listed_by_state_and_queued_again(secretariat_client, mailoutbox):
    letter = letter_to("gone@uni.example.org", "here@uni.example.org")
    with RunningSink(Sink(refuse={"gone@uni.example.org"})) as running:
        send_pending(letter.pk, connection=smtp(running.port))
    failed = Delivery.objects.get(email="gone@uni.example.org")

    page = secretariat_client.get(URL, {"state__exact": "failed"}).content.decode()
    assert "gone@uni.example.org" in page and "No such mailbox" in page
    assert "here@uni.example.org" not in page

    response = secretariat_client.post(
        URL, {"action": "retry_now", "_selected_action": [failed.pk]}, follow=True
    )
    assert "1 failed or interrupted delivery queued again." in response.content.decode()
    failed.refresh_from_db()
    assert failed.state == "sent"  # the mail server accepts it this time
    assert [m.to for m in mailoutbox] == [["gone@uni.example.org"]]


def test_the_list_needs_the_same_queries_for_2_or_8_deliveries(secretariat_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    letter_to("a0@uni.example.org", "a1@uni.example.org")
    secretariat_client.get(URL)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(URL)
    letter_to(*[f"b{n}@uni.example.org" for n in range(6)])
    with CaptureQueriesContext(connection) as many:
        page = secretariat_client.get(URL).content.decode()
    assert len(many) == len(few) and page.count("@uni.example.org</") >= 8
