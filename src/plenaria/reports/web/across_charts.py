"""The charts of the across pages, built from ``figures.across.Edition`` rows: categories are
the events' acronyms, series the measures compared."""

from django.utils.translation import gettext as _

from plenaria.core.charts import BarChart, Line, LineChart, Series
from plenaria.reports.figures.across import GROUPINGS


def _bars(name, title, editions, measures, **options) -> BarChart:
    return BarChart(
        name=name,
        title=title,
        categories=[edition.event.acronym for edition in editions],
        series=[Series(label, [read(edition) for edition in editions]) for label, read in measures],
        heading=_("Event"),
        **options,
    )


def charts(editions) -> list:
    """Every chart of an across page, in the order they are shown."""
    return [
        _bars(
            "registrations",
            _("Registrations"),
            editions,
            [
                (_("Registrations"), lambda e: e.registrations),
                (_("In person"), lambda e: e.in_person),
                (_("Remote"), lambda e: e.remote),
            ],
        ),
        _bars(
            "shares",
            _("Women, young people, and women among heads of delegation"),
            editions,
            [
                (_("Women"), lambda e: e.women_share),
                (_("Young"), lambda e: e.young_share),
                (_("Heads, women"), lambda e: e.heads_women_share),
            ],
            unit="%",
            maximum=100,
        ),
        _bars(
            "countries",
            _("Countries taking part"),
            editions,
            [(_("Countries"), lambda e: e.countries)]
            + [
                (code, lambda e, code=code: e.grouping_countries[code])  # bind each code
                for code in GROUPINGS
            ],
        ),
        _bars(
            "groupings",
            _("Registrations from LDC, LLDC and SIDS"),
            editions,
            [(code, lambda e, code=code: e.grouping_registrations[code]) for code in GROUPINGS],
        ),
        LineChart(
            name="curves",
            title=_("Registrations received, cumulative, by days before the opening"),
            x_label=_("Days before the opening"),
            y_label=_("Registrations"),
            lines=[Line(edition.event.acronym, edition.curve) for edition in editions],
            reversed_x=True,
        ),
    ]
