"""A report's tables: numbers kept as they are (for the charts and the checks) and as text
in the active language (for the page and the PDF, so both read the same)."""

from dataclasses import dataclass, field

from django.utils import formats

from plenaria.core.charts import BarChart, Series

COUNT, SHARE = "count", "share"
MISSING = "–"  # a share with nobody to divide by


def number(value, kind: str = COUNT) -> str:
    """``value`` written for the active language: grouped digits; a share with one decimal."""
    if value is None:
        return MISSING
    if kind == SHARE:
        return f"{formats.number_format(value, 1, use_l10n=True, force_grouping=True)} %"
    return formats.number_format(value, 0, use_l10n=True, force_grouping=True)


@dataclass
class Column:
    label: str
    kind: str = COUNT


@dataclass
class Row:
    label: str
    values: list
    cells: list[str] = field(default_factory=list)


@dataclass
class Table:
    name: str  # a slug: the section's id, and its chart's name in an export link
    title: str
    heading: str  # the name of the rows' column
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    chart: BarChart | None = None

    def add(self, label: str, values: list) -> None:
        cells = [
            number(value, column.kind) for value, column in zip(values, self.columns, strict=True)
        ]
        self.rows.append(Row(str(label), values, cells))

    def draw(self, title: str, columns: dict[int, str]) -> "Table":
        """Chart the columns at these indexes (a percentage when they are shares), one
        series each, named by the given labels; the chart takes the table's name."""
        shares = all(self.columns[index].kind == SHARE for index in columns)
        self.chart = BarChart(
            name=self.name,
            title=title,
            categories=[row.label for row in self.rows],
            series=[
                Series(label, [row.values[index] for row in self.rows])
                for index, label in columns.items()
            ],
            unit="%" if shares else "",
            maximum=100 if shares else None,
            heading=self.heading,
        )
        return self
