"""The secretariat sees notifications by state in the admin and retries a failed one."""

import pytest
from django.core import mail

from plenaria.registration.models import Notification
from plenaria.registration.notifications import send_unsent
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
URL = "/en/admin/registration/notification/"


def test_failed_notifications_are_listed_and_sent_again_once_their_address_is_fixed(
    secretariat_client,
):
    event = open_event()
    bad = register(event, email="placeholder@example.org")
    type(bad).objects.filter(pk=bad.pk).update(email="x@。.com")
    register(event, email="fine@example.org")
    send_unsent()
    failed = Notification.objects.get(registration=bad)

    page = secretariat_client.get(URL, {"state": "failed"}).content.decode()
    assert "x@。.com" in page and "UnicodeError" in page and "fine@example.org" not in page
    assert "fine@example.org" in secretariat_client.get(URL, {"state": "sent"}).content.decode()

    type(bad).objects.filter(pk=bad.pk).update(email="x@example.org")
    response = secretariat_client.post(
        URL, {"action": "retry_now", "_selected_action": [failed.pk]}, follow=True
    )
    assert "1 notification will be sent again now." in response.content.decode()
    failed.refresh_from_db()
    assert failed.sent_at and failed.failed_at is None
    assert mail.outbox[-1].to == ["x@example.org"]


def test_people_without_the_permission_cannot_retry(client, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", "v@example.org", "pw", is_staff=True)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_notification"))
    client.force_login(viewer)
    page = client.get(URL).content.decode()
    assert "retry_now" not in page


def test_the_list_needs_the_same_queries_for_2_or_8_notifications(secretariat_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = open_event()

    def add(n):
        for _ in range(n):
            register(event)

    add(2)
    secretariat_client.get(URL)  # warm the session and the caches
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(URL)
    add(6)
    with CaptureQueriesContext(connection) as many:
        page = secretariat_client.get(URL).content.decode()
    assert len(many) == len(few) and page.count("participant") >= 8
