"""The secretariat's letter desk: write a draft, preview it, issue it — through the pages."""

import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from pypdf import PdfReader

from plenaria.circulars import services
from plenaria.circulars.models import Annex, Letter, LetterVersion, Signatory
from plenaria.core.models import AuditEntry
from tests.circulars.factories import NumberingSeriesFactory, ready_letter

pytestmark = pytest.mark.django_db


def letter_fields(series, **overrides):
    return {
        "office": series.office_id,
        "series": series.pk,
        "reference_suffix": "",
        "date": "",
        "contact_name": "Victoria Sukenik",
        "contact_phone": "+41 22 730 6036",
        "contact_fax": "",
        "contact_email": "strategy@itu.example.org",
        "categories": ["member_states", "academia"],
        "regions": ["africa"],
        **overrides,
    }


def version_fields(**overrides):
    return {
        "language": "fr",
        "subject": "Forum du SMSI 2024",
        "addressee_text": "",
        "salutation": "Madame, Monsieur,",
        "body": "J'ai l'honneur de vous inviter au **Forum du SMSI** à Genève.",
        "closing": "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération.",
        **overrides,
    }


def test_write_preview_and_issue_a_letter_from_the_desk(secretariat_client):
    series = NumberingSeriesFactory()
    response = secretariat_client.post(
        reverse("circulars:desk_new"), letter_fields(series, place_fr="Kigali")
    )
    letter = Letter.objects.get()
    assert response.url == reverse("circulars:desk_letter", args=[letter.pk])
    assert letter.is_draft and letter.regions == ["africa"]
    assert sorted(letter.addressees.values_list("category", flat=True)) == [
        "academia",
        "member_states",
    ]

    new_version = reverse("circulars:desk_part_new", args=[letter.pk, "version"])
    secretariat_client.post(new_version, version_fields())
    version = LetterVersion.objects.get(letter=letter)
    secretariat_client.post(
        reverse("circulars:desk_part_new", args=[letter.pk, "annex"]),
        {"version": version.pk, "order": 1, "title": "Programme", "body": "1. Ouverture"},
    )
    assert Annex.objects.get().version == version

    # Not yet issuable: the desk says why, and issuing changes nothing.
    page = secretariat_client.get(reverse("circulars:desk_letter", args=[letter.pk]))
    assert "Add at least one signatory." in page.content.decode()
    response = secretariat_client.post(reverse("circulars:issue", args=[letter.pk]), follow=True)
    assert "Add at least one signatory." in response.content.decode()
    assert Letter.objects.get().is_draft

    secretariat_client.post(
        reverse("circulars:desk_part_new", args=[letter.pk, "signatory"]),
        {
            "order": 0,
            "name": "Doreen Bogdan-Martin",
            "position_en": "Secretary-General",
            "position_fr": "Secrétaire générale",
        },
    )
    assert Signatory.objects.get().position["fr"] == "Secrétaire générale"

    preview = secretariat_client.get(reverse("circulars:version", args=[letter.pk, "fr"]))
    assert "<strong>Forum du SMSI</strong>" in preview.content.decode()
    assert "Kigali, " in preview.content.decode()  # the letter's own place, not Geneva
    pdf = secretariat_client.get(reverse("circulars:pdf", args=[letter.pk, "fr"]))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Forum du SMSI" in text and "Programme" in text

    response = secretariat_client.post(
        reverse("circulars:issue", args=[letter.pk]), {"confirm": "1"}, follow=True
    )
    letter.refresh_from_db()
    assert letter.status == "issued" and letter.reference.startswith("CL-")
    assert f"Letter issued as {letter.reference}." in response.content.decode()
    assert AuditEntry.objects.filter(action="issue").count() == 1
    # Issued: the desk's forms refuse any change.
    secretariat_client.post(new_version, version_fields(language="en", subject="WSIS"))
    assert LetterVersion.objects.filter(letter=letter).count() == 1


