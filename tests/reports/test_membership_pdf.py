"""The membership reports as PDFs: real PDFs, in the language of the address, whose text
holds the figures and the date they were computed; Arabic is laid out in an Arabic face."""

import io

import pytest
from django.conf import settings
from django.utils.formats import get_format
from pypdf import PdfReader

from tests.reports.test_membership import period_of, two_events

pytestmark = pytest.mark.usefixtures("reference_data")


def pdf(client, url: str) -> PdfReader:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(response.content))


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def fonts_of(reader: PdfReader) -> set[str]:
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def test_the_gender_report_in_english_holds_the_figures_and_the_date(secretariat_client):
    first, second = two_events()
    reader = pdf(secretariat_client, f"/en/reports/gender.pdf?{period_of(first, second)}")
    text = text_of(reader)
    assert "Gender report" in text and "2 events opening from" in text
    assert "Participants 7 4 57.1 % 2 28.6 %" in text
    assert "Heads of delegation 2 1 50.0 % 1 50.0 %" in text
    assert "FIRST-1 5 60.0 %" in text
    assert "Figures computed on" in text and str(first.start.year) in text
    assert "people aged 18 to 29" in text


def test_the_participation_report_in_french_writes_numbers_the_french_way(secretariat_client):
    first, second = two_events()
    reader = pdf(secretariat_client, f"/fr/reports/participation.pdf?{period_of(first, second)}")
    text = text_of(reader)
    # A decimal comma, and the figures: seven people, four in person, three remote.
    assert "57,1 %" in text and "Participants 7 –" in text
    assert "LDC — Pays les moins avancés 3 2 1 33,3 % 1 44 42,9 %" in text


def test_the_arabic_report_runs_right_to_left_in_an_arabic_face(secretariat_client):
    first, _second = two_events()
    reader = pdf(secretariat_client, f"/ar/reports/gender.pdf?event={first.slug}")
    assert any("NotoNaskhArabic" in font for font in fonts_of(reader))
    text = text_of(reader)
    # Arabic numbers (a decimal comma): 3 women of 5.
    assert "FIRST-1" in text and "60,0" in text
    # Arabic dates, with the month's name: read on the page the PDF is laid out from, as the
    # text read back from a PDF splits shaped Arabic letters.
    page = secretariat_client.get(f"/ar/reports/gender/?event={first.slug}").content.decode()
    assert any(month in page for month in ("يناير", "فبراير", "مارس", "أبريل", "ديسمبر"))


def test_the_chinese_report_is_set_in_a_cjk_face(secretariat_client):
    first, _second = two_events()
    reader = pdf(secretariat_client, f"/zh-hans/reports/participation.pdf?event={first.slug}")
    assert any("WenQuanYi" in font for font in fonts_of(reader))
    text = text_of(reader)
    assert "年" in text and " 5 –" in text


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_gets_its_pdf_with_its_own_decimal_sign(secretariat_client, language):
    first, _second = two_events()
    reader = pdf(secretariat_client, f"/{language}/reports/gender.pdf?event={first.slug}")
    text = text_of(reader)
    # Three women of five participants, written as the language writes a decimal.
    assert f"60{get_format('DECIMAL_SEPARATOR', language)}0" in text
    assert "UTC" in text and str(first.start.year) in text
