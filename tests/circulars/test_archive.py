import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.circulars import services
from plenaria.circulars.choices import RelationKind
from tests.circulars.factories import LetterFactory, VersionFactory, ready_letter
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
D = datetime.date


APRIL_12 = D(2023, 4, 12)


def issued(on=APRIL_12, **kwargs):
    return services.issue_letter(None, ready_letter(**kwargs), on=on)


def test_the_archive_lists_issued_letters_never_drafts(client):
    letter = issued()
    LetterFactory()  # a draft
    page = client.get(reverse("circulars:list")).content.decode()
    assert letter.reference in page
    assert page.count('class="letter-card"') == 1


@pytest.mark.parametrize(
    "words", ["developpement", "DÉVELOPPEMENT", "developpement PASSE", "CL-23/1", "honour"]
)
def test_search_ignores_accents_and_case_in_every_language(client, words):
    letter = ready_letter()
    version = letter.versions.get(language="fr")
    version.body = "Le développement passe par la **célébration** de la Journée mondiale."
    version.save()
    services.issue_letter(None, letter, on=D(2023, 4, 12))
    issued(on=D(2023, 5, 1))  # another letter, without those words
    page = client.get(reverse("circulars:list"), {"q": words}).content.decode()
    if words in ("CL-23/1", "honour"):
        assert "CL-23/1" in page
    else:
        assert page.count('class="letter-card"') == 1 and "CL-23/1" in page


def test_filters_by_year_event_and_addressee_category(client):
    event = EventFactory()
    issued(on=D(2022, 6, 1))
    issued(on=D(2023, 4, 12))
    draft = ready_letter()
    services.set_events(None, draft, [event])
    services.set_addressees(None, draft, ["academia"])
    with_event = services.issue_letter(None, draft, on=D(2023, 6, 1))
    url = reverse("circulars:list")
    assert client.get(url, {"year": "2022"}).content.decode().count('class="letter-card"') == 1
    by_event = client.get(url, {"event": event.slug}).content.decode()
    assert by_event.count('class="letter-card"') == 1 and with_event.reference in by_event
    by_category = client.get(url, {"category": "academia"}).content.decode()
    assert by_category.count('class="letter-card"') == 1
    assert client.get(url, {"year": "abc", "category": "<script>"}).status_code == 200


def test_the_archive_needs_the_same_queries_for_3_or_12_letters(client):
    url = reverse("circulars:list")
    for _ in range(3):
        issued()
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(9):
        issued()
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_the_letter_page_shows_versions_pdf_links_events_and_related_letters(client):
    earlier = issued(on=D(2023, 3, 1))
    letter = ready_letter()
    event = EventFactory(acronym="WTISD-23")
    services.set_events(None, letter, [event])
    services.relate(None, letter, RelationKind.FOLLOWS, target=earlier)
    services.issue_letter(None, letter, on=D(2023, 4, 12))
    page = client.get(reverse("circulars:version", args=[letter.pk, "fr"])).content.decode()
    assert '<article class="letter" lang="fr" dir="ltr"' in page
    assert "CL-23/2" in page and "Madame, Monsieur," in page
    assert reverse("circulars:pdf", args=[letter.pk, "en"]) in page
    assert reverse("events:detail", args=[event.slug]) in page
    assert reverse("circulars:detail", args=[earlier.pk]) in page
    earlier_page = client.get(reverse("circulars:detail", args=[earlier.pk])).content.decode()
    assert reverse("circulars:detail", args=[letter.pk]) in earlier_page


def test_the_pdf_downloads_under_its_reference(client):
    letter = issued()
    response = client.get(reverse("circulars:pdf", args=[letter.pk, "fr"]))
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="CL-23-1_fr.pdf"' in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    assert client.get(reverse("circulars:pdf", args=[letter.pk, "ru"])).status_code == 404


def test_drafts_are_hidden_from_the_public_and_previewed_by_the_secretariat(secretariat_client):
    client = Client()
    draft = ready_letter()
    assert client.get(reverse("circulars:detail", args=[draft.pk])).status_code == 404
    assert client.get(reverse("circulars:pdf", args=[draft.pk, "fr"])).status_code == 404
    page = secretariat_client.get(reverse("circulars:detail", args=[draft.pk])).content.decode()
    assert "Draft: not issued" in page
    assert secretariat_client.get(
        reverse("circulars:pdf", args=[draft.pk, "fr"])
    ).content.startswith(b"%PDF")


def test_the_secretariat_issues_from_the_letter_page_and_gets_clear_messages(secretariat_client):
    incomplete = ready_letter()
    incomplete.signatories.all().delete()
    response = secretariat_client.post(
        reverse("circulars:issue", args=[incomplete.pk]), {"confirm": "1"}, follow=True
    )
    assert "Add at least one signatory." in response.content.decode()
    incomplete.refresh_from_db()
    assert incomplete.is_draft
    letter = ready_letter()
    response = secretariat_client.post(
        reverse("circulars:issue", args=[letter.pk]), {"confirm": "1"}, follow=True
    )
    letter.refresh_from_db()
    assert (
        letter.status == "issued"
        and f"Letter issued as {letter.reference}" in response.content.decode()
    )
    assert Client().post(reverse("circulars:issue", args=[letter.pk])).status_code in (302, 404)


def test_script_never_reaches_the_letter_page(secretariat_client):
    version = VersionFactory(
        body="Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"
    )
    page = secretariat_client.get(
        reverse("circulars:detail", args=[version.letter.pk])
    ).content.decode()
    body = page.split('<div class="letter__body">')[1].split("</div>")[0]
    assert (
        "Hi" in body
        and "<script" not in body
        and "onerror" not in body
        and "javascript:" not in body
    )


def test_the_count_read_from_the_word_index_matches_the_letters_listed():
    from plenaria.circulars import queries

    kigali = issued(on=D(2022, 5, 17))
    VersionFactory(letter=LetterFactory(), language="en", body="Kigali draft")  # not indexed
    services.withdraw_letter(None, kigali, "Sent in error")  # still in the archive
    issued(on=D(2023, 1, 9))
    for text, filters in [
        ("celebration", {}),
        ("celebration honour", {}),
        ("celebration xylophone", {}),
        ("celebration", {"year": 2022}),
    ]:
        results = queries.letter_list(text=text, **filters)
        assert results.count() == len(list(results)), text
    assert queries.letter_list(text="celebration").count() == 2
    assert queries.letter_list(text="celebration", year=2023).count() == 1
