"""The export for the report to the Council: every approved activity of the call with its
outcome, CSV and XLSX, streamed, in the reader's language, times in each activity's zone,
formula-like text inert, a query count that does not grow with the rows."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from plenaria.contributions.activities import export
from plenaria.contributions.models import ActivityOutcome
from plenaria.directory.models import Country
from tests.contributions.activity_factories import ActivityFactory, CallFactory
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def call():
    today = timezone.localdate()
    call = CallFactory(slug="wtisd-past", closed=True, held_from=today - 20 * DAY,
                       held_until=today - DAY)  # fmt: skip
    kigali = ActivityFactory(
        call=call, status="published", country=Country.objects.get(code="RW"), city="Kigali",
        timezone="Africa/Kigali", kind="hackathon", title={"en": "Kigali hackathon"},
        organisation=OrganisationFactory(name={"en": "Rwanda Utilities Regulatory Authority"}),
        co_organisers=[OrganisationFactory(name={"en": "University of Rwanda"})],
    )  # fmt: skip
    ActivityOutcome.objects.create(activity=kigali, participants=250, women_share=45)
    ActivityFactory(call=call, status="published", title={"en": '=HYPERLINK("http://x")'})
    ActivityFactory(call=call, status="submitted", title={"en": "Still under review"})
    ActivityFactory(status="published", title={"en": "Another call's"})
    return call


def csv_rows(client, language="en"):
    response = client.get(f"/{language}/activities/calls/manage/wtisd-past/export/?format=csv")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_holds_every_approved_activity_with_its_outcome(secretariat_client, call):
    rows = {row["Title"]: row for row in csv_rows(secretariat_client)}
    assert set(rows) == {"Kigali hackathon", '\'=HYPERLINK("http://x")'}
    kigali = rows["Kigali hackathon"]
    assert kigali["Organiser"] == "Rwanda Utilities Regulatory Authority"
    assert kigali["Co-organisers"] == "University of Rwanda"
    assert (kigali["Country"], kigali["ITU region"]) == ("Rwanda", "Africa")
    assert "LDC" in kigali["Groupings"] and kigali["Kind"] == "Hackathon or competition"
    assert kigali["Start (local time)"].endswith("10:00:00")  # Kigali's clock, not UTC
    assert kigali["Time zone"] == "Africa/Kigali" and kigali["Languages"] == "English"
    assert (kigali["Participants"], kigali["Share of women (%)"]) == ("250", "45")


def test_the_xlsx_has_the_same_rows_and_the_headers_follow_the_language(secretariat_client, call):
    response = secretariat_client.get("/fr/activities/calls/manage/wtisd-past/export/?format=xlsx")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(book.active.iter_rows(values_only=True))
    assert len(rows) == 3
    assert rows[0][0] == "Numéro"  # readable headers, translated per request
    titles = {row[1] for row in rows[1:]}
    assert "Kigali hackathon" in titles and "Still under review" not in titles


def test_the_query_count_does_not_grow_with_the_rows(call):
    def counted():
        # The file alone: the session's own bookkeeping is not the export's.
        with CaptureQueriesContext(connection) as queries:
            rows = b"".join(export.csv_response(call).streaming_content).splitlines()
        return len(queries), len(rows)

    queries, lines = counted()
    for _n in range(30):
        ActivityFactory(call=call, status="published")
    assert counted() == (queries, lines + 30)
