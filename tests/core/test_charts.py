"""The project's charts, drawn on the server: each series tells itself apart by colour and
pattern (or dash and marker), a right-to-left page mirrors the drawing, the table beside it
holds the same figures as the exports, and unknown values or nothing at all are said, not
drawn."""

import csv
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.template import engines
from django.utils import translation

from plenaria.core.charts import BarChart, Line, LineChart, Series, bars, palette
from plenaria.core.charts.axes import nice_ticks
from plenaria.core.charts.export import download
from plenaria.core.charts.svg import WIDTH

TAG = engines["django"].from_string("{% load charts %}{% chart c url %}")


def render(chart, lang="en", url="") -> str:
    with translation.override(lang):
        return TAG.render({"c": chart, "url": url})


def regions(**options) -> BarChart:
    return BarChart(
        name="regions",
        title="Participants by region",
        categories=["Africa", "Americas", "Arab States", "<b>Europe</b>"],
        series=[
            Series("All", [1234, 80, None, 15]),
            Series("Women", [600, 40, 3, 0]),
            Series("Young people", [Decimal("12.5"), 9, 1, 0]),
            Series("Heads", [7, 2, 1, 1]),
        ],
        heading="Region",
        **options,
    )


def attributes(markup: str, tag: str) -> list[dict]:
    return [
        dict(re.findall(r'([\w-]+)="([^"]*)"', found))
        for found in re.findall(rf"<{tag}\b([^>]*)>", markup)
    ]


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_each_series_has_its_own_colour_and_fill_pattern_all_readable_on_white():
    page = render(regions())
    bars_drawn = attributes(page, "rect")
    by_series = {}
    for bar in (b for b in bars_drawn if b.get("class") == "chart-bar"):
        by_series.setdefault(bar["data-series"], set()).add((bar["fill"], bar["stroke"]))
    assert len(by_series) == 4 and all(len(looks) == 1 for looks in by_series.values())
    fills = {next(iter(looks))[0] for looks in by_series.values()}
    strokes = {next(iter(looks))[1] for looks in by_series.values()}
    assert len(fills) == 4 and len(strokes) == 4
    tiles = re.findall(r'<pattern id="([^"]+)"[^>]*>(.*?)</pattern>', page)
    assert {f"url(#{name})" for name, _ in tiles} == fills
    assert len({body.split("/>", 1)[1] for _, body in tiles}) == 4  # solid, stripes, dots, hatch
    for colour in palette.COLOURS:
        assert 1.05 / (luminance(colour) + 0.05) >= 3  # WCAG 1.4.11 against white
    assert 1.05 / (luminance(palette.TEXT) + 0.05) >= 4.5
    legend = re.search(r'<ul class="chart-legend">(.*?)</ul>', page).group(1)
    assert [re.sub(r"<[^>]+>", "", item).strip() for item in legend.split("</li>")[:-1]] == [
        "All", "Women", "Young people", "Heads"]  # fmt: skip
    assert 'role="img" aria-labelledby="chart-regions-title"' in page and "<desc " in page


def test_each_line_has_its_own_colour_dash_and_marker():
    chart = LineChart("curves", "Curves", "Days", "People", [
        Line(f"Edition {n}", [(day, day * n) for day in range(0, 60, 3)]) for n in range(1, 5)
    ])  # fmt: skip
    page = render(chart)
    drawn = [a for a in attributes(page, "polyline") if a.get("class") == "chart-line"]
    assert len({(a["stroke"], a.get("stroke-dasharray", "")) for a in drawn}) == 4
    assert len({a.get("stroke-dasharray", "") for a in drawn}) == 4
    paths = re.findall(r'<path d="(M[^"]+)" fill="#', page)
    shapes = {re.match(r"M[\d.-]+,[\d.-]+(.*?)(?:M|$)", d).group(1) for d in paths}
    assert len(shapes) == 4


def largest_bar(page) -> dict:
    found = [a for a in attributes(page, "rect") if a.get("class") == "chart-bar"]
    return max(found, key=lambda a: float(a["width"]))


def test_right_to_left_mirrors_bars_and_the_x_axis():
    chart = BarChart("one", "One", ["a", "b", "c"], [Series("n", [3, 10, 5])])
    left, right = largest_bar(render(chart, "en")), largest_bar(render(chart, "ar"))
    assert float(left["x"]) == bars.LABEL_ROOM  # grows from the labels on the left
    assert float(right["x"]) + float(right["width"]) == WIDTH - bars.LABEL_ROOM
    assert float(right["x"]) == WIDTH - bars.LABEL_ROOM - bars.BAR_ROOM
    assert 'direction="rtl"' in render(chart, "ar") and 'direction="ltr"' in render(chart, "en")
    labels = [a for a in attributes(render(chart, "ar"), "text") if a["font-size"] == "13"]
    assert all(float(a["x"]) > WIDTH - bars.LABEL_ROOM for a in labels)  # labels on the right

    def first_x(line_chart, lang):
        drawn = attributes(render(line_chart, lang), "polyline")[0]
        xs = [float(p.split(",")[0]) for p in drawn["points"].split()]
        return xs[0], xs[-1]  # the smallest x, the largest

    curve = LineChart("c", "C", "Days", "N", [Line("L", [(0, 1), (10, 4), (20, 9)])])
    small, large = first_x(curve, "en")
    assert small < large  # left to right
    small, large = first_x(curve, "ar")
    assert small > large  # the x axis runs from the right
    curve.reversed_x = True
    small, large = first_x(curve, "en")
    assert small > large  # the largest x first
    small, large = first_x(curve, "ar")
    assert small < large


