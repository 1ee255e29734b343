"""In Chromium, on a 360-pixel phone: the secretariat picks two events with the type-ahead
picker and compares them; the series page and the open data (in English and in Arabic) fit
the screen."""

import pytest
from django.test import Client

from tests.browser.conftest import in_chromium
from tests.factories import SeriesFactory
from tests.reports.test_across import edition

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
PHONE = {"width": 360, "height": 740}


def test_compare_two_events_on_a_phone(live_server, secretariat_user):
    series = SeriesFactory(acronym="WTISD")
    edition(series, "WTISD-25", 20, [("RW", {}), ("FJ", {"mode": "remote"})])
    edition(series, "WTISD-26", 40, [("CH", {"gender": "man"})])
    client = Client()
    client.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value}
    seen, too_wide = {}, {}

    def fits(page, url):
        response = page.goto(f"{live_server.url}{url}", wait_until="networkidle")
        assert response.status == 200, url
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[url] = width

    def journey(page):
        page.set_viewport_size(PHONE)
        fits(page, "/en/reports/across/")
        picker = page.get_by_role("combobox", name="Or these events")
        for typed in ("WTISD-25", "WTISD-26"):
            picker.click()
            picker.press_sequentially(typed)
            picker.press("ArrowDown")
            picker.press("Enter")
        page.get_by_role("button", name="Compare").click()
        page.wait_for_load_state("networkidle")
        seen["heading"] = page.locator("main h2").first.inner_text()
        seen["table"] = page.get_by_role("table").first.inner_text()
        if page.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
            too_wide["across, compared"] = page.evaluate("document.documentElement.scrollWidth")
        for url in ["/en/reports/series/WTISD/", "/ar/reports/series/WTISD/"]:
            fits(page, url)
        page.context.clear_cookies()
        for url in [
            "/en/open-data/",
            "/en/open-data/events/wtisd-25/",
            "/ar/open-data/series/WTISD/",
        ]:
            fits(page, url)

    in_chromium(journey, cookies=[{**cookie, "url": live_server.url}])
    assert seen["heading"] == "2 events"
    assert "WTISD-25" in seen["table"] and "WTISD-26" in seen["table"]
    assert not too_wide, too_wide
