"""The Arabic letter and badge are printed right to left, with their Latin runs, numbers, phone
numbers and e-mail addresses kept in their own order."""

import io

import pytest
from pypdf import PdfReader

from plenaria.circulars.rendering.pdf import render_pdf
from plenaria.registration.badge_fonts import shape_arabic, visual_arabic
from tests.circulars.factories import VersionFactory

pytestmark = pytest.mark.django_db


def drawn_runs(pdf: bytes) -> tuple[list[tuple[float, str]], float]:
    """Each run of text on the first page with the x where it is drawn, and the page's width."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    runs = []

    def seen(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((tm[4] * cm[0] + cm[4], text.strip()))

    page.extract_text(visitor_text=seen)
    return runs, float(page.mediabox.width)


def x_of(runs, word) -> float:
    return next(x for x, text in runs if text == word)


def test_the_arabic_letter_runs_right_to_left():
    version = VersionFactory(language="ar", salutation="السيد الرئيس،", body="نص الرسالة")
    runs, width = drawn_runs(render_pdf(version))
    # Each line starts at the right margin and its words go leftwards.
    assert x_of(runs, "السيد") > x_of(runs, "الرئيس،") > width / 2
    assert x_of(runs, "نص") > x_of(runs, "الرسالة") > width / 2
    # The contact's phone number and e-mail are drawn whole, left to right.
    shown = [text for _x, text in runs]
    assert "41 22 730 6036" in shown and "strategy@itu.int" in shown


def test_a_french_letter_for_comparison_starts_at_the_left_margin():
    version = VersionFactory(language="fr", salutation="Madame, Monsieur,", body="texte")
    runs, width = drawn_runs(render_pdf(version))
    assert x_of(runs, "Madame, Monsieur,") < width / 4


@pytest.mark.parametrize(
    ("logical", "drawn"),
    [
        # The badge's number and an event's acronym and year keep their order at the far left.
        ("شارة رقم 105", f"105 {shape_arabic('رقم')[::-1]} {shape_arabic('شارة')[::-1]}"),
        ("اليوم WTISD 2023", f"WTISD 2023 {shape_arabic('اليوم')[::-1]}"),
        # Brackets around a Latin acronym are drawn mirrored, as a reader's bidi would.
        ("محمد (ITU)", f"(ITU) {shape_arabic('محمد')[::-1]}"),
        ("المرجع: CL-23/9", f"CL-23/9 :{shape_arabic('المرجع')[::-1]}"),
    ],
)
def test_a_badge_line_in_arabic_is_drawn_right_to_left_with_its_latin_runs_whole(logical, drawn):
    assert visual_arabic(logical) == drawn
