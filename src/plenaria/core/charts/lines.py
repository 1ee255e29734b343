"""A line chart as SVG: y axis with round ticks and light grid lines, x axis with a few
ticks, one polyline per line (its own colour, dash and marker shape), a gap where a value
is not known. ``reversed_x`` puts the largest x first; a right-to-left page mirrors the whole
drawing, so there the x axis runs from the right."""

import datetime
import math

from plenaria.core.charts import palette
from plenaria.core.charts.axes import nice_ticks, places, position, spaced
from plenaria.core.charts.numbers import coordinate as c
from plenaria.core.charts.numbers import shown
from plenaria.core.charts.svg import WIDTH, Frame, document, line, shortened, text

HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 52, 14, 28, 44
MARKED = 12  # at most this many markers on a line: enough to tell the lines apart


def drawable(chart) -> bool:
    return any(_y(y) not in (None, 0.0) for ln in chart.lines for _x, y in ln.points)


def _y(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


class _XAxis:
    """Numbers, days, or (anything else) categories in the order first met."""

    def __init__(self, xs: list):
        placed = [position(x) for x in xs]
        days = any(isinstance(x, datetime.date | str) for x in xs)
        self.kind = "day" if days else "number"
        self.order = {}
        if any(p is None for p in placed):
            self.kind = "category"
            for x in xs:
                self.order.setdefault(x, float(len(self.order)))
            placed = list(self.order.values())
        self.low, self.high = min(placed, default=0.0), max(placed, default=1.0)

    def at(self, x) -> float | None:
        return self.order.get(x) if self.kind == "category" else position(x)

    def ticks(self) -> list[tuple[float, str]]:
        if self.kind == "number":
            marks = [t for t in nice_ticks(self.low, self.high) if self.low <= t <= self.high]
            digits = places(marks)
            return [(t, shown(t, decimals=digits)) for t in marks]
        if self.kind == "day":
            days = spaced(self.low, self.high)
            return [(d, shown(datetime.date.fromordinal(int(d)))) for d in days]
        names = list(self.order)
        marks = spaced(0, len(names) - 1, 6)
        return [(self.order[names[int(i)]], shortened(names[int(i)], 12)) for i in marks]


def draw(chart, rtl: bool, description: str) -> str:
    frame = Frame(rtl)
    xs = [x for ln in chart.lines for x, _y in ln.points]
    axis = _XAxis(xs)
    ys = [y for ln in chart.lines for _x, v in ln.points if (y := _y(v)) is not None]
    y_ticks = nice_ticks(min(0.0, *ys), max(ys))
    low, high = y_ticks[0], y_ticks[-1]
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM

    def px(x: float) -> float:
        share = (x - axis.low) / (axis.high - axis.low) if axis.high > axis.low else 0.5
        share = 1 - share if chart.reversed_x else share
        return frame.x(LEFT + share * (right - LEFT))

    def py(y: float) -> float:
        return bottom - (y - low) / (high - low) * (bottom - TOP)

    parts = [text(frame.x(4), 14, chart.y_label, "start", 12)]
    for tick in y_ticks:
        parts.append(line(frame.x(LEFT), py(tick), frame.x(right), py(tick), palette.GRID))
        label = shown(tick, chart.unit, places(y_ticks))
        parts.append(text(frame.x(LEFT - 6), py(tick) + 4, label, "end", 12))
    parts.append(line(frame.x(LEFT), bottom, frame.x(right), bottom, palette.AXIS))
    parts.append(line(frame.x(LEFT), TOP, frame.x(LEFT), bottom, palette.AXIS))
    for value, label in axis.ticks():
        parts.append(line(px(value), bottom, px(value), bottom + 4, palette.AXIS))
        parts.append(text(px(value), bottom + 16, label, "middle", 12))
    parts.append(text(frame.x((LEFT + right) / 2), HEIGHT - 8, chart.x_label, "middle", 12))
    for index, drawn in enumerate(chart.lines):
        placed = _placed(drawn, axis)
        parts.append(_curve(index, [p and (px(p[0]), py(p[1])) for p in placed]))
    return document(chart.name, HEIGHT, "".join(parts), rtl, description)


def _placed(drawn, axis) -> list:
    """The line's points in x order, with None where y is not known (a gap)."""
    points = []
    for x, value in drawn.points:
        at = axis.at(x)
        if at is not None:
            points.append((at, _y(value)))
    points.sort(key=lambda point: point[0])
    return [None if y is None else (at, y) for at, y in points]


def _curve(index: int, points: list) -> str:
    colour = palette.colour(index)
    runs, run = [], []
    for point in [*points, None]:
        if point is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(point)
    drawn = "".join(
        f'<polyline class="chart-line" points="{" ".join(f"{c(x)},{c(y)}" for x, y in run)}" '
        f'fill="none" stroke="{colour}" stroke-width="2"{palette.dash(index)} data-series="{index}"/>'
        for run in runs
        if len(run) > 1
    )
    known = [point for point in points if point is not None]
    every = max(1, math.ceil(len(known) / MARKED))
    shape = palette.marker(index)
    marks = "".join(f"M{c(x)},{c(y)}{shape}" for x, y in known[::every])
    if marks:
        drawn += f'<path d="{marks}" fill="{colour}" stroke="{colour}" stroke-width="1.5"/>'
    return drawn