def table_cells(page) -> list[list[str]]:
    body = page.split("<tbody>")[1].split("</tbody>")[0]
    return [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in body.split("</tr>")[:-1]
    ]


def test_the_table_gives_the_values_formatted_for_the_reader_with_links_and_extra_columns():
    chart = regions(
        table_only=[Series("Share", [Decimal("50.0"), 25.0, None, 0], unit=" %")],
        links=["/list/?region=africa", "", "", ""],
    )
    page = render(chart)
    assert table_cells(page) == [
        ["Africa", "1,234", "600", "12.5", "7", "50.0 %"],
        ["Americas", "80", "40", "9", "2", "25.0 %"],
        ["Arab States", "–", "3", "1", "1", "–"],
        ["&lt;b&gt;Europe&lt;/b&gt;", "15", "0", "0", "1", "0 %"],
    ]
    assert '<th scope="row"><a href="/list/?region=africa">Africa</a></th>' in page
    assert "<b>Europe" not in page  # escaped, in the drawing too
    assert page.count('class="chart-bar"') == 15  # "Share" is not drawn; None is not drawn
    french = table_cells(render(chart, "fr"))
    assert french[0][1].replace("\u202f", " ").replace("\xa0", " ") == "1 234"
    assert french[0][3] == "12,5" and french[1][5] == "25,0 %"
    for number in re.findall(r'\s(?:x|y|width|height)="([^"]*)"', render(chart, "fr")):
        assert re.fullmatch(r"-?\d+(\.\d)?", number), number  # coordinates never localised


def test_the_csv_and_xlsx_downloads_hold_the_header_and_every_row():
    chart = regions(table_only=[Series("Share", [50, 25, None, 0], unit=" %")])
    response = download(chart, "csv", "WTDC 25")
    assert response["Content-Disposition"] == 'attachment; filename="wtdc-25-regions.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Region", "All", "Women", "Young people", "Heads", "Share"]
    assert rows[1] == ["Africa", "1234", "600", "12.5", "7", "50"]
    assert rows[3] == ["Arab States", "", "3", "1", "1", ""]
    assert len(rows) == 5
    response = download(chart, "xlsx", "WTDC 25")
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert sheet[0] == ["Region", "All", "Women", "Young people", "Heads", "Share"]
    assert sheet[1] == ["Africa", 1234, 600, 12.5, 7, 50]
    assert sheet[3] == ["Arab States", None, 3, 1, 1, None]
    assert sheet[4][0] == "<b>Europe</b>" and len(sheet) == 5
    curve = LineChart("c", "Curve", "Days before", "N", [Line("A", [(2, 5), (1, 7)]), Line("B", [(1, 2)])], reversed_x=True)  # fmt: skip
    rows = list(
        csv.reader(io.StringIO(b"".join(download(curve, "csv", "x").streaming_content).decode()))
    )
    assert rows == [["Days before", "A", "B"], ["2", "5", ""], ["1", "7", "2"]]


def test_nothing_to_count_says_so_instead_of_a_figure():
    empty = BarChart("none", "Nothing", [], [Series("n", [])], empty_text="Widen the filters.")
    page = render(empty)
    assert "Widen the filters." in page and "<figure" not in page and "<svg" not in page
    assert "There is nothing to count here yet." in render(LineChart("l", "L", "x", "y", []))
    zeros = BarChart("zeros", "Zeros", ["a", "b"], [Series("n", [0, None])], empty_text="None yet.")
    page = render(zeros)
    assert "None yet." in page and "<svg" not in page  # nothing to draw…
    assert table_cells(page) == [["a", "0"], ["b", "–"]]  # …but the figures are still given
    flat = LineChart("f", "F", "x", "y", [Line("A", [(1, 0), (2, None)])])
    assert "<svg" not in render(flat) and table_cells(render(flat)) == [["1", "0"], ["2", "–"]]


def test_odd_values_never_break_the_page():
    odd = BarChart("odd", "Odd", ["a", "b", "c", "d"], [Series("n", [float("nan"), "many", -4, 3])])
    page = render(odd)
    assert table_cells(page) == [["a", "–"], ["b", "many"], ["c", "-4"], ["d", "3"]]
    assert float(largest_bar(page)["width"]) == bars.BAR_ROOM
    days = LineChart(
        "d", "D", "Day", "N", [Line("A", [("2025-01-01", 1), ("2025-01-31", 4), ("soon", 2)])]
    )
    assert "<svg" in render(days)  # a text x that is not a day: drawn as categories
    mixed = LineChart("m", "M", "x", "y", [Line("A", [(1, 2), ("two", 3)])])
    assert table_cells(render(mixed)) == [["1", "2"], ["two", "3"]]
    shares = BarChart("s", "S", ["a"], [Series("n", [250])], maximum=100, unit="%")
    assert float(largest_bar(render(shares))["width"]) == bars.BAR_ROOM  # never past its room


@pytest.mark.parametrize("high", [3, 0.5, 97, 661, 700, 1500, 123456])
def test_the_axis_reaches_past_the_highest_value(high):
    ticks = nice_ticks(0, high)
    assert ticks[0] <= 0 and ticks[-1] >= high
    assert len(ticks) <= 6
