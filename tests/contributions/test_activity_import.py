"""A country fills the spreadsheet template with many activities and uploads it: all rows
are imported or none, and every problem is named by its row and column."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from plenaria.contributions.models import Activity
from plenaria.core.models import AuditEntry
from tests.contributions.activity_data import submitter
from tests.contributions.activity_factories import CallFactory

pytestmark = pytest.mark.django_db
HEADER = [
    "Organiser", "Title", "Description", "Kind", "Country", "City", "Online (yes/no)",
    "Start date", "Start time", "End date", "End time", "Languages", "Audience",
    "Expected participants",
]  # fmt: skip


def _row(call, title="Digital day", **changes):
    day = call.held_from + datetime.timedelta(days=2)
    values = {
        "Organiser": "Rwanda Utilities Regulatory Authority",
        "Title": title,
        "Description": "Talks and a hackathon.",
        "Kind": "Workshop or training",
        "Country": "Rwanda",
        "City": "Kigali",
        "Online (yes/no)": "no",
        "Start date": datetime.datetime.combine(day, datetime.time()),
        "Start time": datetime.time(9, 0),
        "End date": day.isoformat(),
        "End time": "12:30",
        "Languages": "English, fr",
        "Audience": "public; students",
        "Expected participants": 120,
    }
    values.update(changes)
    return [values.get(name) for name in HEADER]


def _xlsx(rows, header=HEADER) -> SimpleUploadedFile:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("activities.xlsx", out.getvalue())


def _upload(client, call, upload, **extra):
    url = f"/en/activities/mine/call/{call.slug}/import/"
    return client.post(url, {"file": upload, **extra})


def test_the_template_has_readable_columns_and_the_allowed_values(client):
    call = CallFactory()
    client.force_login(submitter())
    response = client.get(f"/en/activities/mine/call/{call.slug}/template.xlsx")
    assert response["Content-Disposition"] == f'attachment; filename="activities-{call.slug}.xlsx"'
    book = load_workbook(io.BytesIO(response.content))
    header = [cell.value for cell in book.worksheets[0][1]]
    assert header[:4] == ["Organiser", "Title", "Description", "Kind"]
    assert set(HEADER) <= set(header) and "Time zone" in header
    allowed = [row[1] for row in book.worksheets[1].iter_rows(values_only=True)]
    assert {"workshop", "webinar", "students", "fr", "sw"} <= set(allowed)


def test_a_good_spreadsheet_is_imported_whole_as_submitted(client):
    call = CallFactory()
    user = submitter()
    client.force_login(user)
    rows = [_row(call, f"Day {n}") for n in range(3)]
    rows.insert(1, [None] * len(HEADER))  # an empty row between is skipped
    rows.append(_row(call, "Online day", City="", **{"Online (yes/no)": "yes"}))
    response = _upload(client, call, _xlsx(rows), submit="on")
    assert response.status_code == 302
    activities = Activity.objects.order_by("pk")
    assert activities.count() == 4
    first = activities[0]
    assert (first.city, first.country_id, first.kind, first.timezone) == (
        "Kigali", "RW", "workshop", "Africa/Kigali",
    )  # fmt: skip
    assert (first.languages, first.audiences) == (["en", "fr"], ["public", "students"])
    assert first.status == "submitted" and first.submitted_by == user
    assert first.comments.get().kind == "submitted"
    assert activities.last().online and not activities.last().city
    assert AuditEntry.objects.filter(action="import").count() == 4


def test_one_bad_row_imports_nothing_and_every_problem_is_named_by_row_and_column(client):
    call = CallFactory()
    client.force_login(submitter())
    late = call.held_until + datetime.timedelta(days=5)
    rows = [
        _row(call, "Good day"),
        _row(call, "Wrong city", City="Nairobi"),  # row 3: not in Rwanda
        _row(call, "Wrong date", **{"Start date": 17.5}),  # row 4: a number for a date
        _row(call, "Wrong kind", Kind="picnic", **{"Expected participants": "many"}),  # row 5
        _row(call, "Too late", **{"Start date": late.isoformat(), "End date": ""}),  # row 6
        _row(call, "Good day"),  # row 7: the same as row 2
    ]
    response = _upload(client, call, _xlsx(rows))
    assert response.status_code == 200 and not Activity.objects.exists()
    body = response.content.decode()
    assert "Nothing was imported" in body
    table = body[body.index("<tbody>") :]
    assert '<td class="number">3</td><td>City</td><td>No city called “Nairobi” in Rwanda.' in table
    assert '<td class="number">4</td><td>Start date</td>' in table
    assert '<td class="number">5</td><td>Kind</td>' in table
    assert '<td class="number">5</td><td>Expected participants</td>' in table
    assert '<td class="number">6</td><td>Start date</td><td>This call takes activities' in table
    assert "The same activity as row 2." in table


def test_a_spreadsheet_without_required_columns_is_refused(client):
    call = CallFactory()
    client.force_login(submitter())
    header = [name for name in HEADER if name not in ("Country", "Start date")]
    response = _upload(client, call, _xlsx([["x"] * len(header)], header))
    body = response.content.decode()
    assert "Columns missing from the spreadsheet: Country, Start date" in body
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("activities.xlsx", b"Title;Country\nDay;RW\n"), "not an .xlsx"),
        (SimpleUploadedFile("activities.xlsx", b"PK\x03\x04broken zip"), "not an .xlsx"),
        (None, "has no activity"),
    ],
)
def test_what_is_not_a_filled_spreadsheet_is_refused(client, upload, message):
    call = CallFactory()
    client.force_login(submitter())
    response = _upload(client, call, upload or _xlsx([]))
    assert message in response.content.decode()
    assert not Activity.objects.exists()


def test_ten_thousand_rows_are_refused(client):
    call = CallFactory()
    client.force_login(submitter())
    rows = [_row(call, f"Day {n}") for n in range(10_000)]
    response = _upload(client, call, _xlsx(rows))
    assert "more than 5,000 activities" in response.content.decode()
    assert not Activity.objects.exists()


def test_a_spreadsheet_that_unpacks_to_a_huge_file_is_refused_before_it_is_read(client):
    import zipfile

    call = CallFactory()
    client.force_login(submitter())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<si>" + b"A" * (120 * 2**20))
    assert len(out.getvalue()) < 1_000_000
    response = _upload(client, call, SimpleUploadedFile("bomb.xlsx", out.getvalue()))
    assert "This spreadsheet is too large" in response.content.decode()
    assert not Activity.objects.exists()
