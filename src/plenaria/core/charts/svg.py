"""The few SVG pieces both kinds of chart are made of. Geometry is worked out left to right;
on a right-to-left page ``Frame.x`` mirrors it, and the SVG's own ``direction`` makes
``text-anchor`` follow (its "end" is then the left side), so labels mirror too."""

import unicodedata
from dataclasses import dataclass

from django.utils.html import escape

from plenaria.core.charts.numbers import coordinate as c
from plenaria.core.charts.palette import TEXT

WIDTH = 400  # the viewBox's width: the SVG itself is as wide as its box (CSS)


@dataclass
class Frame:
    rtl: bool
    width: float = WIDTH

    def x(self, x: float) -> float:
        return self.width - x if self.rtl else x

    def span(self, x: float, length: float) -> float:
        """Where a shape ``length`` wide that starts at ``x`` (left to right) begins."""
        return self.width - x - length if self.rtl else x


def text(x, y, words: str, anchor: str = "start", size: int = 13, full: str = "") -> str:
    """A text; ``full`` is the whole of a shortened one, shown when pointed at."""
    hint = f"<title>{escape(full)}</title>" if full and full != words else ""
    return (
        f'<text x="{c(x)}" y="{c(y)}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{TEXT}">{hint}{escape(words)}</text>'
    )


def line(x1, y1, x2, y2, colour: str, extra: str = "") -> str:
    return f'<line x1="{c(x1)}" y1="{c(y1)}" x2="{c(x2)}" y2="{c(y2)}" stroke="{colour}"{extra}/>'


def shortened(words: str, most: int) -> str:
    """At most ``most`` narrow characters' room; a Chinese character takes two."""
    words, room = str(words), 0
    for index, char in enumerate(words):
        room += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if room > most:
            return words[: max(index - 1, 1)].rstrip() + "…"
    return words


def document(name: str, height: float, body: str, rtl: bool, description: str) -> str:
    """The ``<svg>``: named by the figure's caption, described as a pointer to the table."""
    return (
        f'<svg class="chart-drawing" viewBox="0 0 {WIDTH} {c(height)}" role="img" '
        f'aria-labelledby="chart-{escape(name)}-title" aria-describedby="chart-{escape(name)}-desc" '
        f'direction="{"rtl" if rtl else "ltr"}" font-family="inherit" focusable="false">'
        f'<desc id="chart-{escape(name)}-desc">{escape(description)}</desc>{body}</svg>'
    )
