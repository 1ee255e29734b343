"""The agenda as PDF: the numbered items, then the sessions day by day."""

import io
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plenaria.core.timezones import format_date, format_time, get_zone, zone_label
from plenaria.programme.numbering import flatten

# A font with the accents and dashes of every Latin-script language when the system has one.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "PlenariaSans": "DejaVuSans.ttf",
    "PlenariaSans-Bold": "DejaVuSans-Bold.ttf",
    "PlenariaSans-Oblique": "DejaVuSans-Oblique.ttf",
    "PlenariaSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


def _font() -> str:
    if "PlenariaSans" in pdfmetrics.getRegisteredFontNames():
        return "PlenariaSans"
    if not all((DEJAVU / name).exists() for name in FONT_FILES.values()):
        return "Helvetica"
    for font, name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(font, str(DEJAVU / name)))
    pdfmetrics.registerFontFamily(
        "PlenariaSans",
        normal="PlenariaSans",
        bold="PlenariaSans-Bold",
        italic="PlenariaSans-Oblique",
        boldItalic="PlenariaSans-BoldOblique",
    )
    return "PlenariaSans"


def _styles():
    font = _font()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=font, fontSize=15),
        "heading": ParagraphStyle("heading", parent=base["Heading2"], fontName=font),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontName=font, fontSize=10),
    }


def agenda_pdf(event, agenda_nodes, rows, language: str = "en") -> bytes:
    """The numbered agenda, then the sessions (as ``listing.export_rows``) day by day."""
    with translation.override(language):
        styles = _styles()
        story = [Paragraph(escape(str(event.title)), styles["title"])]
        story.append(Paragraph(escape(str(event.local)), styles["body"]))
        if agenda_nodes:
            story += [Spacer(1, 4 * mm), Paragraph(escape(_("Agenda")), styles["heading"])]
            for node in flatten(agenda_nodes):
                style = ParagraphStyle(
                    f"level{node.depth}",
                    parent=styles["body"],
                    leftIndent=8 * mm * node.depth + 10 * mm,
                    firstLineIndent=-10 * mm,
                    spaceBefore=6 if node.depth == 0 else 2,
                )
                text = f"{escape(node.label)}\u00a0\u00a0{escape(str(node.item.title))}"
                story.append(Paragraph(f"<b>{text}</b>" if node.depth == 0 else text, style))
        if rows:
            story += [Spacer(1, 4 * mm), Paragraph(escape(_("Programme")), styles["heading"])]
            zone, day = get_zone(event.timezone), None
            for row in rows:
                start, end = row["start"].astimezone(zone), row["end"].astimezone(zone)
                if start.date() != day:
                    day = start.date()
                    story.append(Paragraph(f"<b>{escape(format_date(day))}</b>", styles["body"]))
                names = ", ".join(name for _pk, name in row["speakers"])
                line = f"{format_time(start)}–{format_time(end)} {zone_label(start)} — {escape(row['title'])}"
                if names:
                    line += f" <i>({escape(names)})</i>"
                story.append(Paragraph(line, styles["body"]))
        buffer = io.BytesIO()
        SimpleDocTemplate(
            buffer, pagesize=A4, title=str(event.title), author="Plenaria",
            leftMargin=20 * mm, rightMargin=20 * mm,
        ).build(story)  # fmt: skip
        return buffer.getvalue()
