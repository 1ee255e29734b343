"""A secretariat officer turns an existing letter into a draft event."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.events.models import Event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
LETTER = Path(__file__).resolve().parents[2] / "src/plenaria/intake/corpus/seed_001.txt"


def test_upload_review_and_create_a_draft(page, live_server, django_user_model):
    ensure_role_groups()
    officer = django_user_model.objects.create_user(
        "officer", password="pw-officer-1", is_staff=True
    )
    officer.groups.add(Group.objects.get(name=SECRETARIAT))
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

    page.select_option("#id_kind", "observance")
    page.fill("input[name=title_en]", "World Telecommunication and Information Society Day 2023")
    page.get_by_role("button", name="Create the draft event").click()
    page.wait_for_url(re.compile(r"/en/admin/events/event/\d+/change/"))
    event = Event.objects.get(acronym="WTISD-23")
    assert event.status == "draft" and event.local.times == "14:30–16:30 CEST (UTC+2)"
