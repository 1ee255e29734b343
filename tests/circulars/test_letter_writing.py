"""Writing a letter comfortably and issuing and sending it safely: a new letter opens with
its subject and body, the Markdown is previewed, issuing and sending are confirmed first,
and the mail carries the letter as readable HTML with a plain-text alternative and a link
to the archive."""

import datetime
from email import message_from_bytes

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from plenaria.circulars import dispatch, services
from plenaria.circulars.mail import html_to_text
from plenaria.circulars.models import Delivery, Letter, LetterVersion, SeriesCounter
from plenaria.circulars.sending import send_pending
from tests.circulars.factories import NumberingSeriesFactory, ready_letter
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.circulars.test_desk import letter_fields
from tests.circulars.test_dispatch import issued_letter, smtp
from tests.factories import ContactFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

NEW_VERSION = {
    "language": "en",
    "subject": "WSIS Forum 2024",
    "salutation": "Dear Sir/Madam,",
    "body": "I have the honour to invite you to the **WSIS Forum**.\n\n- Geneva\n- Online",
    "closing": "Yours faithfully,",
}


def test_a_new_letter_opens_with_subject_and_body_and_saves_its_first_version(
    secretariat_client,
):
    series = NumberingSeriesFactory(pattern="BDT/DIR/{n:03}")
    SeriesCounter.objects.create(series=series, year=0, last_number=41)
    page = secretariat_client.get(reverse("circulars:desk_new")).content.decode()
    assert 'name="subject"' in page and 'name="body"' in page
    assert 'data-preview="markdown-preview"' in page and "circulars/preview.js" in page
    # The numbering pattern is never shown; the next number is.
    assert "{n" not in page and "BDT/DIR/042" in page

    response = secretariat_client.post(
        reverse("circulars:desk_new"), letter_fields(series, **NEW_VERSION)
    )
    letter = Letter.objects.get()
    assert response.url == reverse("circulars:desk_letter", args=[letter.pk])
    version = LetterVersion.objects.get(letter=letter)
    assert (version.language, version.subject) == ("en", "WSIS Forum 2024")
    assert version.body.startswith("I have the honour")
    desk = secretariat_client.get(response.url).content.decode()
    assert "BDT/DIR/042" in desk and "{n" not in desk


