"""In Chromium, on a phone-sized screen: a pledger signs in, writes a pledge (picking its
country by typing) and submits it through its confirmation; the secretariat publishes it
from the queue through its own. Nothing breaks the content security policy."""

import pytest
from django.core import mail
from django.test import Client

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge
from tests.browser.conftest import in_chromium
from tests.contributions.pledging_data import pledger

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


def test_a_pledger_submits_a_pledge_and_the_secretariat_publishes_it(
    live_server, settings, secretariat_user
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user, _organisation = pledger()
    seen = {"violations": [], "widths": []}

    def write(page):
        page.context.add_init_script(LISTEN)
        page.set_viewport_size({"width": 360, "height": 780})
        page.goto(f"{live_server.url}/en/pledges/mine/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", "pw-pledger-1")
        page.click("main button[type=submit]")
        page.get_by_role("link", name="Write a new pledge").click()
        page.fill("#id_title_0", "Connect 500 rural schools")
        page.fill("#id_description_0", "Fibre and training for rural schools.")
        page.get_by_label("Programmatic").check()
        page.get_by_label("Access", exact=True).check()
        picker = page.locator("#id_countries-picker")
        picker.click()
        picker.press_sequentially("rwan")
        picker.press("Enter")
        page.fill("#id_amount", "250000")
        page.fill("#id_currency", "usd")
        page.fill("#id_starts_on", "2023-05-17")
        seen["widths"].append(page.evaluate(WIDTH))
        page.get_by_role("button", name="Save the draft").click()
        page.get_by_role("link", name="Submit it to the secretariat").click()
        page.get_by_role("button", name="Yes, submit the pledge").click()
        seen["pledger_sees"] = page.locator("main").inner_text()
        seen["widths"].append(page.evaluate(WIDTH))
        seen["violations"] += page.evaluate("window.__violations")

    in_chromium(write)
    pledge = Pledge.objects.get()
    assert pledge.status == Moderation.SUBMITTED and [c.code for c in pledge.countries.all()] == [
        "RW"
    ]
    assert "Submitted for review" in seen["pledger_sees"]

    session = Client()
    session.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": session.cookies["sessionid"].value}

    def publish(page):
        page.context.add_init_script(LISTEN)
        page.set_viewport_size({"width": 360, "height": 780})
        page.goto(f"{live_server.url}/en/pledges/review/")
        page.get_by_role("link", name="Connect 500 rural schools").click()
        page.get_by_role("link", name="Publish", exact=True).click()
        page.get_by_role("button", name="Yes, publish").click()
        seen["officer_sees"] = page.locator("main").inner_text()
        seen["widths"].append(page.evaluate(WIDTH))
        seen["violations"] += page.evaluate("window.__violations")

    in_chromium(publish, cookies=[{**cookie, "url": live_server.url}])
    pledge.refresh_from_db()
    assert pledge.status == Moderation.PUBLISHED and pledge.amount_usd == 250000
    assert "Published" in seen["officer_sees"]
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert seen["violations"] == []
    assert max(seen["widths"]) <= 360
