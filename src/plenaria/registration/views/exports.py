"""The secretariat's list as a file, CSV or XLSX, streamed as its rows are read.

Headers are the fields' names as a person reads them, in the request's language; values too:
countries and organisations by name, choices by their label, yes or no."""

from django.http import StreamingHttpResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_countries import countries

from plenaria.core import xlsx
from plenaria.core.csv_cells import csv_lines
from plenaria.directory.models import Organisation
from plenaria.registration.models import Registration

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
# The columns whose stored code is written as its label.
LABELLED = ["gender", "capacity", "mode", "interpretation_language", "status"]
CHUNK = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _OrganisationNames(dict):
    """Each organisation's name by id; one that appeared since they were read is looked up."""

    def __missing__(self, pk) -> str:
        organisation = Organisation.objects.filter(pk=pk).first()
        self[pk] = name = str(organisation or "")
        return name


def headers() -> list[str]:
    """Each column's name in the active language: the field's verbose name."""
    named = []
    for column in CSV_COLUMNS:
        name = column.removesuffix("_id")
        if name == "created_at":
            named.append(_("Registered on (UTC)"))
        else:
            named.append(capfirst(str(Registration._meta.get_field(name).verbose_name)))
    return named


def _readers() -> dict[int, dict]:
    """Column position → the readable value of each stored one, read now in the request's
    language (the rows are written after the view has returned)."""
    readers = {
        CSV_COLUMNS.index(column): {
            value: str(label) for value, label in Registration._meta.get_field(column).flatchoices
        }
        for column in LABELLED
    }
    readers[CSV_COLUMNS.index("nationality_id")] = {code: str(name) for code, name in countries}
    readers[CSV_COLUMNS.index("visa_requested")] = {True: _("Yes"), False: _("No")}
    return readers


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
    return _named(selected.iterator(chunk_size=CHUNK), names, _readers())


def _named(rows, names, readers):
    at = CSV_COLUMNS.index("organisation")
    for values in rows:
        row = list(values)
        row[at] = names[row[at]]
        for position, labels in readers.items():
            value = row[position]
            row[position] = labels.get(value, value if value is not None else "")
        yield row


def csv_response(event, registrations) -> StreamingHttpResponse:
    """A name typed as "=…" (or "+", "-", "@") is written behind an apostrophe: a spreadsheet
    opening the file reads it as text, never as a formula (see core.csv_cells)."""
    response = StreamingHttpResponse(
        csv_lines(headers(), _rows(registrations), CHUNK), content_type="text/csv; charset=utf-8"
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
        xlsx.stream_workbook(sheet_title(event), headers(), rows), content_type=XLSX_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.xlsx"'
    return response
