"""What tells one series from another: a colour AND a fill pattern for bars, a colour AND a
dash style and marker shape for lines, so that the chart reads in grey print and for people
who do not tell colours apart.

Every colour has a contrast of at least 3:1 on white (WCAG 1.4.11, graphics); the text of the
charts is the page's dark grey (16:1). Past eight series the looks come round again."""

from django.utils.html import escape

COLOURS = (
    "#1d4f91",  # blue 8.1:1
    "#b34700",  # orange 5.5:1
    "#1b7a3a",  # green 5.4:1
    "#8e2a5e",  # wine 8.0:1
    "#0b6e7a",  # teal 6.0:1
    "#8a6d00",  # ochre 4.9:1
    "#5b3e96",  # purple 8.2:1
    "#595959",  # grey 7.0:1
)
TEXT = "#1b1f24"
AXIS = "#4a5563"
GRID = "#d5dbe3"

# White drawn over the series' colour in an 8 × 8 tile; the first is solid.
_WHITE = 'stroke="#fff" fill="none"'
PATTERNS = (
    "",
    f'<path d="M-2,2l4,-4M0,8l8,-8M6,10l4,-4" {_WHITE} stroke-width="2"/>',
    '<circle cx="4" cy="4" r="1.7" fill="#fff"/>',
    f'<path d="M0,0l8,8M8,0l-8,8" {_WHITE} stroke-width="1.4"/>',
    f'<path d="M0,4h8" {_WHITE} stroke-width="2"/>',
    f'<path d="M-2,6l4,4M0,0l8,8M6,-2l4,4" {_WHITE} stroke-width="2"/>',
    f'<path d="M4,0v8" {_WHITE} stroke-width="2"/>',
    f'<path d="M4,0v8M0,4h8" {_WHITE} stroke-width="1.4"/>',
)
PATTERN_NAMES = (
    "solid",
    "stripes",
    "dots",
    "cross-hatch",
    "horizontal lines",
    "back stripes",
    "vertical lines",
    "grid",
)

DASHES = ("", "8 4", "2 3", "10 3 2 3", "4 4", "14 4", "2 6", "6 2 2 2")
# Marker shapes in relative path commands, drawn after "M x,y" at each marked point.
MARKERS = (
    "m-4,0a4,4 0 1,0 8,0a4,4 0 1,0 -8,0z",  # circle
    "m-3.5,-3.5h7v7h-7z",  # square
    "m0,-5l5,8.5h-10z",  # triangle
    "m0,-5l5,5l-5,5l-5,-5z",  # diamond
    "m0,5l5,-8.5h-10z",  # triangle pointing down
    "m-4,-4l8,8m0,-8l-8,8",  # cross
    "m-5,0h10m-5,-5v10",  # plus
    "m-3,-5h6l-3,10z",  # wedge
)


def colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def fill_id(chart_name: str, index: int) -> str:
    return f"chart-{escape(chart_name)}-fill-{index % len(PATTERNS)}"


def pattern_defs(chart_name: str, count: int) -> str:
    """One ``<pattern>`` per series of a bar chart, referred to by ``fill_id``."""
    tiles = []
    for index in range(min(count, len(PATTERNS))):
        overlay = PATTERNS[index % len(PATTERNS)]
        tiles.append(
            f'<pattern id="{fill_id(chart_name, index)}" patternUnits="userSpaceOnUse" '
            f'width="8" height="8"><rect width="8" height="8" fill="{colour(index)}"/>'
            f"{overlay}</pattern>"
        )
    return "".join(tiles)


def dash(index: int) -> str:
    pattern = DASHES[index % len(DASHES)]
    return f' stroke-dasharray="{pattern}"' if pattern else ""


def marker(index: int) -> str:
    return MARKERS[index % len(MARKERS)]
