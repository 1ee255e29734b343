"""Numbers as the reader writes them (grouping and decimal mark of the page's language),
for labels and tables; coordinates never go through here.

``Reader`` looks the language's marks up once per chart: a table of a few hundred rows then
costs a few milliseconds instead of one language look-up per cell."""

import datetime
import math
from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import date_format, get_format

NOTHING = "–"  # a value that is not known (None)


class Reader:
    def __init__(self):
        self.decimal = get_format("DECIMAL_SEPARATOR")
        self.thousand = get_format("THOUSAND_SEPARATOR")
        self.grouping = get_format("NUMBER_GROUPING")

    def shown(self, value, unit: str = "", decimals: int | None = None) -> str:
        """``value`` for the page: ``1,234``, ``12.5 %`` (en); ``1 234``, ``12,5 %`` (fr)."""
        if value is None:
            return NOTHING
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return _other(value)
        if not math.isfinite(value):
            return NOTHING
        if decimals is None:
            value, decimals = _natural(value)
        text = numberformat.format(
            value,
            self.decimal,
            decimals,
            self.grouping,
            self.thousand,
            force_grouping=True,
            use_l10n=True,
        )
        return text + unit


def shown(value, unit: str = "", decimals: int | None = None) -> str:
    return Reader().shown(value, unit, decimals)


def _natural(value):
    """Whole numbers without decimals; a float with one (shares: 33.3, 50.0, so that a
    column reads alike); a Decimal with its own."""
    if isinstance(value, float):
        return Decimal(str(round(value, 1))), 1
    if isinstance(value, Decimal):
        return value, max(0, -value.as_tuple().exponent)
    return value, 0


def _other(value) -> str:
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def coordinate(number: float) -> str:
    """A coordinate in the SVG: always with a full stop, whatever the language."""
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text
