"""Hostile PDFs are refused within seconds, with a clear message; a letter is still read.

Before the bounds, a 16 KB PDF whose compressed stream expanded to megabytes held the worker
for 30–60 seconds, and a larger one got it killed by the server (a 500). The files are built
here by hand, byte by byte, as an attacker would.
"""

import time
import zlib

import pytest
from reportlab.pdfgen import canvas

from plenaria.intake.extraction import IntakeError
from plenaria.intake.readers import read_letter_bytes

# Generous for a busy machine; the bounds themselves are a few seconds.
QUICKLY = 8.0


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1; object 1 is the catalogue)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def deflated(chunk: bytes, times: int) -> bytes:
    """``chunk`` repeated ``times`` times, compressed without building it in memory."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(chunk) for _ in range(times)]
    return b"".join(parts) + compressor.flush()


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page(content_stream: bytes) -> bytes:
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            content_stream,
            FONT,
        ]
    )


def refused_quickly(data: bytes) -> IntakeError:
    started = time.monotonic()
    with pytest.raises(IntakeError) as caught:
        read_letter_bytes(data, "letter.pdf")
    assert time.monotonic() - started < QUICKLY
    return caught.value


def test_a_stream_of_zeros_expanding_to_hundreds_of_megabytes():
    bomb = deflated(b"\0" * (1 << 20), 300)  # 300 MiB once expanded
    data = one_page(stream(bomb, b"/Filter /FlateDecode"))
    assert len(data) < 2 * 1024 * 1024
    error = refused_quickly(data)
    assert error.code == "pdf_too_complex"
    assert "MiB" in str(error.message)


def test_a_small_file_whose_text_operators_expand_to_megabytes():
    # The audit's case: some 16 KB of text-showing operators, which pypdf would parse for a
    # minute once expanded.
    bomb = deflated(b"BT /F1 12 Tf 72 720 Td (Member States) Tj ET\n" * 1000, 2000)
    data = one_page(stream(bomb, b"/Filter /FlateDecode"))
    assert len(data) < 400 * 1024
    assert refused_quickly(data).code == "pdf_too_complex"


def test_a_40_kb_file_that_held_a_worker_for_17_seconds():
    # Below pypdf's own expansion limit (13 MB once expanded), but 300,000 operators to parse.
    work = deflated(b"BT /F1 12 Tf 72 720 Td (Member States) Tj ET\n" * 1000, 300)
    data = one_page(stream(work, b"/Filter /FlateDecode"))
    assert len(data) < 48 * 1024
    assert refused_quickly(data).code == "pdf_too_complex"


def test_a_stream_that_is_read_too_long_is_stopped_at_the_time_limit(settings):
    # Below the expansion bound but too slow for a one-second budget: the wall clock stops it.
    settings.PLENARIA_INTAKE_PDF_SECONDS = 1
    settings.PLENARIA_INTAKE_PDF_EXPANDED_MB = 400  # so that only the clock can stop it
    work = deflated(b"BT /F1 12 Tf 72 720 Td (Member States) Tj ET\n" * 1000, 300)
    data = one_page(stream(work, b"/Filter /FlateDecode"))
    started = time.monotonic()
    with pytest.raises(IntakeError) as caught:
        read_letter_bytes(data, "letter.pdf")
    assert time.monotonic() - started < 4
    assert caught.value.code == "pdf_too_complex"


def test_a_file_that_needs_too_much_memory(settings):
    settings.PLENARIA_INTAKE_PDF_MEMORY_MB = 40
    settings.PLENARIA_INTAKE_PDF_EXPANDED_MB = 400
    bomb = deflated(b"\0" * (1 << 20), 300)
    data = one_page(stream(bomb, b"/Filter /FlateDecode"))
    assert refused_quickly(data).code == "pdf_too_complex"


def test_deeply_nested_objects():
    depth = 200_000
    nested = b"[" * depth + b"]" * depth
    data = pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Nested 3 0 R >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
            nested,
        ]
    )
    assert refused_quickly(data).code in ("unreadable_pdf", "pdf_too_complex", "no_text_layer")


def test_deeply_nested_page_tree():
    depth = 5000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = level + 2
        objects.append(
            b"<< /Type /Pages /Kids [%d 0 R] /Count 1 /Parent %d 0 R >>" % (number + 1, number - 1)
        )
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 10 10] >>" % (depth + 1))
    error = refused_quickly(pdf(objects))
    assert error.code in ("unreadable_pdf", "pdf_too_complex", "no_text_layer")


def test_too_many_pages(settings):
    settings.PLENARIA_INTAKE_PDF_MAX_PAGES = 50
    pages = 5000
    kids = b" ".join(b"%d 0 R" % (n + 4) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        stream(b"BT /F1 12 Tf 72 720 Td (Page) Tj ET"),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages + 4)
    ] * pages
    objects.append(FONT)
    error = refused_quickly(pdf(objects))
    assert error.code == "too_many_pages"
    assert "50" in str(error.message)


def test_a_hand_built_letter_is_read():
    content = b"BT /F1 12 Tf 72 720 Td (Circular letter CL-23/9) Tj ET"
    text = read_letter_bytes(one_page(stream(content)), "letter.pdf")
    assert "Circular letter CL-23/9" in text


def test_a_normal_letter_pdf_is_still_read(tmp_path):
    from io import BytesIO

    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    lines = ["Geneva, 17 May 2023", "Ref.: CL-23/9", "To Member States of ITU", "Dear Sir/Madam,"]
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 16 * number, line)
    page.showPage()
    page.drawString(72, 760, "Yours faithfully, Doreen Bogdan-Martin")
    page.save()
    text = read_letter_bytes(buffer.getvalue(), "letter.pdf")
    assert "Ref.: CL-23/9" in text and "Doreen Bogdan-Martin" in text


@pytest.mark.django_db
def test_the_upload_page_answers_a_hostile_pdf_with_its_message(secretariat_client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    work = deflated(b"BT /F1 12 Tf 72 720 Td (Member States) Tj ET\n" * 1000, 300)
    upload = SimpleUploadedFile(
        "letter.pdf", one_page(stream(work, b"/Filter /FlateDecode")), "application/pdf"
    )
    started = time.monotonic()
    response = secretariat_client.post(reverse("intake:upload"), {"file": upload})
    assert time.monotonic() - started < QUICKLY
    assert response.status_code == 200
    assert "too much time or memory" in response.content.decode()
