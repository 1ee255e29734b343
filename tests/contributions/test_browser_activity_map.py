"""In Chromium: a call's map of national activities is drawn from the site's own files at
phone and desktop widths, with a dot per city; a keyboard user reaches a country's figures
and its page; nothing breaks the security policy and nothing is fetched from elsewhere."""

import pytest

from plenaria.contributions.choices import Moderation
from plenaria.directory.models import Country
from tests.browser.conftest import in_chromium
from tests.contributions.activity_factories import ActivityFactory, CallFactory

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


@pytest.mark.parametrize("width", [360, 1280])
def test_the_activity_map_is_drawn_and_a_keyboard_reaches_a_country(live_server, width):
    call = CallFactory(slug="wtisd-2021")
    rwanda = Country.objects.get(code="RW")
    for _ in range(2):
        ActivityFactory(
            call=call,
            status=Moderation.PUBLISHED,
            country=rwanda,
            city="Kigali",
            latitude="-1.94995",
            longitude="30.05885",
            timezone="Africa/Kigali",
        )
    ActivityFactory(call=call, status=Moderation.PUBLISHED)  # Geneva
    ActivityFactory(call=call, status=Moderation.SUBMITTED, country=Country.objects.get(code="KE"))
    seen = {"requests": []}

    def journey(page):
        page.set_viewport_size({"width": width, "height": 800})
        page.context.add_init_script(LISTEN)
        page.on("request", lambda request: seen["requests"].append(request.url))
        page.goto(f"{live_server.url}/en/activities/wtisd-2021/")
        page.wait_for_selector(".activity-map.is-drawn svg")
        seen["shapes"] = page.locator(".activity-map svg path").count()
        seen["dots"] = page.locator(".activity-map svg circle").count()
        seen["linked"] = page.locator(".activity-map svg a").evaluate_all(
            "links => links.map(link => link.dataset.code).sort()"
        )
        seen["overflow"] = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        seen["svg_width"] = page.locator(".activity-map svg").bounding_box()["width"]
        for _ in range(120):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.dataset.code === 'RW'"):
                break
        seen["figures"] = page.locator(".map-figures").inner_text()
        seen["label"] = page.evaluate("document.activeElement.getAttribute('aria-label')")
        page.keyboard.press("Enter")
        page.wait_for_url("**/activities/wtisd-2021/country/RW/")
        seen["heading"] = page.locator("h1").inner_text()
        seen["violations"] = page.evaluate("window.__violations")

    in_chromium(journey)

    assert seen["shapes"] > 150
    assert seen["dots"] == 2  # Kigali and Geneva
    assert seen["linked"] == ["CH", "RW"]
    assert seen["overflow"] <= 0 and seen["svg_width"] <= width
    assert seen["figures"] == seen["label"] == "Rwanda: 2 activities"
    assert seen["heading"] == "Rwanda"
    assert seen["violations"] == []
    assert all(url.startswith(live_server.url) for url in seen["requests"])
