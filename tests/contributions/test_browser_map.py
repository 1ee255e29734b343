"""In Chromium: the world map is drawn from the site's own files at phone and desktop widths,
and a keyboard user reaches a country's figures and its page; nothing breaks the security
policy and nothing is fetched from elsewhere."""

from decimal import Decimal

import pytest

from tests.browser.conftest import in_chromium
from tests.contributions.factories import CampaignFactory, PledgeFactory

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
def test_the_map_is_drawn_and_a_keyboard_reaches_a_country(live_server, width):
    campaign = CampaignFactory(slug="wtisd-23-ldc")
    PledgeFactory(status="published", countries=["RW", "KE"], amount=Decimal("1500000"), campaign=campaign, pillars=["skills", "infrastructure"])  # fmt: skip
    PledgeFactory(status="published", countries=["RW"], amount=Decimal("500000"))
    seen = {"requests": [], "violations": []}
    wider = "document.documentElement.scrollWidth - document.documentElement.clientWidth"

    def journey(page):
        page.set_viewport_size({"width": width, "height": 800})
        page.context.add_init_script(LISTEN)
        page.on("request", lambda request: seen["requests"].append(request.url))
        page.goto(f"{live_server.url}/en/pledges/map/")
        page.wait_for_selector(".world-map.is-drawn svg")
        seen["shapes"] = page.locator(".world-map svg path").count()
        seen["linked"] = page.locator(".world-map svg a").evaluate_all(
            "links => links.map(link => link.dataset.code).sort()"
        )
        seen["overflow"] = page.evaluate(wider)
        seen["kenya"] = page.locator(".world-map svg a[data-code=KE]").get_attribute("aria-label")
        seen["svg_width"] = page.locator(".world-map svg").bounding_box()["width"]
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.dataset.code === 'RW'"):
                break
        seen["figures"] = page.locator(".map-figures").inner_text()
        seen["label"] = page.evaluate("document.activeElement.getAttribute('aria-label')")
        seen["violations"] += page.evaluate("window.__violations")
        page.keyboard.press("Enter")
        page.wait_for_url("**/pledges/country/RW/")
        seen["heading"] = page.locator("h1").inner_text()
        seen["country_overflow"] = page.evaluate(wider)
        seen["violations"] += page.evaluate("window.__violations")
        page.goto(f"{live_server.url}/en/pledges/campaign/wtisd-23-ldc/")
        seen["campaign_overflow"] = page.evaluate(wider)
        seen["violations"] += page.evaluate("window.__violations")

    in_chromium(journey)

    assert seen["shapes"] > 150
    assert seen["linked"] == ["KE", "RW"]
    assert seen["overflow"] <= 0 and seen["svg_width"] <= width
    assert seen["figures"] == seen["label"] == "Rwanda: 2 pledges, USD 2,000,000"
    assert seen["kenya"] == "Kenya: 1 pledge, USD 1,500,000"
    assert seen["heading"] == "Rwanda"
    assert seen["country_overflow"] <= 0 and seen["campaign_overflow"] <= 0
    assert seen["violations"] == []
    assert all(url.startswith(live_server.url) for url in seen["requests"])
