"""In Chromium: a secretariat officer opens the event's console, follows "Awaiting the focal point's approval"
to the registration waiting for them, approves it through the confirmation, and finds the
console's figures moved."""

import pytest
from django.test import Client

from plenaria.registration.models import Registration
from tests.browser.conftest import in_chromium
from tests.registration.factories import open_event, register

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_approve_a_registration_found_from_the_console(live_server, settings, secretariat_user):
    from tests.factories import MemberStateFactory

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    event = open_event(approval_required=True, approval_categories=["member_state"])
    person = register(event, organisation=rwanda, first_name="Aline", last_name="Uwase")
    register(event, first_name="Marc", last_name="Dupont")  # seated at once: no approval
    client = Client()
    client.force_login(secretariat_user)
    cookies = [{"name": "sessionid", "value": client.cookies["sessionid"].value}]
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/console/{event.slug}/")
        statuses = page.get_by_role("table", name="Registrations by status")
        seen["before"] = statuses.inner_text()
        statuses.get_by_role("link", name="Awaiting the focal point's approval").click()
        seen["listed"] = page.locator("main table tbody").first.inner_text()
        page.get_by_role("link", name="Aline Uwase").click()
        page.get_by_role("link", name="Approve…").click()
        page.get_by_role("button", name="Yes, approve").click()
        seen["done"] = page.locator(".messages").inner_text()
        page.goto(f"{live_server.url}/en/console/{event.slug}/")
        seen["after"] = page.get_by_role("table", name="Registrations by status").inner_text()

    in_chromium(journey, cookies=[{**cookies[0], "url": live_server.url}])
    assert "Aline Uwase" in seen["listed"] and "Marc" not in seen["listed"]
    assert "The registration was approved." in seen["done"]
    assert Registration.objects.get(pk=person.pk).status == "seated"

    def count(text, label):
        line = next(line for line in text.splitlines() if line.startswith(label))
        return int(line.split("\t")[1])

    assert (count(seen["before"], "Awaiting"), count(seen["after"], "Awaiting")) == (1, 0)
    assert count(seen["after"], "Seat confirmed") == count(seen["before"], "Seat confirmed") + 1
