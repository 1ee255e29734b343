"""An axis's scale: where a value sits and which few round values to mark on it."""

import datetime
import math


def nice_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten apart) covering low..high."""
    if high <= low:
        high = low + 1
    rough = (high - low) / max(most - 1, 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(step * power for step in (1, 2, 5, 10) if step * power >= rough)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    # Up to the first round value at or past ``high``, so that no point lies above the axis.
    while (not ticks or ticks[-1] < high) and len(ticks) < most + 3:
        ticks.append(round(value, 10))
        value += step
    return ticks


def places(ticks: list[float]) -> int:
    """Decimals enough to tell the ticks apart: 0 for steps of 1 or more, 1 for 0.5…"""
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else 1
    return max(0, -math.floor(math.log10(step))) if step else 0


def position(x) -> float | None:
    """A number to place ``x`` on a line chart's x axis: numbers as they are, days (or ISO
    days written as text) as day numbers; None for anything else."""
    if isinstance(x, bool):
        return None
    if isinstance(x, int | float):
        return float(x) if math.isfinite(x) else None
    if isinstance(x, datetime.date):
        return float(x.toordinal())
    if isinstance(x, str):
        try:
            return float(datetime.date.fromisoformat(x[:10]).toordinal())
        except ValueError:
            return None
    try:
        return float(x)  # Decimal
    except (TypeError, ValueError):
        return None


def spaced(low: float, high: float, count: int = 5) -> list[float]:
    """``count`` whole values evenly spread over low..high (the ticks of a day axis)."""
    if high <= low:
        return [low]
    step = max(1, round((high - low) / (count - 1)))
    return [low + step * index for index in range(count) if low + step * index <= high]
