"""The balance charts of an event's dashboard: the share of women and of young people overall,
among heads of delegation and registered speakers; and the programme's speakers per session
type, the high-level segment apart."""

from django.utils.translation import gettext as _

from plenaria.core.charts import BarChart, Series
from plenaria.reports.figures.tally import share
from plenaria.reports.web import dashboard_labels as labels
from plenaria.reports.web.event_charts import with_empty

# (label, part of the tally, whole of the tally) for each row of the shares chart.
GROUPS = (
    (lambda: _("Everyone registered"), "", "n"),
    (lambda: _("Heads of delegation"), "heads_", "heads"),
    (lambda: _("Registered speakers"), "speakers_", "speakers"),
)


def _shares(overall: dict, measure: str) -> list:
    return [share(overall[f"{prefix}{measure}"], overall[whole]) for _l, prefix, whole in GROUPS]


def shares(document, whole=None) -> BarChart:
    """Women and young people in ``document``; beside the whole event's (``whole``), when
    ``document`` is one delegation's part."""
    overall = document["overall"]
    if whole is None:
        series = [
            Series(_("Women"), _shares(overall, "women")),
            Series(_("Young people"), _shares(overall, "young")),
        ]
    else:
        event = whole["overall"]
        series = [
            Series(_("Women, your delegation"), _shares(overall, "women")),
            Series(_("Women, whole event"), _shares(event, "women")),
            Series(_("Young people, your delegation"), _shares(overall, "young")),
            Series(_("Young people, whole event"), _shares(event, "young")),
        ]
    chart = BarChart(
        name="balance",
        title=_("Share of women and of young people"),
        categories=[label() for label, _p, _w in GROUPS] if overall["n"] else [],
        series=series if overall["n"] else [],
        unit="%",
        maximum=100,
        heading=_("Among"),
    )
    return with_empty(
        chart, _("No active registration yet: the balance appears once people register.")
    )


def _speaker_rows(found: dict) -> list[tuple[str, dict]]:
    """All the programme's speakers, the high-level segment, then each session type."""
    names = labels.session_types(found["by_type"])
    rows = [(_("All speakers of the programme"), found["overall"])]
    if found["high_level"]["n"]:
        rows.append((_("High-level segment"), found["high_level"]))
    known = [(name, found["by_type"][code]) for code, name in names.items()]
    unnamed = [(code, n) for code, n in found["by_type"].items() if code not in names]
    return rows + known + unnamed


def speakers(document) -> list[BarChart]:
    """How many speak in the programme and how many of them are women; the women's share."""
    found = document["speakers"]
    rows = _speaker_rows(found) if found["overall"]["n"] else []
    categories = [label for label, _count in rows]
    counts = BarChart(
        name="speakers",
        title=_("Speakers of the programme"),
        categories=categories,
        series=[
            Series(_("Speakers"), [count["n"] for _label, count in rows]),
            Series(_("Women"), [count["women"] for _label, count in rows]),
        ],
        heading=_("Speaking in"),
    )
    shares_of_women = BarChart(
        name="speaker-balance",
        title=_("Share of women among the programme's speakers"),
        categories=categories,
        series=[Series(_("Women"), [share(c["women"], c["n"]) for _label, c in rows])],
        unit="%",
        maximum=100,
        heading=_("Speaking in"),
    )
    empty = _("No speaker is in the programme yet: add speakers to its sessions.")
    # With nobody to count, one sentence says so rather than two.
    return [with_empty(counts, empty)] + ([shares_of_women] if rows else [])
