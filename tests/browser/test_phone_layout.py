"""Every public page, the sign-in page and the check-in desk fit a 360 px wide phone: nothing
makes the page wider than the screen, so no one scrolls sideways."""

import datetime

import pytest
from django.test import Client

from plenaria.circulars import services as letters
from plenaria.programme import reference_data as programme_reference
from plenaria.programme import services as programme
from plenaria.programme.models import ActionLine, SessionType
from plenaria.registration.tokens import make_token
from tests.circulars.factories import ready_letter
from tests.programme.factories import (
    ForumEventFactory,
    SessionFactory,
    SpeakerFactory,
    TrackFactory,
)
from tests.registration.factories import open_event, register

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PHONE = {"width": 360, "height": 740}


def forum_with_a_programme():
    """A forum open for registration, its programme with long titles, names and filters."""
    programme_reference.load(SessionType, ActionLine)
    forum = ForumEventFactory(
        slug="wsis-forum",
        acronym="WSIS Forum 2021",
        title={"en": "World Summit on the Information Society Forum 2021: Information and Communication Technologies for inclusive, resilient and sustainable societies"},
    )  # fmt: skip
    event = open_event(event=forum)
    track = TrackFactory(event=forum, name={"en": "High-Level Track on Multistakeholder Partnerships"})  # fmt: skip
    session = SessionFactory(
        event=forum,
        track=track,
        type=SessionType.objects.get(code="high_level_dialogue"),
        title={"en": "Bridging the digital divide through meaningful connectivity for rural and remote communities"},
        languages="ar zh-hans en fr ru es",
        format="hybrid",
    )  # fmt: skip
    session.action_lines.set(ActionLine.objects.all()[:3])
    speaker = SpeakerFactory(
        name="Her Excellency Ms Amina Uwase-Mukamana",
        position="Minister of Information and Communication Technologies and Innovation",
    )
    programme.add_speaker(None, session, speaker, "speaker")
    return event, session, speaker


def staff_cookie(live_server, user):
    session = Client()
    session.force_login(user)
    return {
        "name": "sessionid",
        "value": session.cookies["sessionid"].value,
        "url": live_server.url,
    }


def test_every_page_fits_a_phone(page, live_server, secretariat_user, settings):
    settings.PLENARIA_STAFF_2FA = False
    event, session, speaker = forum_with_a_programme()
    person = register(event, first_name="Maximiliana", last_name="Wolkenstein-Rautenberg")
    letter = letters.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    base = f"{live_server.url}/en"
    programme_base = f"{base}/events/{event.slug}/programme"
    public = [
        f"{base}/events/",
        f"{base}/events/{event.slug}/",
        f"{base}/events/{event.slug}/register/",
        f"{programme_base}/",
        f"{programme_base}/?day=all",
        f"{programme_base}/agenda/",
        f"{programme_base}/sessions/{session.pk}/",
        f"{programme_base}/speakers/{speaker.pk}/",
        f"{base}/letters/",
        f"{base}/letters/{letter.pk}/",
        f"{base}/registration/mine/{make_token(person)}/",
        f"{base}/account/signin/",
    ]
    staff = [
        f"{base}/events/{event.slug}/",  # with the secretariat's links
        f"{base}/registration/checkin/{event.slug}/",
    ]
    page.set_viewport_size(PHONE)
    too_wide = {}

    def measure(url):
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, (url, response.status)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[url] = (width, widest(page))

    for url in public:
        measure(url)
    page.context.add_cookies([staff_cookie(live_server, secretariat_user)])
    for url in staff:
        measure(url)
    page.fill("#checkin-code", "Wolkenstein")  # the check-in desk listing a name found
    page.keyboard.press("Enter")
    page.wait_for_selector(".checkin-matches")
    if page.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
        too_wide["check-in desk, a name found"] = widest(page)
    assert not too_wide, too_wide


def widest(page) -> str:
    """The element that reaches furthest to the right, to say what to fix."""
    return page.evaluate(
        """() => {
        let worst = null, right = 0;
        for (const element of document.body.querySelectorAll("*")) {
          const box = element.getBoundingClientRect();
          if (box.right > right) { right = box.right; worst = element; }
        }
        return worst ? `${worst.tagName.toLowerCase()}.${worst.className} ${Math.round(right)}px` : "";
      }"""
    )