def test_bad_input_gets_a_message_and_changes_nothing(secretariat_client):
    series = NumberingSeriesFactory()
    letter = ready_letter(series=series)
    edit = reverse("circulars:desk_edit", args=[letter.pk])
    response = secretariat_client.post(edit, letter_fields(series, date="2023-02-30"))
    assert response.status_code == 200 and "Enter a valid date." in response.content.decode()
    response = secretariat_client.post(
        edit, letter_fields(series, contact_name="x" * 500, categories=["forged"])
    )
    assert response.status_code == 200
    assert "forged is not one of the available choices" in response.content.decode()
    letter.refresh_from_db()
    assert letter.contact_name == "Victoria Sukenik" and letter.regions == []

    version = letter.versions.get(language="fr")
    response = secretariat_client.post(
        reverse("circulars:desk_part", args=[letter.pk, "version", version.pk]),
        version_fields(body="<script>alert(1)</script>"),
    )
    assert response.status_code == 200 and "HTML" in response.content.decode()
    version.refresh_from_db()
    assert "script" not in version.body

    # Another letter's part, or a kind of part that does not exist: not found.
    other = ready_letter(series=series)
    other_version = other.versions.first()
    for url in [
        reverse("circulars:desk_part", args=[letter.pk, "version", other_version.pk]),
        reverse("circulars:desk_part_new", args=[letter.pk, "delivery"]),
    ]:
        assert secretariat_client.get(url).status_code == 404
    delete = reverse("circulars:desk_part_delete", args=[letter.pk, "version", other_version.pk])
    assert secretariat_client.post(delete).status_code == 404
    assert other.versions.count() == 2


def test_the_desk_is_for_the_secretariat_only(client, django_user_model, secretariat_client):
    letter = ready_letter()
    desk = secretariat_client.get(reverse("circulars:desk")).content.decode()
    assert reverse("circulars:desk_letter", args=[letter.pk]) in desk
    client.logout()
    signed_out = client.get(reverse("circulars:desk"))
    assert signed_out.status_code == 302 and "signin" in signed_out.url  # asked to sign in
    client.force_login(django_user_model.objects.create_user("delegate", password="pw-1234567"))
    for url in [
        reverse("circulars:desk"),
        reverse("circulars:desk_letter", args=[letter.pk]),
        reverse("circulars:dispatch", args=[letter.pk]),
        reverse("circulars:issue", args=[letter.pk]),
    ]:
        assert client.get(url).status_code == 403
    assert client.post(reverse("circulars:desk_delete", args=[letter.pk])).status_code == 403
    preview = client.post(reverse("circulars:desk_preview"), {"body": "**x**"})
    assert preview.status_code == 403
    assert Letter.objects.filter(pk=letter.pk).exists()


def test_the_desk_needs_the_same_queries_for_2_or_8_letters(secretariat_client):
    def add_letters():
        ready_letter()
        services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))

    add_letters()
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(reverse("circulars:desk"))
    for _ in range(3):
        add_letters()
    with CaptureQueriesContext(connection) as many:
        page = secretariat_client.get(reverse("circulars:desk")).content.decode()
    assert len(many) == len(few) and page.count('class="letter-card"') == 8


def test_the_desk_shows_each_letter_in_the_readers_language_newest_first(secretariat_client):
    older = services.issue_letter(None, ready_letter(), on=datetime.date(2021, 5, 6))
    newer = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    english = "World Telecommunication and Information Society Day (WTISD)"
    french = escape(older.versions.get(language="fr").subject)
    assert french != english

    with translation.override("fr"):
        page = secretariat_client.get(reverse("circulars:desk")).content.decode()
    assert french in page and english not in page
    assert page.index(newer.full_reference) < page.index(older.full_reference)
    with translation.override("en"):
        page = secretariat_client.get(reverse("circulars:desk")).content.decode()
    assert english in page
