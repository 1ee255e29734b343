"""The console fits a 360 px wide phone, with long names and every part filled, and breaks no
rule of the content security policy."""

import pytest
from django.test import Client

from plenaria.circulars.models import Delivery
from tests.browser.conftest import in_chromium
from tests.circulars.factories import LetterFactory
from tests.registration.factories import open_event, register

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_console_fits_a_phone(live_server, secretariat_user, settings):
    settings.PLENARIA_STAFF_2FA = False
    event = open_event(in_person_capacity=1)
    for name in ("Maximiliana", "Bartholomew", "Konstantinos"):
        register(
            event,
            actor=secretariat_user,
            direct=True,
            mode="in_person",
            first_name=name,
            last_name="Wolkenstein-Rautenberg-Montgomery",
            interpretation_language="fr",
        )
    letter = LetterFactory(reference="BDT/DIR/DNS/ITS/LONGREFERENCE/0123456789")
    letter.events.add(event)
    Delivery.objects.create(letter=letter, email="a@example.org", language="en", state="sent")
    signed_in = Client()
    signed_in.force_login(secretariat_user)
    cookie = {
        "name": "sessionid",
        "value": signed_in.cookies["sessionid"].value,
        "url": live_server.url,
    }
    found = {}

    def journey(page):
        problems = []
        page.on("console", lambda message: problems.append(message.text))
        page.set_viewport_size({"width": 360, "height": 740})
        answer = page.goto(f"{live_server.url}/en/console/{event.slug}/", wait_until="networkidle")
        found["status"] = answer.status
        found["width"] = page.evaluate("document.documentElement.scrollWidth")
        found["meters"] = page.locator("meter").count()
        found["problems"] = [text for text in problems if "Content Security Policy" in text]

    in_chromium(journey, cookies=[cookie])
    assert found["status"] == 200
    assert found["width"] <= 360, found
    assert found["meters"] > 0
    assert found["problems"] == []
