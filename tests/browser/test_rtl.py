"""In Arabic, as Chromium lays it out: the page runs right to left, and the runs that must keep
their own order do (a session's time range, a page count, a letter's reference, an e-mail)."""

import datetime

import pytest

from plenaria.circulars import services
from tests.browser.conftest import in_chromium
from tests.circulars.factories import ready_letter
from tests.programme.factories import ForumEventFactory, SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

# The left and right edges of the first occurrence of ``needle`` in the text under ``selector``.
EDGES = """([selector, needle]) => {
  const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const box = range.getBoundingClientRect();
    return [box.left, box.right];
  }
  return null;
}"""


def left_of(page, selector, needle) -> float:
    edges = page.evaluate(EDGES, [selector, needle])
    assert edges, f"{needle!r} not found under {selector}"
    return edges[0]


def test_a_sessions_time_range_reads_start_then_end(live_server):
    forum = ForumEventFactory(slug="wsis-forum-2021", contact_email="wsis-2021@itu.int")
    SessionFactory(event=forum, title={"en": "Opening"}, at=datetime.time(9, 45), minutes=75)
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/ar/events/wsis-forum-2021/programme/?day=2021-05-18")
        seen["dir"] = page.locator("html").get_attribute("dir")
        when = ".session__when time"
        seen["text"] = page.locator(when).first.inner_text()
        seen["start"], seen["end"] = left_of(page, when, "09:45"), left_of(page, when, "11:00")

    in_chromium(journey, locale="ar")
    assert seen["dir"] == "rtl"
    assert seen["text"].startswith("09:45–11:00")
    # Isolated left to right, the start is drawn left of the end (unisolated, it was not).
    assert seen["start"] < seen["end"]


def test_the_event_page_in_arabic_is_mirrored_and_its_e_mail_kept_whole(live_server, tmp_path):
    ForumEventFactory(slug="wsis-forum-2021", contact_email="wsis-2021@itu.int")
    seen = {}

    def journey(page):
        page.set_viewport_size({"width": 1024, "height": 900})
        page.goto(f"{live_server.url}/ar/events/wsis-forum-2021/")
        page.screenshot(path=tmp_path / "event-ar.png", full_page=True)
        first = page.locator(".site-header nav a").first.bounding_box()
        seen["first_link_right"] = first["x"] + first["width"]
        seen["width"] = page.evaluate("document.documentElement.clientWidth")
        seen["heading_right"] = page.evaluate(
            "() => { const r = document.createRange();"
            " r.selectNodeContents(document.querySelector('main h1'));"
            " return r.getBoundingClientRect().right; }"
        )
        mail = "main a[href^='mailto:']"
        seen["mail"] = left_of(page, mail, "wsis"), left_of(page, mail, "itu.int")

    in_chromium(journey, locale="ar")
    assert (tmp_path / "event-ar.png").stat().st_size > 10_000
    # Mirrored: the navigation starts at the right edge, the heading is set against the right.
    assert seen["first_link_right"] > seen["width"] * 0.6
    assert seen["heading_right"] > seen["width"] * 0.8
    assert seen["mail"][0] < seen["mail"][1]


def test_the_letters_pages_count_and_references_keep_their_order(live_server, monkeypatch):
    monkeypatch.setattr("plenaria.circulars.views.PAGE_SIZE", 2)
    letters = [
        services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12 + n))
        for n in range(5)
    ]
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/ar/letters/")
        count = ".pagination span"
        seen["direction"] = page.locator(count).evaluate("e => getComputedStyle(e).direction")
        seen["count"] = [left_of(page, count, n) for n in ("5", "1", "3")]
        shown = page.locator(".letter-card__ref a").first.inner_text()
        seen["reference"] = shown
        card = ".letter-card__ref a"
        seen["ends"] = left_of(page, card, shown[:2]), left_of(page, card, shown[-2:])

    in_chromium(journey, locale="ar")
    # Five letters, page 1 of 3, in the order of the sentence's own direction: "5 … 1 … 3".
    five, one, three = seen["count"]
    if seen["direction"] == "rtl":
        assert five > one > three
    else:
        assert five < one < three
    assert seen["reference"] in {letter.full_reference for letter in letters}
    assert seen["ends"][0] < seen["ends"][1]
