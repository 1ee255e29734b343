"""The personal data pages walked in Chromium: find, read, erase after confirming."""

import pytest
from django.test import Client

from plenaria.registration.models import Registration
from tests.privacy.conftest import EMAIL, PASSPORT

SHOTS = None  # set to a folder to keep screenshots of the walk


@pytest.mark.usefixtures("reference_data")
def test_secretariat_finds_reads_and_erases_a_person(live_server, secretariat_user, person):
    from tests.browser.conftest import in_chromium

    client = Client()
    client.force_login(secretariat_user)
    session = client.cookies["sessionid"].value
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/privacy/")
        page.fill("#id_email", EMAIL)
        page.click("main form button[type=submit]")
        page.wait_for_url("**/privacy/person/")
        seen["held"] = page.locator("main").inner_text()
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/person.png", full_page=True)
        page.click("text=Erase this person's data…")
        seen["confirm"] = page.locator("main").inner_text()
        page.fill("#id_confirm", "someone.else@example.org")
        page.click("main form button[type=submit]")
        seen["refused"] = page.locator("#confirm-errors").inner_text()
        page.fill("#id_confirm", EMAIL)
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/erase.png", full_page=True)
        page.click("main form button[type=submit]")
        page.wait_for_url("**/privacy/")
        seen["done"] = page.locator(".messages").inner_text()

    in_chromium(
        journey,
        cookies=[{"name": "sessionid", "value": session, "url": live_server.url}],
    )
    assert PASSPORT in seen["held"] and "Dr Amina Uwimana" in seen["held"]
    assert "What is kept" in seen["confirm"]
    assert seen["refused"] == "This is not the address being erased."
    assert "Personal data erased. Registrations: 1; speaker entries: 1" in seen["done"]
    assert Registration.objects.get(pk=person["registration"].pk).erased_at is not None