def test_a_half_written_first_version_is_refused_with_a_message(secretariat_client):
    series = NumberingSeriesFactory()
    response = secretariat_client.post(
        reverse("circulars:desk_new"),
        letter_fields(series, **{**NEW_VERSION, "salutation": "", "body": "<script>x</script>"}),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Write the subject, salutation, body and closing." in content and "HTML" in content
    assert not Letter.objects.exists()


def test_the_preview_button_renders_the_markdown_and_saves_nothing(secretariat_client):
    series = NumberingSeriesFactory()
    response = secretariat_client.post(
        reverse("circulars:desk_new"), letter_fields(series, preview="1", **NEW_VERSION)
    )
    content = response.content.decode()
    assert response.status_code == 200 and "<strong>WSIS Forum</strong>" in content
    assert "<li>Geneva</li>" in content
    assert not Letter.objects.exists()
    letter = ready_letter()
    version = letter.versions.get(language="en")
    url = reverse("circulars:desk_part", args=[letter.pk, "version", version.pk])
    assert "<strong>celebration</strong>" in secretariat_client.get(url).content.decode()
    secretariat_client.post(url, {**NEW_VERSION, "preview": "1"})
    version.refresh_from_db()
    assert version.subject != "WSIS Forum 2024"


def test_the_live_preview_endpoint_renders_sanitised_html_for_the_secretariat_only(
    secretariat_client, secretariat_user
):
    url = reverse("circulars:desk_preview")
    text = "**bold** [link](javascript:alert(1)) <img src=x onerror=alert(1)>"
    response = secretariat_client.post(url, {"body": text})
    html = response.content.decode()
    assert response.status_code == 200 and "<strong>bold</strong>" in html
    assert "javascript:" not in html and "onerror" not in html and "<img" not in html
    assert "HTML" in html  # the reason it would be refused at saving is shown
    assert secretariat_client.get(url).status_code == 405
    too_long = secretariat_client.post(url, {"body": "x" * 200_001})
    assert too_long.status_code == 400 and "too long" in too_long.content.decode()
    # Without the CSRF token, refused.
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(secretariat_user)
    assert strict.post(url, {"body": "x"}).status_code == 403
    assert Client().post(url, {"body": "x"}).status_code == 302  # to the sign-in page


def test_issuing_goes_through_a_confirmation_that_names_the_number(secretariat_client):
    series = NumberingSeriesFactory(pattern="BDT/DIR/{n:03}")
    SeriesCounter.objects.create(series=series, year=0, last_number=41)
    letter = ready_letter(series=series, office=series.office)
    url = reverse("circulars:issue", args=[letter.pk])
    desk = secretariat_client.get(reverse("circulars:desk_letter", args=[letter.pk]))
    assert f'href="{url}"' in desk.content.decode()
    page = secretariat_client.get(url).content.decode()
    assert "BDT/DIR/042" in page and "cannot be undone" in page and "{n" not in page
    # A post without the confirmation shows the page again and issues nothing.
    assert secretariat_client.post(url).status_code == 200
    letter.refresh_from_db()
    assert letter.is_draft
    response = secretariat_client.post(url, {"confirm": "1"}, follow=True)
    letter.refresh_from_db()
    assert letter.reference == "BDT/DIR/042"
    assert "Letter issued as BDT/DIR/042." in response.content.decode()


def test_a_letter_with_blockers_shows_a_disabled_issue_button_with_the_reason(
    secretariat_client,
):
    letter = ready_letter()
    letter.signatories.all().delete()
    for url in [
        reverse("circulars:issue", args=[letter.pk]),
        reverse("circulars:desk_letter", args=[letter.pk]),
    ]:
        page = secretariat_client.get(url).content.decode()
        assert 'disabled aria-describedby="issue-blocked"' in page
        assert 'id="issue-blocked"' in page and "Add at least one signatory." in page


def test_sending_goes_through_a_confirmation_with_addresses_and_languages(
    secretariat_client, mailoutbox, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(category="academia")
    ContactFactory(organisation=organisation, email="a@uni.example.org", preferred_language="fr")
    ContactFactory(organisation=organisation, email="b@uni.example.org", preferred_language="fr")
    ContactFactory(organisation=organisation, email="c@uni.example.org", preferred_language="en")
    letter = issued_letter(["academia"])
    url = reverse("circulars:send", args=[letter.pk])
    assert (
        f'href="{url}"'
        in secretariat_client.get(reverse("circulars:detail", args=[letter.pk])).content.decode()
    )
    page = secretariat_client.get(url).content.decode()
    assert "e-mailed to 3 addresses" in page and "In 2 languages: French (2), English (1)." in page
    assert secretariat_client.post(url).status_code == 200  # not confirmed: nothing queued
    assert not Delivery.objects.exists() and not mailoutbox
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(url, {"confirm": "1"}, follow=True)
    assert "3 new recipients queued." in response.content.decode()
    assert len(mailoutbox) == 3


@override_settings(PLENARIA_BASE_URL="https://plenaria.example.org/")
def test_the_mail_is_readable_html_with_a_plain_text_twin_and_the_archive_link(mailoutbox):
    ContactFactory(
        organisation=OrganisationFactory(category="academia"),
        email="dean@uni.example.org",
        preferred_language="en",
    )
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    send_pending(letter.pk)
    (mail,) = mailoutbox
    link = f"https://plenaria.example.org/en/letters/{letter.pk}/en/"
    html, kind = mail.alternatives[0]
    assert kind == "text/html"
    assert "<strong>celebration</strong>" in html and f'href="{link}"' in html
    assert letter.reference in html and "World" in html
    assert "**" not in mail.body and "celebration of the World Day" in mail.body
    assert link in mail.body and f"Ref.: {letter.reference}" in mail.body
    assert mail.attachments[0][0].endswith("_en.pdf")


def test_the_mail_through_smtp_has_an_html_part_a_text_part_and_the_pdf():
    organisation = OrganisationFactory(category="academia")
    for n, language in enumerate(["fr", "en"]):
        ContactFactory(
            organisation=organisation, email=f"p{n}@uni.example.org", preferred_language=language
        )
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with RunningSink(Sink()) as running:
        report = send_pending(letter.pk, connection=smtp(running.port))
    assert report.sent == 2
    received = {message["To"]: message for message in running.sink.received}
    french = received["p0@uni.example.org"]
    kinds = [part.get_content_type() for part in french.walk()]
    assert "text/plain" in kinds and "text/html" in kinds and "application/pdf" in kinds
    html = next(p for p in french.walk() if p.get_content_type() == "text/html")
    text = next(p for p in french.walk() if p.get_content_type() == "text/plain")
    html_body = html.get_payload(decode=True).decode()
    text_body = text.get_payload(decode=True).decode()
    assert "<strong>célébration</strong>" in html_body and "**" not in text_body
    assert f"/fr/letters/{letter.pk}/fr/" in text_body and "Objet" in text_body
    # Each recipient's own address and headers, though the mail is built once per version.
    assert received["p1@uni.example.org"]["Message-ID"] != french["Message-ID"]
    assert message_from_bytes(french.as_bytes())["To"] == "p0@uni.example.org"


def test_plain_text_of_the_letter_html_reads_as_a_person_writes():
    html = (
        "<p>Dear <strong>colleagues</strong>,</p><ul><li>one</li><li>two</li></ul>"
        '<p>See <a href="https://itu.example.org/x">the page</a> &amp; more.</p>'
    )
    assert html_to_text(html) == (
        "Dear colleagues,\n\n- one\n- two\n\nSee the page (https://itu.example.org/x) & more."
    )


def test_issuing_date_and_number_in_the_confirmation_follow_the_letter_date(secretariat_client):
    letter = ready_letter()
    letter.date = datetime.date(2023, 4, 12)
    services.save_letter(None, letter)
    page = secretariat_client.get(reverse("circulars:issue", args=[letter.pk])).content.decode()
    assert "CL-23/1" in page
