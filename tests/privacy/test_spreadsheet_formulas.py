"""A name typed as a formula never runs as one in a spreadsheet opened from an export."""

import csv
import io
import zipfile

import pytest

from plenaria.core import xlsx
from plenaria.core.csv_cells import csv_lines, formula_like, inert
from tests.registration.factories import open_event, register

FORMULAS = [
    '=HYPERLINK("http://x.example","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "＝1+1",
]
PLAIN = ["Amina", "O'Brien", "a=b", "", "Jean-Luc", "2+3"]


def test_the_rule():
    assert all(formula_like(text) for text in FORMULAS)
    assert not any(formula_like(text) for text in PLAIN)
    assert inert("=1+1") == "'=1+1" and inert("Amina") == "Amina"
    assert inert(None) == "" and inert(-2) == -2  # numbers are numbers, not text


def test_csv_lines_make_every_cell_inert():
    text = b"".join(csv_lines(["name", "=header"], [[value, 1] for value in FORMULAS])).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["name", "'=header"]
    assert [row[0] for row in rows[1:]] == ["'" + value for value in FORMULAS]


def test_xlsx_marks_formula_like_text_quote_prefixed():
    book = b"".join(xlsx.stream_workbook("t", ["name"], [["=1+1"], ["Amina"]]))
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        styles = archive.read("xl/styles.xml").decode()
    assert '<c r="A2" s="4" t="inlineStr"><is><t xml:space="preserve">=1+1</t>' in sheet
    assert '<c r="A3" t="inlineStr">' in sheet
    assert 'quotePrefix="1"' in styles and 'cellXfs count="5"' in styles


@pytest.mark.django_db
def test_registration_csv_export_neutralises_formulas(secretariat_client):
    event = open_event(event=None)
    typed = ["=1+2", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
    for index, name in enumerate(typed):
        register(event, first_name=name, last_name="-1+1", email=f"f{index}@example.org")
    register(event, first_name="Amina", email="amina@example.org")
    url = f"/en/registration/manage/{event.slug}/"
    body = b"".join(secretariat_client.get(url, {"export": "csv"}).streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    names = [row["First name"] for row in rows]  # headed in the reader's language
    assert names == ["'" + name for name in typed] + ["Amina"]
    assert {row["Last name"] for row in rows[:4]} == {"'-1+1"}
    assert all(not value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())
