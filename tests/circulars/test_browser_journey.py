"""In a real browser: the public searches the archive and reads a letter in French; an
officer writes a draft at the letter desk, previews it and issues it."""

import datetime

import pytest
from django.test import Client

from plenaria.circulars import services
from plenaria.circulars.models import Letter
from tests.browser.conftest import in_chromium
from tests.circulars.factories import NumberingSeriesFactory, ready_letter

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_search_the_archive_and_read_a_letter_in_french(live_server):
    letter = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    other = ready_letter()
    version = other.versions.get(language="en")
    version.body = "Budget of the Union."
    services.save_part(None, version)
    other.versions.filter(language="fr").delete()
    services.issue_letter(None, other, on=datetime.date(2023, 5, 2))
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/letters/")
        assert page.locator(".letter-card").count() == 2
        page.get_by_label("Words in the subject or text").fill("CELEBRATION")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url("**q=CELEBRATION**")
        assert page.locator(".letter-card").count() == 1
        page.get_by_role("link", name=letter.reference).click()
        page.get_by_role("link", name="French").click()
        page.wait_for_url(f"**/letters/{letter.pk}/fr/")
        seen["lang"] = page.locator("article.letter").get_attribute("lang")
        seen["subject"] = page.locator("#letter-subject").inner_text()
        pdf_link = page.locator(".letter-versions a", has_text="PDF").first
        response = page.request.get(live_server.url + pdf_link.get_attribute("href"))
        seen["pdf"] = (response.headers["content-type"], response.body()[:4])

    in_chromium(journey)
    assert seen["lang"] == "fr" and seen["subject"].startswith("Journée mondiale")
    assert seen["pdf"] == ("application/pdf", b"%PDF")


def test_write_a_draft_preview_it_and_issue_it_at_the_desk(live_server, secretariat_user):
    series = NumberingSeriesFactory()
    browser_session = Client()
    browser_session.force_login(secretariat_user)
    cookie = {
        "name": "sessionid",
        "value": browser_session.cookies["sessionid"].value,
        "url": live_server.url,
    }
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/letters/")
        page.get_by_role("link", name="Letter desk").click()
        page.get_by_role("link", name="Write a new letter").click()
        page.select_option("#id_office", str(series.office_id))
        page.select_option("#id_series", str(series.pk))
        page.get_by_label("Member States", exact=True).check()
        page.fill("#id_contact_name", "Victoria Sukenik")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url("**/desk/*/")

        page.get_by_role("link", name="Add a language version").click()
        page.select_option("#id_language", "en")
        page.fill("#id_subject", "WSIS Forum 2024")
        page.fill("#id_salutation", "Dear Sir/Madam,")
        page.fill("#id_body", "I have the honour to invite you to the **WSIS Forum**.")
        page.fill("#id_closing", "Yours faithfully,")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url("**/desk/*/")
        seen["problems"] = page.locator(".issue-problems").inner_text()

        page.get_by_role("link", name="Add a signatory").click()
        page.fill("#id_name", "Doreen Bogdan-Martin")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url("**/desk/*/")

        page.get_by_role("link", name="Preview as a page").click()
        seen["preview"] = page.locator(".letter__body strong").inner_text()
        page.go_back()
        page.get_by_role("button", name="Issue the letter").click()
        page.wait_for_url("**/letters/*/")
        seen["message"] = page.locator(".messages").inner_text()

    in_chromium(journey, cookies=[cookie])
    letter = Letter.objects.get()
    assert "Add at least one signatory." in seen["problems"]
    assert seen["preview"] == "WSIS Forum"
    assert letter.status == "issued" and f"Letter issued as {letter.reference}" in seen["message"]
