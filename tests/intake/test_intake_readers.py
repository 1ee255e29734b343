"""Reading uploaded files: encodings, PDFs, and a clear error for each bad input."""

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plenaria.intake.extraction import IntakeError
from plenaria.intake.readers import (
    decode_text,
    read_and_extract,
    read_letter_bytes,
    read_letter_file,
)

from .conftest import seed_text

LETTER = seed_text(1)


def _error(data, filename="letter.txt", **kwargs):
    with pytest.raises(IntakeError) as info:
        read_letter_bytes(data, filename, **kwargs)
    assert str(info.value.message)  # a message a person can read
    return info.value


def _pdf(lines=(), shapes_only=False) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    if shapes_only:  # what a scanner produces: marks on the page, no text layer
        page.rect(50, 50, 400, 600, fill=1)
        page.circle(300, 400, 80)
    y = 800
    for line in lines:
        page.drawString(50, y, line)
        y -= 14
    page.save()
    return buffer.getvalue()


def test_utf8_and_utf8_bom():
    assert read_letter_bytes(LETTER.encode("utf-8"), "a.txt") == LETTER
    assert read_letter_bytes(b"\xef\xbb\xbf" + LETTER.encode("utf-8"), "a.md") == LETTER


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding):
    assert read_letter_bytes(LETTER.encode(encoding), "a.txt") == LETTER


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_windows_1252(encoding):
    text = "Genève, le 6 mai 2021 – Réf.: CL-21/20 « thème »"
    if encoding == "latin-1":
        text = text.replace("–", "-")
    assert decode_text(text.encode(encoding)) == text


def test_empty_files():
    assert _error(b"").code == "empty"
    assert _error(b"  \n\r\n\t ").code == "empty"
    assert _error(b"\xef\xbb\xbf\n").code == "empty"


def test_binary_file():
    data = bytes(range(256)) * 20
    assert _error(data, "letter.txt").code == "binary"
    assert _error(b"\x89PNG\r\n\x1a\n" + bytes(range(200)) * 5, "").code == "binary"


def test_unsupported_suffix():
    assert _error(b"PK\x03\x04 some docx", "letter.docx").code == "unsupported"


def test_oversize(tmp_path):
    assert _error(b"a" * 2049, max_bytes=2048).code == "too_large"
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(IntakeError) as info:
        read_letter_file(path)
    assert info.value.code == "too_large"
    assert "2048 KiB" in str(info.value.message)


def test_missing_file(tmp_path):
    with pytest.raises(IntakeError) as info:
        read_letter_file(tmp_path / "nothing.txt")
    assert info.value.code == "unreadable"


def test_pdf_with_text_layer(tmp_path):
    lines = [
        "Secretariat general (SG)",
        "Geneve, le 12 avril 2023",
        "Reference: CL-23/9",
        "Objet: Journee mondiale",
        "",
        "Madame, Monsieur,",
        "",
        "Texte de la lettre.",
    ]
    path = tmp_path / "letter.pdf"
    path.write_bytes(_pdf(lines))
    text = read_letter_file(path)
    assert "CL-23/9" in text and "12 avril 2023" in text
    result = read_and_extract(path)
    assert result.reference.value == "CL-23/9"
    assert result.date.value == "2023-04-12"


def test_image_only_pdf_has_no_text_layer():
    error = _error(_pdf(shapes_only=True), "scan.pdf")
    assert error.code == "no_text_layer"
    assert "OCR" in str(error.message)


def test_damaged_pdf():
    data = _pdf(["Hello"])
    assert _error(data[:60], "broken.pdf").code in ("unreadable_pdf", "no_text_layer")
    assert _error(b"%PDF-1.4\n" + bytes(range(256)) * 4, "x.pdf").code in (
        "unreadable_pdf",
        "no_text_layer",
    )


def test_text_that_is_not_a_letter(tmp_path):
    path = tmp_path / "recipe.txt"
    path.write_text("Mix the flour with water and salt. Bake for twenty minutes.\n", "utf-8")
    with pytest.raises(IntakeError) as info:
        read_and_extract(path)
    assert info.value.code == "not_a_letter"


def test_a_seed_through_a_file(tmp_path, corpus):
    result = read_and_extract(corpus / "seed_003.txt")
    assert result.reference.value == "DM-22/1002"
