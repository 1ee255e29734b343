"""In a real browser: a focal point signs in and out; an officer confirms with a code."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import FOCAL_PASSWORD, OFFICER_PASSWORD, add_device, code_of
from tests.browser.conftest import in_chromium
from tests.registration.factories import open_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_a_focal_point_signs_in_sees_their_delegations_and_signs_out(live_server, focal_point):
    event = open_event()
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/events/")
        page.get_by_role("link", name="Sign in").click()
        seen["title"] = page.locator("h1").inner_text()
        page.fill("#id_username", "fp-rwanda")
        page.fill("#id_password", FOCAL_PASSWORD)
        page.click("form.stacked button[type=submit]")
        page.wait_for_url("**/en/events/")  # back where they were
        page.get_by_role("link", name="My delegations").click()
        page.wait_for_url("**/en/registration/delegations/")
        seen["heading"] = page.locator("h1").inner_text()
        seen["events"] = page.locator("main").inner_text()
        seen["who"] = page.locator(".signed-in").inner_text()
        page.get_by_role("button", name="Sign out").click()
        seen["message"] = page.locator(".messages").inner_text()
        seen["link"] = page.get_by_role("link", name="Sign in").count()
        page.goto(f"{live_server.url}/en/registration/delegations/")
        seen["after"] = page.url

    in_chromium(journey)
    assert seen["title"] == "Sign in"
    assert seen["heading"] == "Your delegations" and event.acronym in seen["events"]
    assert seen["who"] == "Signed in as Jean Habimana"
    assert seen["message"] == "You are signed out." and seen["link"] == 1
    assert "/en/account/signin/?next=" in seen["after"]


def test_an_officer_gives_the_code_after_the_password_and_reaches_the_admin(
    live_server, settings, officer
):
    settings.PLENARIA_STAFF_2FA = True
    device = add_device(officer)
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/intake/")  # a secretariat page
        page.wait_for_url(re.compile(r"/en/account/signin/\?next="))
        page.fill("#id_username", "officer")
        page.fill("#id_password", OFFICER_PASSWORD)
        page.click("form.stacked button[type=submit]")
        page.wait_for_url("**/en/account/signin/code/**")
        seen["step"] = page.locator("h1").inner_text()
        page.goto(f"{live_server.url}/en/admin/")  # not before the code
        page.wait_for_url("**/en/account/signin/code/**")
        seen["skipped"] = page.url
        page.fill("#id_code", code_of(device))
        page.click("form.stacked button[type=submit]")
        page.wait_for_url("**/en/admin/")
        seen["admin"] = page.locator("#site-name").inner_text()

    in_chromium(journey)
    assert seen["step"] == "Confirm your sign-in"
    assert "/en/account/signin/code/" in seen["skipped"]
    assert seen["admin"]
    assert TOTPDevice.objects.get(user=officer).last_used_at is not None
