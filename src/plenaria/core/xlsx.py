"""A one-sheet XLSX workbook written as a stream of bytes, for downloads of any length.

``stream_workbook(title, header, rows)`` is a generator: it yields the file piece by piece while
``rows`` is read, so that a ``StreamingHttpResponse`` sends a large list without holding it in
memory or on disk. The header row is bold and stays in view; text is written inline (so a value
such as "=SUM(A1)" stays text, never a formula), and text that looks like a formula is also
marked quote-prefixed, as ``core.csv_cells`` decides for every export, so that editing the cell
keeps it text; dates and times are real date cells.

An XLSX file is a ZIP archive of XML parts. The archive is written to a sink that cannot seek,
so the ZIP module puts each entry's sizes after its data, and the sink is emptied after each
batch of rows.
"""

import datetime
import decimal
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence

from plenaria.core.csv_cells import formula_like

# What a sheet holds at most; more cannot be opened by spreadsheet programs.
MAX_ROWS = 1_048_576
MAX_TEXT = 32_767
SHEET_NAME_LENGTH = 31
ROWS_PER_CHUNK = 1000

# Characters XML 1.0 does not allow, even escaped (and the surrogates a str may carry).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEEDS_CARE = re.compile('[&<>"\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_FIRST_DAY = datetime.date(1900, 1, 1)
_LEAP_BUG_ENDS = datetime.date(1900, 3, 1)  # serials before this count a 29 February 1900

# Styles, by their place in styles.xml: 1 bold header, 2 date, 3 date and time, 4 text that
# looks like a formula (quote-prefixed: it stays text even when the cell is edited).
_HEADER, _DATE, _DATETIME, _QUOTED = 1, 2, 3, 4

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _DECLARATION + f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _DECLARATION + f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_STYLES = (
    _DECLARATION + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_START = (
    _DECLARATION + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
    '<sheetViews><sheetView workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    "</sheetView></sheetViews>"
    '<sheetFormatPr defaultRowHeight="15"/><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"


def sheet_name(title: str, fallback: str = "Sheet1") -> str:
    """A name a sheet may have: none of []:*?/\\ (each becomes "-"), 31 characters at most."""
    name = _NOT_IN_SHEET_NAME.sub("-", _FORBIDDEN.sub("", title or ""))[:SHEET_NAME_LENGTH]
    # A name may not begin or end with an apostrophe, nor be blank.
    name = name.strip("'").strip()
    return name or fallback


def stream_workbook(
    title: str, header: Sequence, rows: Iterable[Sequence], rows_per_chunk: int = ROWS_PER_CHUNK
) -> Iterator[bytes]:
    """The bytes of an .xlsx file with one sheet: ``header`` in bold, then ``rows``.

    Values may be str, int, float, Decimal, bool, None or "" (an empty cell), date or datetime
    (an aware one is written in UTC, a naive one as it is). Text is cut at the 32,767 characters a
    cell holds; more than 1,048,576 rows raise ValueError, as no spreadsheet could open them.
    """
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _workbook(sheet_name(title)))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        yield sink.drain()
        # No ZIP64 records: some spreadsheet programs refuse them in a file that does not need
        # them, and a sheet's XML stays far below the 2 GiB that would.
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            columns = _Columns()
            batch = [_SHEET_START, _row(1, header, columns, _HEADER)]
            for number, values in enumerate(rows, start=2):
                if number > MAX_ROWS:
                    raise ValueError(f"A sheet holds at most {MAX_ROWS:,} rows.")
                batch.append(_row(number, values, columns))
                if len(batch) >= rows_per_chunk:
                    sheet.write("".join(batch).encode())
                    batch.clear()
                    if chunk := sink.drain():
                        yield chunk
            batch.append(_SHEET_END)
            sheet.write("".join(batch).encode())
    yield sink.drain()


class _Sink:
    """A write-only file: the ZIP module writes into it, the generator takes what it holds."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


class _Columns(dict):
    """Column letters by index from 0: A, B, … Z, AA, AB…"""

    def __missing__(self, index: int) -> str:
        letters, number = "", index + 1
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        self[index] = letters
        return letters


def _workbook(name: str) -> str:
    return (
        _DECLARATION + f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f'<sheets><sheet name="{_escape(name)}" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )


def _row(number: int, values: Sequence, columns: _Columns, style: int = 0) -> str:
    cells = []
    for index, value in enumerate(values):
        if value is not None and value != "":
            cells.append(_cell(f"{columns[index]}{number}", value, style))
    return f'<row r="{number}">{"".join(cells)}</row>'


def _cell(ref: str, value, style: int) -> str:
    styled = f' s="{style}"' if style else ""
    if isinstance(value, str):
        if not style and formula_like(value):
            styled = f' s="{_QUOTED}"'
        return _text_cell(ref, value, styled)
    if isinstance(value, bool):  # before int: a bool is an int
        return f'<c r="{ref}"{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (
        isinstance(value, float | decimal.Decimal) and math.isfinite(value)
    ):
        return f'<c r="{ref}"{styled}><v>{value}</v></c>'
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        serial = _serial(value.date())
        if serial is None:
            return _text_cell(ref, value.isoformat(sep=" "), styled)
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return f'<c r="{ref}" s="{_DATETIME}"><v>{serial + seconds / 86400!r}</v></c>'
    if isinstance(value, datetime.date):
        serial = _serial(value)
        if serial is None:
            return _text_cell(ref, value.isoformat(), styled)
        return f'<c r="{ref}" s="{_DATE}"><v>{serial}</v></c>'
    # Anything else (an infinite number, a UUID…) is written as its text.
    return _text_cell(ref, str(value), styled)


def _text_cell(ref: str, text: str, styled: str) -> str:
    return (
        f'<c r="{ref}"{styled} t="inlineStr"><is><t xml:space="preserve">'
        f"{_escape(text[:MAX_TEXT])}</t></is></c>"
    )


def _escape(text: str) -> str:
    if not _NEEDS_CARE.search(text):
        return text
    text = _FORBIDDEN.sub("", text).replace("&", "&amp;").replace("<", "&lt;")
    # A bare carriage return would be read back as a line feed.
    return text.replace(">", "&gt;").replace('"', "&quot;").replace("\r", "&#13;")


def _serial(day: datetime.date) -> int | None:
    """The day's number in spreadsheets, which count a 29 February 1900 that never was; days
    before 1900 have none."""
    if day < _FIRST_DAY:
        return None
    serial = (day - _EXCEL_EPOCH).days
    return serial - 1 if day < _LEAP_BUG_ENDS else serial
