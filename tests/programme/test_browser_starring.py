"""A visitor stars a session on the programme and finds it in their agenda, with no account."""

import datetime

import pytest

from tests.browser.conftest import in_chromium
from tests.programme.factories import ForumEventFactory, SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def forum():
    event = ForumEventFactory(acronym="WSIS Forum 2021", slug="wsis-forum-2021")
    SessionFactory(event=event, title={"en": "Opening of the Forum"}, at=datetime.time(9, 0))
    SessionFactory(event=event, title={"en": "WSIS Prizes ceremony"}, at=datetime.time(15, 0))
    return event


def test_star_a_session_and_find_it_in_my_agenda(live_server, forum):
    in_chromium(lambda page: star_and_find(page, live_server.url), timezone_id="Asia/Tokyo")


def star_and_find(page, server):
    page.goto(f"{server}/en/events/wsis-forum-2021/programme/?day=2021-05-18")
    prizes = page.locator(".session", has_text="WSIS Prizes ceremony")
    button = prizes.get_by_role("button", name="Add to my agenda")
    button.click()
    # The script flips the button in place; the page does not reload.
    star = prizes.locator("[data-star]")
    star.filter(has_text="In my agenda").wait_for()
    assert star.get_attribute("aria-pressed") == "true"

    page.get_by_role("link", name="My agenda").click()
    page.wait_for_url("**/programme/my/")
    agenda = page.locator("ol.sessions")
    assert "WSIS Prizes ceremony" in agenda.inner_text()
    assert "Opening of the Forum" not in agenda.inner_text()
    # 15:00 in Geneva is 22:00 in Tokyo, where the browser says it is.
    page.get_by_role("button", name="Use my time zone").click()
    page.wait_for_url("**tz=Asia%2FTokyo")
    assert "22:00–23:00 JST (UTC+9)" in page.locator(".session").inner_text()

    page.get_by_role("button", name="In my agenda").click()
    page.locator("[data-star]", has_text="Add to my agenda").wait_for()  # the cookie is set
    page.reload()
    assert "You have not starred any session yet." in page.content()
