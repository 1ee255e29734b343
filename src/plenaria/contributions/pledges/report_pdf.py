"""The annual report as a PDF, laid out by Typst from the same ``Figures`` the page shows.

Only numbers and names go to the layout, as JSON data: nothing is evaluated as markup. The
compiler is made once per process (fonts are indexed once), then a report takes a few tens
of milliseconds whatever the number of pledges, since the figures are already counted.
"""

import json
from pathlib import Path

from django.utils import formats, translation
from django.utils.translation import gettext as _

from plenaria.core.typst_pdf import TypstTemplate

TEMPLATE = Path(__file__).with_name("report.typ")
FONT_FAMILIES = ["DejaVu Sans", "WenQuanYi Zen Hei", "Libertinus Serif"]
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/wqy"]

PDF = TypstTemplate(TEMPLATE, FONT_DIRS)


def _number(value, places: int = 0) -> str:
    return formats.number_format(value, places, use_l10n=True, force_grouping=True)


def report_data(figures) -> dict:
    """The report's texts and numbers, in the active language."""
    as_of = formats.date_format(figures.as_of, "DATE_FORMAT") if figures.as_of else ""
    counter = [
        (_("Pledges"), _number(figures.pledges)),
        (_("Estimated value (US dollars)"), _number(figures.value_usd)),
        (_("Pledging entities"), _number(figures.entities)),
        (_("Countries of the pledgers"), _number(figures.pledger_countries)),
        (_("Countries of implementation"), _number(figures.implementation_countries)),
        (
            _("Pledges targeting at least one LDC"),
            f"{_number(figures.ldc.count)} ({_number(figures.ldc.share, 1)} %)",
        ),
        (_("Value of the pledges targeting an LDC (US dollars)"), _number(figures.ldc.value_usd)),
        (
            _("Pledges naming women and girls among their beneficiaries"),
            f"{_number(figures.women.count)} ({_number(figures.women.share, 1)} %)",
        ),
    ]
    several = _("A pledge may count in several rows: the shares may add up past 100 %.")
    breakdowns = [
        {
            "title": part.title,
            "note": several if part.several else "",
            "rows": [
                {
                    "label": row.label,
                    "count": _number(row.count),
                    "share": f"{_number(row.share, 1)} %",
                    "value": _number(row.value_usd),
                    "bar": round(row.count / (part.most or 1), 4),
                }
                for row in part.rows
            ],
        }
        for part in figures.breakdowns
        if part.rows
    ]
    return {
        "title": _("Partner2Connect pledges: annual report"),
        "subtitle": _("Figures as of %(day)s, computed from the published pledges.")
        % {"day": as_of},
        "as_of": as_of,
        "lang": (translation.get_language() or "en").split("-")[0],
        "fonts": FONT_FAMILIES,
        "header": [_("Row"), _("Pledges"), _("Share"), _("US dollars"), ""],
        "counter": counter,
        "breakdowns": breakdowns,
    }


def render(figures) -> bytes:
    payload = json.dumps(report_data(figures), ensure_ascii=False)
    return PDF.pdf(report=payload)
