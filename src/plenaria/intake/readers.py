"""Read an uploaded letter (.txt, .md or .pdf with a text layer) into text, or say clearly why not."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import pdf_text
from .extraction import IntakeError, LetterExtraction, extract_letter
from .pdf_text import PdfLimits, extract_text

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}

logger = logging.getLogger(__name__)


def read_letter_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a letter file; raises ``IntakeError`` for anything that is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IntakeError(_("The file could not be opened."), code="unreadable") from error
    if size > max_bytes:
        raise _too_large(max_bytes)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IntakeError(_("The file could not be opened."), code="unreadable") from error
    return read_letter_bytes(data, path.name, max_bytes)


def read_letter_bytes(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of an uploaded letter given as bytes with its file name."""
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    if not data or not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise IntakeError(_("The file is empty."), code="empty")
    suffix = Path(filename).suffix.lower()
    if suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        return _pdf_text(data)
    if suffix and suffix not in TEXT_SUFFIXES:
        raise IntakeError(
            _("Only text files (.txt, .md) and PDF files with a text layer can be read."),
            code="unsupported",
        )
    return decode_text(data)


def read_and_extract(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> LetterExtraction:
    """Read a file and extract its facts; a text that is not a letter is an ``IntakeError``."""
    return extract_letter(read_letter_file(path, max_bytes))


def _too_large(max_bytes: int) -> IntakeError:
    return IntakeError(
        format_lazy(_("The file is too large: the limit is {size} KiB."), size=max_bytes // 1024),
        code="too_large",
    )


# -- text --------------------------------------------------------------------------------------

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def decode_text(data: bytes) -> str:
    """Decode a text file: a BOM, UTF-16 told by its NUL bytes, UTF-8, then cp1252/Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom) :], encoding))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_decode(data, utf16))
    if b"\x00" in data:
        raise _binary()
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _checked(text)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IntakeError(
            _("The text file is not in a known encoding (UTF-8, UTF-16, Windows-1252 or Latin-1)."),
            code="encoding",
        ) from error


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nuls = even.count(0) / max(len(even), 1)
    odd_nuls = odd.count(0) / max(len(odd), 1)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file)."""
    sample = text[:20000]
    if not sample.strip():
        raise IntakeError(_("The file is empty."), code="empty")
    controls = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    if controls > max(3, len(sample) // 100):
        raise _binary()
    return text


def _binary() -> IntakeError:
    return IntakeError(
        _("This file is not text: upload the letter as a .txt, .md or PDF file."), code="binary"
    )


# -- PDF ---------------------------------------------------------------------------------------


def pdf_limits() -> PdfLimits:
    """The bounds on reading one PDF, from the settings (see docs/intake.md)."""
    return PdfLimits(
        seconds=float(getattr(settings, "PLENARIA_INTAKE_PDF_SECONDS", 5)),
        memory_bytes=int(getattr(settings, "PLENARIA_INTAKE_PDF_MEMORY_MB", 768)) * 1024 * 1024,
        max_pages=int(getattr(settings, "PLENARIA_INTAKE_PDF_MAX_PAGES", 200)),
        max_expanded_bytes=int(getattr(settings, "PLENARIA_INTAKE_PDF_EXPANDED_MB", 20))
        * 1024
        * 1024,
    )


# Text no database can hold (NUL, lone surrogates), which a PDF's font tables can produce.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _pdf_text(data: bytes) -> str:
    """The PDF's text layer, read in a child process bounded in time, memory and size."""
    limits = pdf_limits()
    outcome = extract_text(data, limits)
    if outcome.error:
        logger.info("PDF refused: %s", outcome.error)
        raise _pdf_refusal(outcome.error, limits)
    text = _UNSTORABLE.sub("", outcome.text)
    if not text.strip():
        raise IntakeError(
            _(
                "This PDF has no text layer (it is a scanned image). Run it through OCR first, or "
                "paste the text of the letter."
            ),
            code="no_text_layer",
        )
    return text


def _pdf_refusal(error: str, limits: PdfLimits) -> IntakeError:
    if error == pdf_text.ENCRYPTED:
        return IntakeError(_("The PDF file is protected by a password."), code="unreadable_pdf")
    if error == pdf_text.TOO_MANY_PAGES:
        return IntakeError(
            format_lazy(
                _(
                    "The PDF file has too many pages: the limit is {pages}. Upload the letter alone."
                ),
                pages=limits.max_pages,
            ),
            code="too_many_pages",
        )
    if error == pdf_text.TOO_COMPLEX:
        return IntakeError(
            format_lazy(
                _(
                    "The PDF file takes too much time or memory to read (the limits are {seconds} "
                    "seconds and {size} MiB of expanded content). Save it again as a plain PDF, "
                    "or paste the text of the letter."
                ),
                seconds=int(limits.seconds),
                size=limits.max_expanded_bytes // (1024 * 1024),
            ),
            code="pdf_too_complex",
        )
    return IntakeError(_("The PDF file is damaged and cannot be read."), code="unreadable_pdf")
