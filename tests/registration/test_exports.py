"""The XLSX export read back, and the secretariat page's delegation and interpretation tables."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from plenaria.core.csv_cells import inert
from plenaria.registration.views.exports import CSV_COLUMNS, headers
from tests.factories import OrganisationFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def test_xlsx_has_the_csv_rows_and_columns_with_real_dates(secretariat_client, rwanda):
    event = open_event(event=None)
    event.acronym = "WTDC-21/Kigali"  # a slash may not be in a sheet name
    event.save()
    register(event, organisation=rwanda, first_name="Aline", interpretation_language="fr")
    register(event, first_name="=HYPERLINK(1)", mode="remote")
    register(event, first_name="Chloé", year_of_birth=None)
    url = f"/en/registration/manage/{event.slug}/"

    response = secretariat_client.get(url, {"export": "xlsx"})
    assert response["Content-Disposition"].endswith(f'{event.slug}-registrations.xlsx"')
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = book.active
    assert sheet.title == "WTDC-21-Kigali"
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == headers() and sheet["A1"].font.b
    assert rows[0][:3] == ("First name", "Last name", "E-mail")
    named = {row[0]: dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]}
    assert set(named) == {"Aline", "=HYPERLINK(1)", "Chloé"}
    assert sheet["A3"].data_type == "s"  # a typed "=…" stays text, never a formula
    aline = named["Aline"]
    assert (aline["organisation"], aline["year_of_birth"], aline["status"]) == (
        "Rwanda (RW-GOV)",
        1990,
        "Seat confirmed",
    )
    assert isinstance(aline["created_at"], datetime.datetime)
    assert named["Chloé"]["year_of_birth"] is None

    csv_file = b"".join(secretariat_client.get(url, {"export": "csv"}).streaming_content)
    csv_rows = list(csv.DictReader(io.StringIO(csv_file.decode())))
    # The same names; in CSV a formula-like one behind an apostrophe (see core.csv_cells).
    assert [row["First name"] for row in csv_rows] == [inert(row[0]) for row in rows[1:]]
    remote = secretariat_client.get(url, {"export": "xlsx", "mode": "remote"})
    remote_rows = list(load_workbook(io.BytesIO(b"".join(remote.streaming_content))).active.values)
    assert [row[0] for row in remote_rows[1:]] == ["=HYPERLINK(1)"]


def test_delegations_and_interpretation_on_the_page(secretariat_client, rwanda, university):
    event = open_event()
    url = f"/en/registration/manage/{event.slug}/"
    register(event, organisation=university, gender="man", interpretation_language="es")
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url)

    for year in (2000, 1970, 1980):
        register(event, organisation=rwanda, year_of_birth=year, interpretation_language="fr")
    register(event, organisation=rwanda, mode="remote", interpretation_language="fr")
    register(event, organisation=university, gender="man")
    for _ in range(5):
        register(event, organisation=OrganisationFactory(), gender="man")
    register(event, first_name="Solo")
    with CaptureQueriesContext(connection) as many:
        page = secretariat_client.get(url)
    assert len(many) == len(few)

    first, second = page.context["delegations"][:2]
    assert (first["organisation"], first["size"], first["women_share"]) == (rwanda, 4, 100.0)
    assert (first["young"], first["in_person"], first["remote"]) == (1, 3, 1)
    assert (second["organisation"], second["women_share"]) == (university, 0.0)
    assert any(row["organisation"] is None for row in page.context["delegations"])
    demand = {row["language"]: row for row in page.context["demand"]}
    assert (demand["fr"]["total"], demand["fr"]["in_person"], demand["fr"]["remote"]) == (4, 3, 1)
    html = page.content.decode()
    assert "Balance of each delegation" in html and "No organisation" in html
    assert "export=xlsx" in html
