"""The secretariat's list as a file, CSV or XLSX, streamed as its rows are read."""

from django.http import StreamingHttpResponse

from plenaria.core import xlsx
from plenaria.core.csv_cells import csv_lines
from plenaria.directory.models import Organisation

CSV_COLUMNS = [
    "first_name",
    "last_name",
    "email",
    "gender",
    "year_of_birth",
    "nationality_id",
    "organisation",
    "capacity",
    "mode",
    "interpretation_language",
    "visa_requested",
    "status",
    "created_at",
]
CHUNK = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _OrganisationNames(dict):
    """Each organisation's name by id; one that appeared since they were read is looked up."""

    def __missing__(self, pk) -> str:
        organisation = Organisation.objects.filter(pk=pk).first()
        self[pk] = name = str(organisation or "")
        return name


def _rows(registrations):
    """The rows as plain values, read in chunks: a model instance per registration would take
    most of the time of a large export. Organisations are named now, in the request's
    language, since the rows are read after the view has returned."""
    names = _OrganisationNames(
        (organisation.pk, str(organisation))
        for organisation in Organisation.objects.filter(
            pk__in=registrations.values("organisation_id")
        )
    )
    names[None] = ""
    fields = [f"{column}_id" if column == "organisation" else column for column in CSV_COLUMNS]
    selected = registrations.select_related(None).values_list(*fields)
    return _named(selected.iterator(chunk_size=CHUNK), names)


def _named(rows, names):
    at = CSV_COLUMNS.index("organisation")
    for values in rows:
        row = list(values)
        row[at] = names[row[at]]
        yield row


def csv_response(event, registrations) -> StreamingHttpResponse:
    """A name typed as "=…" (or "+", "-", "@") is written behind an apostrophe: a spreadsheet
    opening the file reads it as text, never as a formula (see core.csv_cells)."""
    response = StreamingHttpResponse(
        csv_lines(CSV_COLUMNS, _rows(registrations), CHUNK), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.csv"'
    return response


def sheet_title(event) -> str:
    """The event's acronym, without the characters a sheet name may not hold (31 at most)."""
    return xlsx.sheet_name(event.acronym or "", fallback="registrations")


def xlsx_response(event, registrations) -> StreamingHttpResponse:
    """Sent while the list is read: neither memory nor disk holds the whole file. Times are in
    UTC, as in the CSV file; a name typed as "=…" stays text."""
    rows = _rows(registrations)
    response = StreamingHttpResponse(
        xlsx.stream_workbook(sheet_title(event), CSV_COLUMNS, rows), content_type=XLSX_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.xlsx"'
    return response
