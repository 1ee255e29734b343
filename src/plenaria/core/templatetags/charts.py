"""``{% chart chart export_url %}``: a chart drawn as SVG with its table beside it, and links
to download the table when ``export_url`` (the page's address to which ``export=<name>&
format=csv|xlsx`` is added) is given.

Nothing to show (no category, no point) gives the chart's ``empty_text`` instead of the
figure; categories whose values are all zero or unknown keep their table, with the text in
place of the drawing."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from plenaria.core.charts import bars, legend, lines, table
from plenaria.core.charts.numbers import Reader

register = template.Library()


@register.simple_tag(takes_context=True)
def chart(context, chart, export_url=""):
    header, rows = table(chart)
    nothing = chart.empty_text or _("There is nothing to count here yet.")
    if not rows:
        return render_to_string("core/charts/empty.html", {"chart": chart, "nothing": nothing})
    draws = lines if chart.kind == "line" else bars
    drawing = ""
    if draws.drawable(chart):
        described = _("A chart of the figures given in the table beside it.")
        drawing = mark_safe(draws.draw(chart, get_language_bidi(), described))
    separator = "&" if "?" in export_url else "?"
    return render_to_string(
        "core/charts/figure.html",
        {
            "chart": chart,
            "header": header,
            "body": _body(chart, rows),
            "drawing": drawing,
            "legend": legend.entries(chart) if drawing else [],
            "nothing": nothing,
            "export": f"{export_url}{separator}export={chart.name}" if export_url else "",
        },
        request=context.get("request"),
    )


def _body(chart, rows) -> str:
    """The table's rows, each value formatted for the reader with its unit. Written here
    rather than in the template: a 400-row table is then a few milliseconds, not tens."""
    shown = Reader().shown
    if chart.kind == "line":
        units = [(chart.unit, None)] * len(chart.lines)
    else:
        columns = [*chart.series, *chart.table_only]
        units = [(s.unit or chart.unit, s.decimals) for s in columns]
    links = chart.links if chart.kind == "bar" else []
    made = []
    for index, (label, *values) in enumerate(rows):
        name = escape(label if chart.kind == "bar" else shown(label))
        link = links[index] if index < len(links) else ""
        if link:
            name = f'<a href="{escape(link)}">{name}</a>'
        cells = "".join(
            f'<td class="number">{escape(shown(value, unit, decimals))}</td>'
            for value, (unit, decimals) in zip(values, units, strict=True)
        )
        made.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
    return mark_safe("\n".join(made))
