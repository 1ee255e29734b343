"""The streamed XLSX writer, read back with openpyxl."""

import datetime
import decimal
import io
import struct
import zipfile
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from plenaria.core import xlsx

KIGALI = ZoneInfo("Africa/Kigali")

# (what is written, what a spreadsheet reads back)
VALUES = [
    ("plain", "plain"),
    ("Chloé Ñúñez-Øster", "Chloé Ñúñez-Øster"),
    ("الاتحاد الدولي للاتصالات", "الاتحاد الدولي للاتصالات"),
    ("国际电信联盟 会议", "国际电信联盟 会议"),
    ("=SUM(A1:A2)", "=SUM(A1:A2)"),
    ("  kept spaces  ", "  kept spaces  "),
    ("a & b <c> \"d\" 'e'", "a & b <c> \"d\" 'e'"),
    ("two\nlines\r\nand\ttab", "two\nlines\r\nand\ttab"),
    ("bell\x07 nul\x00 vt\x0b ff\x0c esc\x1b x\ud800y\ufffe\uffff", "bell nul vt ff esc xy"),
    ("é" * 40_000, "é" * xlsx.MAX_TEXT),
    (0, 0),
    (-7, -7),
    (2**40, 2**40),
    (3.25, 3.25),
    (-1e-7, -1e-7),
    (decimal.Decimal("12.50"), 12.5),
    (float("inf"), "inf"),
    (True, True),
    (False, False),
    (None, None),
    ("", None),
    (datetime.date(2026, 11, 23), datetime.datetime(2026, 11, 23)),
    (datetime.date(1900, 2, 28), datetime.datetime(1900, 2, 28)),
    (datetime.date(1850, 1, 1), "1850-01-01"),
    (
        datetime.datetime(2026, 5, 17, 14, 30, 15, 250_000),
        datetime.datetime(2026, 5, 17, 14, 30, 15, 250_000),
    ),
    (datetime.datetime(2026, 5, 17, 16, 30, tzinfo=KIGALI), datetime.datetime(2026, 5, 17, 14, 30)),
    (datetime.datetime(2026, 1, 1, 0, 30, tzinfo=KIGALI), datetime.datetime(2025, 12, 31, 22, 30)),
]


def _read(chunks):
    return load_workbook(io.BytesIO(b"".join(chunks)))


def test_every_kind_of_value_reads_back_exactly():
    title = "Conférence mondiale: [développement]/télécoms 2026*?"
    rows = [[f"row {n}", written] for n, (written, _) in enumerate(VALUES, start=2)]
    data = b"".join(xlsx.stream_workbook(title, ["What", "Value"], rows))
    sheet = _read([data]).active

    assert sheet.title == "Conférence mondiale- -développe"
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == ["What", "Value"]
    assert sheet["A1"].font.b and sheet["B1"].font.b and not sheet["A2"].font.b
    read_back = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert read_back == [expected for _, expected in VALUES]
    formula_like = sheet.cell(row=2 + [w for w, _ in VALUES].index("=SUM(A1:A2)"), column=2)
    assert formula_like.data_type == "s"
    dated = [cell for cell in sheet["B"] if isinstance(cell.value, datetime.datetime)]
    assert all(cell.is_date for cell in dated) and len(dated) == 5
    assert {cell.number_format for cell in dated} == {"yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"}

    # Some spreadsheet programs refuse ZIP64 records in a file that does not need them.
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    for info in archive.infolist():
        version_needed = struct.unpack_from("<H", data, info.header_offset + 4)[0]
        assert version_needed == 20 and info.extra == b"", info.filename


def test_no_rows_gives_the_header_alone():
    sheet = _read(xlsx.stream_workbook("", ["first_name", "email"], [])).active
    assert sheet.title == "Sheet1"
    assert list(sheet.values) == [("first_name", "email")]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"


def test_sheet_names_lose_what_spreadsheets_refuse():
    assert xlsx.sheet_name("WTDC-21/Kigali") == "WTDC-21-Kigali"
    assert xlsx.sheet_name("'quoted'") == "quoted"
    assert xlsx.sheet_name("???") == "---"
    assert xlsx.sheet_name("  ", fallback="registrations") == "registrations"
    assert len(xlsx.sheet_name("x" * 100)) == 31


def test_a_large_sheet_is_sent_while_its_rows_are_read():
    total = 30_000
    taken = []

    def rows():
        for n in range(total):
            taken.append(n)
            yield [f"Délégué {n}", f"person{n}@example.org", n, n % 2 == 0, n / 7]

    chunks = []
    rows_read_at_chunk = []
    for chunk in xlsx.stream_workbook("Big", ["name", "email", "n", "even", "ratio"], rows()):
        chunks.append(chunk)
        rows_read_at_chunk.append(len(taken))
    # Pieces leave before the last row is read: the file is never whole in memory.
    assert sum(1 for read in rows_read_at_chunk if 0 < read < total) >= 3
    assert max(len(chunk) for chunk in chunks) < len(b"".join(chunks)) / 3

    sheet = load_workbook(io.BytesIO(b"".join(chunks)), read_only=True).active
    values = list(sheet.values)
    assert len(values) == total + 1
    assert values[-1] == (
        f"Délégué {total - 1}",
        f"person{total - 1}@example.org",
        total - 1,
        False,
        (total - 1) / 7,
    )


def test_more_rows_than_a_sheet_holds_are_refused(monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    with pytest.raises(ValueError, match="at most 3 rows"):
        b"".join(xlsx.stream_workbook("x", ["a"], [[1], [2], [3]]))
