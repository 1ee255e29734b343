"""Cells that a spreadsheet program would run as a formula, made inert: one rule for every
export (CSV and XLSX).

A text opened in a spreadsheet that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return before one) is read as a formula: a registrant named ``=HYPERLINK(…)`` would
put a link, or worse a command (``=cmd|…``), in the secretariat's sheet. Such a text is
*formula-like*. In a CSV file it is written with a leading apostrophe, which spreadsheet
programs read as "this is text"; in an XLSX file (``core.xlsx``) it is already written as text
and is also marked quote-prefixed, so that editing the cell does not turn it into a formula.
Numbers, dates and the other values are not text and are left as they are.
"""

import csv
from collections.abc import Iterable, Iterator, Sequence

# The characters that start a formula, and the full-width forms some programs accept too.
FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
# Characters a program may skip before reading the first one.
_SKIPPED = " \t\r\n"


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula."""
    if not text:
        return False
    if text[0] in "\t\r":
        return True
    stripped = text.lstrip(_SKIPPED)
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def inert(value):
    """A CSV cell's value: formula-like text behind an apostrophe, None as empty."""
    if value is None:
        return ""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


class _Echo:
    """The csv writer's file: each line is handed back instead of kept."""

    def write(self, line: str) -> str:
        return line


def csv_lines(header: Sequence, rows: Iterable[Sequence], chunk: int = 2000) -> Iterator[bytes]:
    """The UTF-8 bytes of a CSV file, a batch of lines at a time, every cell made inert."""
    writer = csv.writer(_Echo())
    batch = [writer.writerow([inert(value) for value in header])]
    for row in rows:
        batch.append(writer.writerow([inert(value) for value in row]))
        if len(batch) >= chunk:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode()
