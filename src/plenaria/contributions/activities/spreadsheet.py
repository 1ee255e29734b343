"""The spreadsheet template a country fills with many activities, and how its cells are read.

The template has one sheet with a header row of readable column names in the downloader's
language, and a second sheet listing the values the coded columns take (kinds, audiences,
languages). Reading accepts a header written in any of the site's languages, and a coded
value as its code or its name, so a template downloaded in French can be filled in English.
The import itself is in ``spreadsheet_import``.
"""

import datetime
import io
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font

from plenaria.contributions.activities.places import fold
from plenaria.contributions.activities.validation import ACTIVITY_LANGUAGES
from plenaria.contributions.choices import ActivityKind, Audience

# (the service's field, the column's name, required): in the template's order.
COLUMNS = (
    ("organiser_name", _("Organiser"), False),
    ("title", _("Title"), True),
    ("description", _("Description"), True),
    ("kind", _("Kind"), True),
    ("country", _("Country"), True),
    ("city", _("City"), False),
    ("online", _("Online (yes/no)"), False),
    ("starts_on", _("Start date"), True),
    ("start_time", _("Start time"), False),
    ("ends_on", _("End date"), False),
    ("end_time", _("End time"), False),
    ("timezone", _("Time zone"), False),
    ("languages", _("Languages"), False),
    ("audiences", _("Audience"), False),
    ("expected_participants", _("Expected participants"), False),
    ("website", _("Website"), False),
    ("contact_name", _("Contact"), False),
    ("contact_email", _("Contact's e-mail"), False),
    ("contact_phone", _("Contact's telephone"), False),
    ("contact_public", _("Show the contact publicly (yes/no)"), False),
)
LABELS = {name: label for name, label, _required in COLUMNS}
# A refusal about the organiser names the organiser's column.
LABELS["organisation"] = LABELS["organiser_name"]
YES = {"yes", "y", "oui", "si", "sí", "true", "1", "x", "да", "是", "نعم"}


def _in_every_language(label) -> set[str]:
    names = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(fold(str(label)))
    return names


@cache
def header_names() -> dict[str, str]:
    """Each column's name in every language (folded) → its field."""
    return {
        name: field
        for field, label, _required in COLUMNS
        for name in (_in_every_language(label) | {fold(field)})
    }


@cache
def vocabulary(kind: str) -> dict[str, str]:
    """A coded column's codes, and names in every language (folded) → code."""
    choices = {
        "kind": ActivityKind.choices,
        "audiences": Audience.choices,
        "languages": list(ACTIVITY_LANGUAGES.items()),
    }[kind]
    found: dict[str, str] = {}
    for code, label in choices:
        found[fold(code)] = code
        for name in _in_every_language(label):
            found.setdefault(name, code)
    return found


def yes(value) -> bool:
    return value is True or fold(str(value or "")) in YES


def _allowed_rows() -> list[tuple]:
    rows = [(str(_("Kind")), code, str(label)) for code, label in ActivityKind.choices]
    rows += [(str(_("Audience")), code, str(label)) for code, label in Audience.choices]
    languages = sorted(ACTIVITY_LANGUAGES.items(), key=lambda item: str(item[1]))
    rows += [(str(_("Languages")), code, str(label)) for code, label in languages]
    return rows


def template_bytes() -> bytes:
    """The template, in the active language."""
    book = Workbook()
    sheet = book.active
    sheet.title = str(_("Activities"))[:31]
    sheet.append([str(label) for _field, label, _required in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_field, label, _required) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[cell_letter(index)].width = max(14, len(str(label)) + 2)
    sheet.freeze_panes = "A2"
    allowed = book.create_sheet(str(_("Allowed values"))[:31])
    allowed.append([str(_("Column")), str(_("Code")), str(_("Meaning"))])
    for cell in allowed[1]:
        cell.font = Font(bold=True)
    for row in _allowed_rows():
        allowed.append(row)
    allowed.append([])
    allowed.append([str(_("Dates: year-month-day, e.g. 2021-05-17; times: hours:minutes."))])
    allowed.append([str(_("Several languages or audiences: separate them with commas."))])
    allowed.append([str(_("Country: its two-letter code (e.g. RW) or its name."))])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def cell_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def as_text(value) -> str:
    """A cell as text: a whole number written without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()
