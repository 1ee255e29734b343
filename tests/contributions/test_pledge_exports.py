"""The CSV and XLSX exports hold exactly the pledges the figures count, with the same sums;
formula-like text stays inert."""

import csv
import io
import zipfile
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.utils import translation

from plenaria.contributions.pledges.figures import figures
from plenaria.contributions.pledges.filters import filter_pledges
from tests.contributions.test_figures import build_coalition

pytestmark = pytest.mark.django_db


@pytest.fixture
def coalition():
    return build_coalition()


def csv_rows(client, query: str = "") -> list[dict]:
    response = client.get(f"/en/pledges/export/?{query}&format=csv")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("query", ["", "type=financial&grouping=SIDS", "focus_area=adoption"])
def test_the_csv_holds_the_pledges_and_the_value_the_figures_count(client, coalition, query):
    with translation.override("en"):
        expected = figures(filter_pledges(QueryDict(query)).pledges)
    rows = csv_rows(client, query)
    assert len(rows) == expected.pledges
    value = sum(Decimal(row["Estimated value in US dollars"] or 0) for row in rows)
    assert value == expected.value_usd
    assert sum(row["Targets an LDC"] == "Yes" for row in rows) == expected.ldc.count
    women = sum("Women and girls" in row["Beneficiary groups"] for row in rows)
    assert women == expected.women.count
    assert not any("Hidden" in row["Title"] for row in rows)


def test_the_csv_names_what_a_pledge_reaches_and_keeps_formulas_inert(client, coalition):
    rows = {row["Number"]: row for row in csv_rows(client)}
    cables = rows[str(coalition["p2"].pk)]
    assert cables["Countries of implementation"] == "Fiji; Kenya"
    assert cables["Regions of implementation"] == "Africa; Asia and the Pacific"
    assert cables["Targets a SIDS"] == "Yes"
    assert rows[str(coalition["p3"].pk)]["Title"] == '\'=HYPERLINK("http://x.example")'


def test_the_xlsx_has_the_same_rows_and_writes_formula_like_text_as_text(client, coalition):
    response = client.get("/en/pledges/export/?format=xlsx")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count("<row ") == 1 + figures().pledges
    assert "<f>" not in sheet  # no cell is a formula
    assert 's="4" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK' in sheet
    assert "Island cables" in sheet and "Hidden" not in sheet


def test_french_headers(client, coalition):
    response = client.get("/fr/pledges/export/?format=csv")
    header = b"".join(response.streaming_content).decode().splitlines()[0]
    assert header.startswith("Num")  # headers are translatable strings, read per request
    assert (
        "Câbles insulaires"
        in b"".join(client.get("/fr/pledges/export/?format=csv").streaming_content).decode()
    )
