"""In Chromium: an event's dashboard fits a 360 px phone without scrolling sideways, in
English and in Arabic (right to left), its long tables scrolling inside their own boxes."""

import pytest
from django.test import Client

from plenaria.directory.models import Country
from tests.browser.conftest import in_chromium
from tests.factories import MemberStateFactory
from tests.registration.factories import open_event, register

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PHONE = {"width": 360, "height": 740}
# What sticks out past the phone's width, to name it when the test fails.
WIDER_THAN_PHONE = """[...document.querySelectorAll("main *")]
  .filter((e) => e.getBoundingClientRect().right > 360)
  .map((e) => e.tagName + "." + e.className).slice(0, 10)"""


def test_the_dashboard_fits_a_phone_in_english_and_arabic(live_server, secretariat_user):
    event = open_event(in_person_capacity=3, interpretation_languages=["ar", "fr"])
    for index, code in enumerate(("RW", "KE", "FR", "BR", "JP", "FJ", "CH", "AE")):
        organisation = MemberStateFactory(country=Country.objects.get(code=code))
        register(
            event,
            organisation=organisation,
            gender="man" if index % 2 else "woman",
            capacity="head" if index % 3 == 0 else "delegate",
            interpretation_language="ar" if index % 2 else "fr",
        )
    client = Client()
    client.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value}
    seen = {}

    def journey(page):
        page.set_viewport_size(PHONE)
        for language in ("en", "ar"):
            page.goto(f"{live_server.url}/{language}/reports/events/{event.slug}/")
            seen[language] = {
                "dir": page.evaluate("document.documentElement.dir"),
                "width": page.evaluate("document.documentElement.scrollWidth"),
                "figures": page.locator("figure.chart").count(),
                "title": page.locator("h1").inner_text(),
            }
        page.goto(f"{live_server.url}/en/reports/")
        seen["index"] = page.evaluate("document.documentElement.scrollWidth")
        seen["wide"] = page.evaluate(WIDER_THAN_PHONE)

    in_chromium(journey, cookies=[{**cookie, "url": live_server.url}])
    assert seen["en"]["dir"] == "ltr" and seen["ar"]["dir"] == "rtl"
    for language in ("en", "ar"):
        assert seen[language]["width"] <= PHONE["width"], seen
        assert seen[language]["figures"] >= 10 and event.acronym in seen[language]["title"]
    assert seen["index"] <= PHONE["width"], seen["wide"]
