"""A pledge's published progress reports, over time, for its public page."""

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import ProgressReport


def published_reports(pledge) -> list[ProgressReport]:
    """The pledge's published reports, oldest cycle first (one query)."""
    return list(
        ProgressReport.objects.filter(pledge=pledge, state=Moderation.PUBLISHED).order_by("cycle")
    )
