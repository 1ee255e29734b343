"""In Chromium, 360 px wide and in Arabic: the membership reports read right to left and nothing
pushes the page wider than the screen (the wide tables scroll inside their own box)."""

import pytest
from django.test import Client

from tests.browser.conftest import in_chromium
from tests.reports.test_membership import period_of, two_events

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_the_gender_report_fits_a_phone_in_arabic(live_server, secretariat_user):
    first, second = two_events()
    client = Client()
    client.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value}
    seen = {}

    def journey(page):
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(f"{live_server.url}/ar/reports/gender/?{period_of(first, second)}")
        seen["dir"] = page.locator("html").get_attribute("dir")
        seen["width"] = page.evaluate("document.documentElement.scrollWidth")
        seen["overview"] = page.locator("#report-overview table").first.inner_text()
        page.goto(f"{live_server.url}/ar/reports/participation/?{period_of(first, second)}")
        seen["participation"] = page.evaluate("document.documentElement.scrollWidth")

    in_chromium(journey, cookies=[{**cookie, "url": live_server.url}])
    assert seen["dir"] == "rtl"
    assert seen["width"] <= 360 and seen["participation"] <= 360
    assert "57,1" in seen["overview"]
