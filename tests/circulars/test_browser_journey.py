"""In a real browser: the public searches the archive and reads a letter in French; an
officer writes a draft at the letter desk, previews it and issues it."""

import datetime

import pytest
from django.test import Client

from plenaria.circulars import services
from plenaria.circulars.models import Letter
from tests.browser.conftest import in_chromium
from tests.circulars.factories import NumberingSeriesFactory, ready_letter
from tests.factories import ContactFactory, MemberStateFactory

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


def test_write_a_letter_with_live_preview_issue_it_and_send_it(
    live_server, secretariat_user, mailoutbox
):
    series = NumberingSeriesFactory()
    ContactFactory(organisation=MemberStateFactory(), email="minict@gov.example.org")
    browser_session = Client()
    browser_session.force_login(secretariat_user)
    cookie = {
        "name": "sessionid",
        "value": browser_session.cookies["sessionid"].value,
        "url": live_server.url,
    }
    seen = {"csp": []}

    def journey(page):
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and seen["csp"].append(message.text)
            ),
        )
        page.goto(f"{live_server.url}/en/letters/")
        page.get_by_role("link", name="Letter desk").click()
        page.get_by_role("link", name="Write a new letter").click()
        page.select_option("#id_office", str(series.office_id))
        page.select_option("#id_series", str(series.pk))
        seen["series"] = page.locator("#id_series option:checked").inner_text()
        page.get_by_label("Member States", exact=True).check()
        page.fill("#id_contact_name", "Victoria Sukenik")
        page.fill("#id_subject", "WSIS Forum 2024")
        page.locator("#id_body").press_sequentially("I invite you to the **WSIS Forum**.")
        # The live preview shows the rendered Markdown beside the text area.
        page.locator("#markdown-preview strong").wait_for()
        seen["live"] = page.locator("#markdown-preview strong").inner_text()
        page.get_by_role("button", name="Save").click()
        page.wait_for_url("**/desk/*/")
        seen["problems"] = page.locator(".issue-problems").inner_text()
        seen["blocked"] = page.get_by_role("button", name="Issue the letter").is_disabled()

        page.get_by_role("link", name="Add a signatory").click()
        page.fill("#id_name", "Doreen Bogdan-Martin")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url("**/desk/*/")

        page.get_by_role("link", name="Issue the letter").click()
        page.wait_for_url("**/issue/")
        seen["confirm"] = page.locator("#issue-effect").inner_text()
        page.get_by_role("button", name="Issue the letter as").click()
        page.wait_for_url("**/letters/*/")
        seen["message"] = page.locator(".messages").inner_text()

        page.get_by_role("link", name="Send to 1 new address").click()
        page.wait_for_url("**/send/")
        seen["send"] = page.locator("#send-effect").inner_text()
        page.get_by_role("button", name="Send to 1 address").click()
        page.wait_for_url("**/sending/")

    in_chromium(journey, cookies=[cookie])
    letter = Letter.objects.get()
    assert seen["csp"] == []
    assert "{" not in seen["series"] and "CL-" in seen["series"]
    assert seen["live"] == "WSIS Forum"
    assert "Add at least one signatory." in seen["problems"] and seen["blocked"]
    assert letter.status == "issued" and letter.reference in seen["confirm"]
    assert "cannot be undone" in seen["confirm"]
    assert f"Letter issued as {letter.reference}" in seen["message"]
    assert "1 address" in seen["send"] and "English (1)" in seen["send"]
    (mail,) = mailoutbox
    html, kind = mail.alternatives[0]
    assert kind == "text/html" and "<strong>WSIS Forum</strong>" in html
    assert f"/en/letters/{letter.pk}/en/" in html and "**" not in mail.body
