"""Badges as PDF: A6 cards, one per page, or four A6 cards on each A4 sheet.

Drawn straight on the canvas (no flowables): two thousand badges must render in seconds.
"""

import io

from django.utils.translation import gettext as _
from reportlab import rl_config
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plenaria.registration.badge_fonts import font_for
from plenaria.registration.badge_qr import qr_operators
from plenaria.registration.badges import badge_code
from plenaria.registration.choices import Capacity

LAYOUTS = ("a6", "a4")
# One colour per capacity, dark enough for white text on it (contrast above 4.5:1).
COLOURS = {
    Capacity.DELEGATE: "#1f4e9c",
    Capacity.HEAD: "#b3261e",
    Capacity.SPEAKER: "#a34f00",
    Capacity.OBSERVER: "#2e6b30",
    Capacity.MEDIA: "#6a1b9a",
    Capacity.SECRETARIAT: "#37474f",
}
WIDTH, HEIGHT = A6
MARGIN = 6 * mm
BAND = 20 * mm
QR_SIZE = 34 * mm


def _fit(pdf, text: str, x: float, y: float, size: float, *, bold=False, centre=True, colour=None):
    """Draw one line, shrinking it to the card's width, then cutting it if still too long."""
    if not text:
        return
    font, drawn = font_for(text, bold)
    room = WIDTH - 2 * MARGIN
    width = stringWidth(drawn, font, size)
    if width > room:
        size = max(size * room / width, 7)
        while stringWidth(drawn, font, size) > room and len(drawn) > 1:
            drawn = drawn[:-2] + "…"
    pdf.setFont(font, size)
    if colour is not None:
        pdf.setFillColor(colour)
    if centre:
        pdf.drawCentredString(x, y, drawn)
    else:
        pdf.drawString(x, y, drawn)


def _card(pdf, badge, labels: dict) -> None:
    """One badge with its lower left corner at the canvas origin."""
    registration = badge.registration
    event = registration.event
    colour = HexColor(COLOURS.get(registration.capacity, "#37474f"))
    pdf.setFillColor(colour)
    pdf.rect(0, HEIGHT - BAND, WIDTH, BAND, stroke=0, fill=1)
    pdf.rect(0, 0, WIDTH, BAND * 0.8, stroke=0, fill=1)
    _fit(pdf, event.acronym, WIDTH / 2, HEIGHT - 10 * mm, 18, bold=True, colour=white)
    _fit(pdf, str(event.title), WIDTH / 2, HEIGHT - 16 * mm, 8)
    _fit(pdf, labels.get(registration.capacity, ""), WIDTH / 2, 5.5 * mm, 18, bold=True)

    pdf.setFillColor(HexColor("#111111"))
    _fit(pdf, registration.first_name, WIDTH / 2, HEIGHT - 36 * mm, 20, bold=True)
    _fit(pdf, registration.last_name, WIDTH / 2, HEIGHT - 46 * mm, 22, bold=True)
    organisation = registration.organisation
    _fit(pdf, str(organisation) if organisation else "", WIDTH / 2, HEIGHT - 56 * mm, 11)
    country = (organisation.country if organisation else None) or registration.nationality
    _fit(pdf, str(country) if country else "", WIDTH / 2, HEIGHT - 63 * mm, 11)

    pdf.addLiteral(
        qr_operators(badge_code(badge), (WIDTH - QR_SIZE) / 2, BAND * 0.8 + 8 * mm, QR_SIZE)
    )
    _fit(
        pdf,
        _("Badge no. %(number)d") % {"number": badge.pk},
        WIDTH / 2,
        BAND * 0.8 + 1.5 * mm,
        7,
        colour=HexColor("#444444"),
    )


def render_badges(badges, layout: str = "a6") -> bytes:
    """The badges in the order given; ``layout`` is "a6" (one a page) or "a4" (four)."""
    if layout not in LAYOUTS:
        raise ValueError(layout)
    labels = {value: str(label) for value, label in Capacity.choices}
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A6 if layout == "a6" else A4, pageCompression=1)
    pdf.setTitle(_("Badges"))
    pdf.setCreator("Plenaria")
    per_page = 1 if layout == "a6" else 4
    slots = [(0, A4[1] / 2), (A4[0] / 2, A4[1] / 2), (0, 0), (A4[0] / 2, 0)]
    badges = list(badges)
    for first in range(0, len(badges), per_page):
        for slot, badge in zip(slots, badges[first : first + per_page], strict=False):
            pdf.saveState()
            if per_page > 1:
                pdf.translate(*slot)
            _card(pdf, badge, labels)
            pdf.restoreState()
        if per_page > 1:
            _cut_lines(pdf)
        pdf.showPage()
    # Binary streams: their ASCII85 armour costs a quarter of the time and a fifth of the size.
    rl_config.useA85, was = 0, rl_config.useA85
    try:
        pdf.save()
    finally:
        rl_config.useA85 = was
    return buffer.getvalue()


def _cut_lines(pdf) -> None:
    """Light lines where the A4 sheet is cut into four."""
    pdf.setStrokeColor(HexColor("#bbbbbb"))
    pdf.setLineWidth(0.3)
    pdf.line(A4[0] / 2, 0, A4[0] / 2, A4[1])
    pdf.line(0, A4[1] / 2, A4[0], A4[1] / 2)
