"""The legend under a chart's title: an HTML list (it wraps, and mirrors on a right-to-left
page, by itself), each entry with a small sample of the series' look."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from plenaria.core.charts import palette

_SAMPLE = '<svg class="chart-swatch" viewBox="0 0 {w} 12" aria-hidden="true" focusable="false">'


def entries(chart) -> list[tuple[str, str]]:
    """(label, sample) for each drawn series or line."""
    if chart.kind == "line":
        return [(line.label, _line_sample(index)) for index, line in enumerate(chart.lines)]
    return [(series.label, _bar_sample(chart.name, i)) for i, series in enumerate(chart.series)]


def _bar_sample(name: str, index: int) -> str:
    fill = escape(palette.fill_id(name, index))
    return mark_safe(
        _SAMPLE.format(w=20) + f'<rect x="0.5" y="0.5" width="19" height="11" '
        f'fill="url(#{fill})" stroke="{palette.colour(index)}"/></svg>'
    )


def _line_sample(index: int) -> str:
    colour = palette.colour(index)
    return mark_safe(
        _SAMPLE.format(w=36) + f'<line x1="1" y1="6" x2="35" y2="6" stroke="{colour}" '
        f'stroke-width="2"{palette.dash(index)}/><path d="M18,6{palette.marker(index)}" '
        f'fill="{colour}" stroke="{colour}" stroke-width="1.5"/></svg>'
    )
