"""In a real browser: a secretariat officer turns an existing letter into a draft event and a
draft circular letter in one step."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from plenaria.circulars.models import Letter
from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.events.models import Event
from tests.browser.conftest import in_chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data", "offices_and_series"),
]
LETTER = Path(__file__).resolve().parents[2] / "src/plenaria/intake/corpus/seed_001.txt"


def test_one_letter_becomes_a_draft_event_and_a_draft_letter(live_server, django_user_model):
    ensure_role_groups()
    officer = django_user_model.objects.create_user(
        "officer", password="pw-officer-1", is_staff=True
    )
    officer.groups.add(Group.objects.get(name=SECRETARIAT))

    def journey(page):
        page.goto(f"{live_server.url}/en/admin/login/?next=/en/intake/")
        page.fill("#id_username", "officer")
        page.fill("#id_password", "pw-officer-1")
        page.click("input[type=submit]")
        page.wait_for_url(re.compile(r"/en/intake/$"))

        page.set_input_files("#id_file", str(LETTER))
        page.get_by_role("button", name="Read the letter").click()
        assert page.locator('mark[data-field="reference"]').inner_text() == "CL-23/9"
        assert page.locator("#id_acronym").input_value() == "WTISD-23"
        assert page.locator("#id_start_time").input_value() == "14:30"
        office = page.locator("#id_letter-office option:checked").inner_text()
        assert office == "SG" and page.locator("#id_letter-reference").input_value() == "CL-23/9"
        assert page.locator("#id_letter-closing").input_value().startswith("Veillez agréer")

        page.select_option("#id_kind", "observance")
        page.fill(
            "input[name=title_en]", "World Telecommunication and Information Society Day 2023"
        )
        page.get_by_role("button", name="Create the draft event and letter").click()
        page.wait_for_url(re.compile(r"/en/admin/events/event/\d+/change/"))

    in_chromium(journey)
    event = Event.objects.get(acronym="WTISD-23")
    letter = Letter.objects.get(reference="CL-23/9")
    assert event.status == "draft" and letter.status == "draft"
    assert event.local.times == "14:30–16:30 CEST (UTC+2)"
    assert list(letter.events.all()) == [event]
    assert letter.relations_out.get().target_reference == "CL-23/5"
