"""Reading an uploaded spreadsheet of activities: the file is an .xlsx of sensible size,
has the template's required columns (named in any of the site's languages) and between one
and ``PLENARIA_ACTIVITY_IMPORT_MAX_ROWS`` (5,000 by default) activities; each row comes out as
its number and its cells by field. Anything else is refused as a whole (``ImportRefused``).
"""

import zipfile
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django_countries import countries
from openpyxl import load_workbook

from plenaria.contributions.activities import spreadsheet
from plenaria.contributions.activities.places import fold


@dataclass
class Problem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    message: str


class ImportRefused(ValidationError):
    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []


def max_rows() -> int:
    return int(getattr(settings, "PLENARIA_ACTIVITY_IMPORT_MAX_ROWS", 5000))


@cache
def country_codes() -> dict[str, str]:
    """Country codes, and names in every language (folded) → code."""
    found = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for code, name in countries:
                found.setdefault(fold(str(name)), code)
                found[fold(code)] = code
    return found


# An .xlsx is a zip: a small file may expand to gigabytes of XML (the shared strings are read
# whole). 5,000 activities take about 2 MB unpacked; these bounds leave room to spare.
MAX_UPLOAD_BYTES = 10 * 2**20
MAX_UNPACKED_BYTES = 100 * 2**20


def _refuse_oversized(upload) -> None:
    too_large = ImportRefused(
        _("This spreadsheet is too large: keep to %(limit)s activities a file.")
        % {"limit": formats.number_format(max_rows(), force_grouping=True)}
    )
    if (getattr(upload, "size", 0) or 0) > MAX_UPLOAD_BYTES:
        raise too_large
    upload.seek(0)
    with zipfile.ZipFile(upload) as archive:
        if sum(item.file_size for item in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise too_large


def _sheet_rows(upload):
    try:
        _refuse_oversized(upload)
        upload.seek(0)
        book = load_workbook(upload, read_only=True, data_only=True)
        return book, book.worksheets[0].iter_rows(values_only=True)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError):
        raise ImportRefused(
            _("This file is not an .xlsx spreadsheet: fill the template and save it as .xlsx.")
        ) from None
    except Exception:  # openpyxl raises its own errors for damaged files
        raise ImportRefused(
            _("This file is not an .xlsx spreadsheet: fill the template and save it as .xlsx.")
        ) from None


def _columns(header) -> dict[int, str]:
    names = spreadsheet.header_names()
    columns = {}
    for index, value in enumerate(header or ()):
        field = names.get(fold(spreadsheet.as_text(value)))
        if field and field not in columns.values():
            columns[index] = field
    missing = [
        str(label)
        for field, label, required in spreadsheet.COLUMNS
        if required and field not in columns.values()
    ]
    if missing:
        raise ImportRefused(
            _("Columns missing from the spreadsheet: %(names)s. Start from the template.")
            % {"names": ", ".join(missing)}
        )
    return columns


def read_rows(upload) -> list[tuple[int, dict]]:
    """``(row number, {field: cell})`` of every row that is not empty."""
    book, rows = _sheet_rows(upload)
    try:
        columns = _columns(next(rows, None))
        found, limit = [], max_rows()
        for number, values in enumerate(rows, start=2):
            cells = {columns[i]: v for i, v in enumerate(values) if i in columns}
            if all(spreadsheet.as_text(v) == "" for v in cells.values()):
                continue
            found.append((number, cells))
            if len(found) > limit:
                raise ImportRefused(
                    _("The spreadsheet has more than %(limit)s activities: split it in parts.")
                    % {"limit": formats.number_format(limit, force_grouping=True)}
                )
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused(_("This spreadsheet cannot be read: save it again as .xlsx.")) from None
    finally:
        book.close()
    if not found:
        raise ImportRefused(_("The spreadsheet has no activity: fill one row per activity."))
    return found
