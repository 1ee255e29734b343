"""In Chromium, on a phone-sized screen: a submitter signs in, fills the activity form
(picking the country by typing, the city in its own spelling) and submits it through its
confirmation; the secretariat approves it from the queue through its own. Nothing breaks
the content security policy, nothing is wider than the screen."""

import datetime

import pytest
from django.core import mail
from django.test import Client

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity
from tests.browser.conftest import in_chromium
from tests.contributions.activity_data import submitter
from tests.contributions.activity_factories import CallFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""
WIDTH = "document.documentElement.scrollWidth"


def test_a_submitter_submits_an_activity_and_the_secretariat_approves_it(
    live_server, settings, secretariat_user
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call = CallFactory()
    user = submitter()
    day = (call.held_from + datetime.timedelta(days=4)).isoformat()
    seen = {"violations": [], "widths": []}

    def submit(page):
        page.context.add_init_script(LISTEN)
        page.set_viewport_size({"width": 360, "height": 780})
        page.goto(f"{live_server.url}/en/activities/mine/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", "pw-pledger-1")
        page.click("main button[type=submit]")
        page.get_by_role("link", name="Submit an activity").click()
        page.fill("#id_organiser_name", "Rwanda ICT Chamber")
        page.fill("#id_title_0", "Girls in ICT hackathon")
        page.fill("#id_description_0", "Two days of coding for secondary school girls.")
        page.get_by_label("Hackathon or competition").check()
        picker = page.locator("#id_country-picker")
        picker.click()
        picker.press_sequentially("rwan")
        picker.press("Enter")
        # The city field now suggests Rwanda's cities.
        page.wait_for_function("document.querySelectorAll('#activity-cities option').length")
        seen["suggested"] = page.eval_on_selector_all(
            "#activity-cities option", "options => options.map(o => o.value)"
        )
        page.fill("#id_city", "kigali")
        page.fill("#id_starts_on", day)
        page.fill("#id_start_time", "09:00")
        page.fill("#id_end_time", "16:00")
        page.get_by_label("Students and young people").check()
        seen["widths"].append(page.evaluate(WIDTH))
        page.get_by_role("button", name="Save the draft").click()
        page.get_by_role("link", name="Submit it to the secretariat").click()
        page.get_by_role("button", name="Yes, submit the activity").click()
        seen["submitter_sees"] = page.locator("main").inner_text()
        seen["widths"].append(page.evaluate(WIDTH))
        seen["violations"] += page.evaluate("window.__violations")

    in_chromium(submit)
    activity = Activity.objects.get()
    assert (activity.status, activity.country_id, activity.city) == (
        Moderation.SUBMITTED, "RW", "Kigali",
    )  # fmt: skip
    assert activity.timezone == "Africa/Kigali"  # from the city: nobody had to pick it
    assert "Submitted for review" in seen["submitter_sees"]
    assert "Kigali" in seen["suggested"] and "Geneva" not in seen["suggested"]

    session = Client()
    session.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": session.cookies["sessionid"].value}

    def approve(page):
        page.context.add_init_script(LISTEN)
        page.set_viewport_size({"width": 360, "height": 780})
        page.goto(f"{live_server.url}/en/activities/review/")
        page.get_by_role("link", name="Girls in ICT hackathon").click()
        page.get_by_role("link", name="Approve", exact=True).click()
        page.get_by_role("button", name="Yes, approve").click()
        seen["officer_sees"] = page.locator("main").inner_text()
        seen["widths"].append(page.evaluate(WIDTH))
        seen["violations"] += page.evaluate("window.__violations")

    in_chromium(approve, cookies=[{**cookie, "url": live_server.url}])
    activity.refresh_from_db()
    assert activity.status == Moderation.PUBLISHED and activity.published_at
    assert "Published" in seen["officer_sees"]
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert seen["violations"] == []
    assert max(seen["widths"]) <= 360
