"""The annual report: its page and its PDF give the same figures for a day, and the PDF is a
real PDF whose text can be read."""

import datetime
import io
import re

import pytest
from django.utils import translation
from pypdf import PdfReader

from plenaria.contributions.pledges.figures import figures
from tests.contributions.test_figures import build_coalition

pytestmark = pytest.mark.django_db


@pytest.fixture
def coalition():
    return build_coalition()


def pdf_text(client, query: str) -> str:
    response = client.get(f"/en/pledges/report.pdf?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_page_and_pdf_show_the_same_figures_for_the_day(client, coalition):
    with translation.override("en"):
        expected = figures(as_of=datetime.date(2023, 12, 31))
    assert (expected.pledges, expected.value_usd) == (2, 1100)
    page = client.get("/en/pledges/report/?as_of=2023-12-31").content.decode()
    text = pdf_text(client, "as_of=2023-12-31")
    assert "31 December 2023" in text
    assert "Pledges 2 " in text and "Estimated value (US dollars) 1,100" in text
    assert "Pledging entities 2" in text and "Countries of implementation 3" in text
    assert "Pledges targeting at least one LDC 1 (50.0 %)" in text
    assert "Pledges naming women and girls among their beneficiaries 2 (100.0 %)" in text
    # Each row of each breakdown, in the page's table and in the PDF.
    for breakdown in expected.breakdowns:
        assert breakdown.title in text
        section = page.split(f'id="breakdown-{breakdown.name}"')[1].split("</section>")[0]
        for row in breakdown.rows:
            assert f"{row.label} {row.count} {row.share} %" in text, row
            cells = re.search(
                rf">{re.escape(row.label)}</th>\s*<td class=\"number\">(\d+)</td><td class=\"number\">([\d.]+) %",
                section,
            )
            assert cells and cells.groups() == (str(row.count), str(row.share)), row
    # The NGO's advocacy pledge was published in 2024: not in this report.
    assert "Advocacy 0 0.0 %" in text


def test_a_day_before_any_pledge_gives_an_empty_report_not_an_error(client, coalition):
    page = client.get("/en/pledges/report/?as_of=2020-01-01")
    assert page.status_code == 200
    assert "No pledge had been published by that day" in page.content.decode()
    assert "Pledges 0 " in pdf_text(client, "as_of=2020-01-01")
