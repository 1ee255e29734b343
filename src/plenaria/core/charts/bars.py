"""A bar chart as SVG: one row per category, the label at the start, the series' bars side
by side under one another within the row, each value written after its bar. On a
right-to-left page the bars grow from the right, their labels on the right."""

from django.utils.html import escape

from plenaria.core.charts import palette
from plenaria.core.charts.numbers import Reader
from plenaria.core.charts.numbers import coordinate as c
from plenaria.core.charts.svg import WIDTH, Frame, document, line, shortened, text

LABEL_ROOM = 130  # the categories' names, before the bars
VALUE_ROOM = 62  # the number after the longest bar
BAR_ROOM = WIDTH - LABEL_ROOM - VALUE_ROOM
BAR = 15
BETWEEN_SERIES = 2
BETWEEN_ROWS = 10
LONGEST_LABEL = 17


def drawable(chart) -> bool:
    """Whether there is a bar to draw: some value above zero."""
    return any(_number(value) > 0 for series in chart.series for value in series.values)


def _number(value) -> float:
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def draw(chart, rtl: bool, description: str) -> str:
    frame, reader = Frame(rtl), Reader()
    count = len(chart.series)
    row_height = count * BAR + (count - 1) * BETWEEN_SERIES + BETWEEN_ROWS
    most = _number(chart.maximum) or max(
        _number(value) for series in chart.series for value in series.values
    )
    parts = [f"<defs>{palette.pattern_defs(chart.name, count)}</defs>"]
    for row, category in enumerate(chart.categories):
        top = row * row_height + BETWEEN_ROWS / 2
        middle = top + (row_height - BETWEEN_ROWS) / 2
        label = shortened(category, LONGEST_LABEL)
        parts.append(text(frame.x(LABEL_ROOM - 6), middle + 4, label, "end", full=str(category)))
        for index, series in enumerate(chart.series):
            value = series.values[row] if row < len(series.values) else None
            if value is None:
                continue  # not known: nothing drawn (the table says "–")
            y = top + index * (BAR + BETWEEN_SERIES)
            parts.append(_bar(chart, frame, reader, (series, index), value, y, most, category))
    height = max(len(chart.categories) * row_height, row_height)
    parts.append(line(frame.x(LABEL_ROOM), 0, frame.x(LABEL_ROOM), height, palette.AXIS))
    return document(chart.name, height, "".join(parts), rtl, description)


def _bar(chart, frame, reader, drawn, value, y, most, category) -> str:
    series, index = drawn
    length = max(0.0, min(1.0, _number(value) / most)) * BAR_ROOM
    words = reader.shown(value, series.unit or chart.unit, series.decimals)
    colour = palette.colour(index)
    hint = escape(f"{category} — {series.label}: {words}")
    rect = (
        f'<rect class="chart-bar" x="{c(frame.span(LABEL_ROOM, length))}" y="{c(y)}" '
        f'width="{c(length)}" height="{BAR}" fill="url(#{palette.fill_id(chart.name, index)})" '
        f'stroke="{colour}" data-series="{index}"><title>{hint}</title></rect>'
    )
    after = frame.x(LABEL_ROOM + length + 4)
    return rect + text(after, y + BAR - 3, words, "start", size=12)
