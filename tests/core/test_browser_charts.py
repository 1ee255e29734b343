"""In Chromium, on a phone: the pledge figures' charts fit 360 px in English and in Arabic,
and in Arabic the bars grow from the right with their labels on the right of them."""

import pytest

from tests.contributions.test_figures import build_coalition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEASURE = """() => {
  const svg = document.querySelector("#chart-type svg.chart-drawing").getBoundingClientRect();
  const bars = [...document.querySelectorAll("#chart-type rect.chart-bar")]
    .map((bar) => bar.getBoundingClientRect()).filter((box) => box.width > 0);
  const longest = bars.reduce((a, b) => (b.width > a.width ? b : a));
  const labels = [...document.querySelectorAll("#chart-type svg text[font-size='13']")]
    .map((label) => label.getBoundingClientRect());
  return {svgLeft: svg.left, svgRight: svg.right, barLeft: longest.left, barRight: longest.right,
          labelsLeft: Math.min(...labels.map((l) => l.left)),
          labelsRight: Math.max(...labels.map((l) => l.right)),
          wide: document.documentElement.scrollWidth};
}"""


def test_the_charts_fit_a_phone_and_mirror_in_arabic(live_server, reference_data):
    from tests.browser.conftest import in_chromium
    from tests.browser.test_phone_layout import PHONE

    build_coalition()
    seen = {}

    def journey(page):
        page.set_viewport_size(PHONE)
        for lang in ("en", "ar"):
            response = page.goto(f"{live_server.url}/{lang}/pledges/", wait_until="networkidle")
            assert response.status == 200
            seen[lang] = page.evaluate(MEASURE)

    in_chromium(journey)
    english, arabic = seen["en"], seen["ar"]
    assert english["wide"] <= PHONE["width"] and arabic["wide"] <= PHONE["width"]
    # English: labels on the left, then the bars growing to the right.
    assert english["labelsRight"] <= english["barLeft"] + 1
    assert english["barLeft"] < (english["svgLeft"] + english["svgRight"]) / 2
    # Arabic: the bars start at the right, the labels beyond them on the right edge.
    assert arabic["labelsLeft"] >= arabic["barRight"] - 1
    assert arabic["barRight"] > (arabic["svgLeft"] + arabic["svgRight"]) / 2
    assert arabic["labelsRight"] <= arabic["svgRight"] + 1
