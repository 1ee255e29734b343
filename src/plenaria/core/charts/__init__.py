"""Charts, the one way the whole project draws them: a chart is data (these classes), drawn
on the server as inline SVG by ``{% chart %}`` (``core/templatetags/charts.py``), always with
its figures in a table beside it, and exportable as CSV or XLSX (``export.py``).

Why server-drawn SVG rather than a script library: see docs/charts.md."""

from dataclasses import dataclass, field


@dataclass
class Series:
    """One set of values: one per category of a bar chart."""

    label: str
    values: list
    unit: str = ""  # this series' unit when it differs from the chart's, e.g. " %"
    decimals: int | None = None  # digits shown on the page (exports keep the full value)


@dataclass
class BarChart:
    """Horizontal bars, one row per category; several series are drawn side by side in each
    row, each with its own colour and pattern."""

    name: str  # a slug: the element's id and the chart's key in an export link
    title: str
    categories: list[str]
    series: list[Series]
    unit: str = ""  # shown after each value, e.g. "%" for shares
    maximum: float | None = None  # the longest bar's value; e.g. 100 for shares
    heading: str = ""  # the name of the categories' column in the table
    table_only: list[Series] = field(default_factory=list)  # in the table and exports, not drawn
    links: list[str] = field(default_factory=list)  # a URL per category ("" for none)
    empty_text: str = ""  # said instead of the chart when there is nothing to draw
    note: str = ""  # a sentence under the title, e.g. how to read the rows
    kind: str = field(default="bar", init=False)


@dataclass
class Line:
    """One curve of a line chart: ``points`` are (x, y) pairs, x increasing."""

    label: str
    points: list[tuple]


@dataclass
class LineChart:
    name: str
    title: str
    x_label: str
    y_label: str
    lines: list[Line]
    reversed_x: bool = False  # e.g. days before the opening: the largest x first
    empty_text: str = ""  # said instead of the chart when there is nothing to draw
    note: str = ""
    unit: str = ""  # shown after each y value
    kind: str = field(default="line", init=False)


def table(chart) -> tuple[list[str], list[list]]:
    """The chart's figures as a header and rows: what the table beside it and its export
    show."""
    if chart.kind == "line":
        xs = _in_order([x for line in chart.lines for x, _y in line.points], chart.reversed_x)
        values = [dict(line.points) for line in chart.lines]
        header = [chart.x_label, *(line.label for line in chart.lines)]
        return header, [[x, *(found.get(x) for found in values)] for x in xs]
    columns = [*chart.series, *chart.table_only]
    header = [chart.heading or chart.title, *(series.label for series in columns)]
    rows = [
        [category, *(_at(series.values, index) for series in columns)]
        for index, category in enumerate(chart.categories)
    ]
    return header, rows


def _in_order(xs: list, reverse: bool) -> list:
    """Each x once, sorted; x values that cannot be compared (a number and a text) keep the
    order they came in rather than fail."""
    once = list(dict.fromkeys(xs))
    try:
        return sorted(once, reverse=reverse)
    except TypeError:
        return once


def _at(values: list, index: int):
    """A series shorter than the categories has no value for the rest (None, not an error)."""
    return values[index] if index < len(values) else None
