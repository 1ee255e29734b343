"""Small counts kept back, so that nobody can be singled out from the open data.

Primary: a count below the threshold (``PLENARIA_OPEN_DATA_MIN_COUNT``, read at each call so
that a change of setting applies at once) is not published. Secondary: within a breakdown
(the regions of one event, say) the published cells and the published total would give back
a lone hidden cell by subtraction; so when exactly one cell of a column is hidden, the next
smallest published cell of that column is hidden too. A share is published only when both its
numerator and its denominator are."""

from django.conf import settings

DEFAULT_MIN_COUNT = 5


def min_count() -> int:
    return int(getattr(settings, "PLENARIA_OPEN_DATA_MIN_COUNT", DEFAULT_MIN_COUNT))


def suppress_column(values: list[int]) -> list[int | None]:
    """One column of a breakdown, its hidden cells as None."""
    threshold = min_count()
    published: list[int | None] = [value if value >= threshold else None for value in values]
    hidden = [index for index, value in enumerate(published) if value is None]
    if len(hidden) == 1:
        shown = [index for index, value in enumerate(published) if value is not None]
        if shown:
            published[min(shown, key=lambda index: published[index])] = None
    return published


def suppress_total(value: int) -> int | None:
    return value if value >= min_count() else None


def published_share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return round(100 * part / whole, 1)
