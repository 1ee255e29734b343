"""A breakdown as a horizontal bar chart drawn on the server (inline SVG, no script): the
geometry is computed here so that the template only places the shapes."""

from dataclasses import dataclass

BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 170  # room for the row's name, left of the bars
BAR_ROOM = 200  # the longest bar
COUNT_ROOM = 50  # the number after a bar
WIDTH = LABEL_WIDTH + BAR_ROOM + COUNT_ROOM
LONGEST_LABEL = 28


@dataclass
class Bar:
    label: str
    count: int
    y: int
    text_y: int
    width: int
    count_x: int


@dataclass
class Chart:
    width: int
    height: int
    label_x: int
    bar_x: int
    bars: list[Bar]


def bar_chart(breakdown) -> Chart:
    most = breakdown.most or 1
    bars = []
    for index, row in enumerate(breakdown.rows):
        y = index * (BAR_HEIGHT + GAP)
        width = round(BAR_ROOM * row.count / most)
        label = (
            row.label if len(row.label) <= LONGEST_LABEL else row.label[: LONGEST_LABEL - 1] + "…"
        )
        bars.append(Bar(label, row.count, y, y + BAR_HEIGHT - 5, width, LABEL_WIDTH + width + 4))
    height = max(len(bars) * (BAR_HEIGHT + GAP), BAR_HEIGHT)
    return Chart(WIDTH, height, LABEL_WIDTH - 6, LABEL_WIDTH, bars)
