"""A membership report as a PDF, laid out by Typst from the same ``Report`` the page shows,
in the active language: Arabic right to left in an Arabic face, Chinese in a CJK face.

Only texts and numbers go to the layout, as JSON data: nothing is evaluated as markup. The
compiler is made once per process (the fonts are indexed once)."""

import json
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

from plenaria.core.typst_pdf import TypstTemplate
from plenaria.reports.membership.report import Report

TEMPLATE = Path(__file__).with_name("report.typ")
FONT_DIRS = [
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/wqy",
]
LATIN = ["Noto Sans", "DejaVu Sans"]
# Each language's face first; the others catch any name written in another script.
FONTS = {
    "ar": ["Noto Naskh Arabic", *LATIN, "WenQuanYi Micro Hei"],
    "zh": ["WenQuanYi Micro Hei", *LATIN, "Noto Naskh Arabic"],
}
DEFAULT_FONTS = [*LATIN, "Noto Naskh Arabic", "WenQuanYi Micro Hei"]

PDF = TypstTemplate(TEMPLATE, FONT_DIRS)


def layout_data(report: Report) -> dict:
    language = (translation.get_language() or "en").split("-")[0]
    return {
        "title": report.title,
        "scope": report.scope,
        "intro": report.intro,
        "computed_at": report.computed_at,
        "computed_line": _("Figures computed on %(moment)s.") % {"moment": report.computed_at},
        "lang": language,
        "rtl": translation.get_language_bidi(),
        "fonts": FONTS.get(language, DEFAULT_FONTS),
        "tables": [
            {
                "title": table.title,
                "heading": table.heading,
                "columns": [column.label for column in table.columns],
                "rows": [{"label": row.label, "cells": row.cells} for row in table.rows],
            }
            for table in report.tables
        ],
        "definitions_title": _("Definitions"),
        "definitions": report.definitions,
    }


def render(report: Report) -> bytes:
    payload = json.dumps(layout_data(report), ensure_ascii=False)
    return PDF.pdf(report=payload)
