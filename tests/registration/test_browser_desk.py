"""In Chromium: the secretariat finds a registration by a name typed without accents and
approves it from its page through the confirmation; then sends a person's private link again,
and the mail arrives with the link."""

import pytest
from django.test import Client

from plenaria.registration import notifications
from plenaria.registration.models import Registration
from tests.browser.conftest import in_chromium
from tests.registration.factories import open_event, register
from tests.registration.mailbox import link_sent_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def _signed_in(live_server, user):
    client = Client()
    client.force_login(user)
    return [
        {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
    ]


def test_find_without_accents_and_approve_through_the_confirmation(
    live_server, settings, secretariat_user
):
    from tests.factories import MemberStateFactory

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    event = open_event(approval_required=True)
    person = register(event, organisation=rwanda, first_name="José", last_name="Núñez")
    register(event, organisation=rwanda, first_name="Aline", last_name="Mukamana")
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/registration/manage/{event.slug}/")
        page.get_by_label("Search").fill("jose nunez")
        page.get_by_role("button", name="Filter").click()
        seen["found"] = page.locator("main table tbody").first.inner_text()
        page.get_by_role("link", name="José Núñez").click()
        page.get_by_role("link", name="Approve…").click()
        seen["asked"] = page.locator("main").inner_text()
        page.get_by_role("button", name="Yes, approve").click()
        seen["done"] = page.locator(".messages").inner_text()
        seen["status"] = page.locator("main dl").inner_text()

    in_chromium(journey, cookies=_signed_in(live_server, secretariat_user))
    assert "José Núñez" in seen["found"] and "Aline" not in seen["found"]
    assert "Approve this registration?" in seen["asked"]
    assert "The registration was approved." in seen["done"]
    assert "Seat confirmed" in seen["status"]
    assert Registration.objects.get(pk=person.pk).status == "seated"


def test_send_the_private_link_again(live_server, settings, secretariat_user):
    from django.core import mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    event = open_event()
    person = register(event, first_name="Chloé", email="chloe@example.org")
    notifications.send_unsent()
    mail.outbox.clear()
    seen = {}

    def ask(page):
        page.goto(f"{live_server.url}/en/registration/manage/{event.slug}/{person.pk}/")
        page.get_by_role("button", name="Send the private link again").click()
        seen["done"] = page.locator(".messages").inner_text()
        seen["messages"] = page.locator("main").inner_text()

    in_chromium(ask, cookies=_signed_in(live_server, secretariat_user))
    assert "The private link is being sent" in seen["done"]
    assert "Your private registration link" in seen["messages"]
    notifications.send_unsent()
    link = link_sent_to("chloe@example.org")

    def open_link(page):
        page.goto(live_server.url + link)
        seen["mine"] = page.locator("main").inner_text()

    in_chromium(open_link)
    assert "Chloé" in seen["mine"]
