"""A member of the public finds an event, reads its times in their own zone and language."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_find_an_event_see_it_in_my_zone_and_in_french(page, live_server, wtisd23):
    page.goto(f"{live_server.url}/en/events/")
    page.get_by_role(
        "link", name="World Telecommunication and Information Society Day 2023"
    ).click()
    assert page.url.endswith("/en/events/wtisd-23/")
    assert "14:30–16:30 CEST (UTC+2)" in page.locator(".when").first.inner_text()

    # The browser says it is in Tokyo: one click shows the times there.
    page.get_by_role("button", name="Use my time zone").click()
    page.wait_for_url("**tz=Asia%2FTokyo")
    assert "21:30–23:30 JST (UTC+9)" in page.locator(".when--viewer").inner_text()

    page.select_option("#language-select", "fr")
    page.wait_for_url(re.compile(r"/fr/events/wtisd-23/"))
    assert page.locator("h1").inner_text().startswith("Journée mondiale")
    assert page.locator("html").get_attribute("lang") == "fr"


def test_arabic_lays_out_right_to_left(page, live_server, wtisd23):
    page.goto(f"{live_server.url}/ar/events/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    header = page.locator(".site-header")
    brand_box, language_box = (
        page.locator(".brand").bounding_box(),
        page.locator(".language").bounding_box(),
    )
    assert header.is_visible() and brand_box["x"] > language_box["x"]
    # Times stay left to right inside the right-to-left page.
    assert page.locator(".when bdi").first.get_attribute("dir") == "ltr"
