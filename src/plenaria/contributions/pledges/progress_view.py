"""Reading progress: a pledge's published reports over time, for its public page, and how
many of the reports asked in each cycle have come in, for the secretariat."""

from django.db.models import Count, Exists, OuterRef, Q

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import ProgressReport, ProgressRequest

# A report in one of these states has answered its cycle's request.
ANSWERED = [Moderation.SUBMITTED, Moderation.PUBLISHED, Moderation.DECLINED]


def published_reports(pledge) -> list[ProgressReport]:
    """The pledge's published reports, oldest cycle first (one query)."""
    return list(
        ProgressReport.objects.filter(pledge=pledge, state=Moderation.PUBLISHED).order_by("cycle")
    )


def cycles(latest: int = 5) -> list[dict]:
    """For the ``latest`` cycles, newest first: reports asked, answered, published, and the
    share answered in whole per cent — one grouped query whatever the number of pledges."""
    answered = ProgressReport.objects.filter(
        pledge=OuterRef("pledge"), cycle=OuterRef("cycle"), state__in=ANSWERED
    )
    published = ProgressReport.objects.filter(
        pledge=OuterRef("pledge"), cycle=OuterRef("cycle"), state=Moderation.PUBLISHED
    )
    rows = (
        ProgressRequest.objects.annotate(
            is_answered=Exists(answered), is_published=Exists(published)
        )
        .values("cycle")
        .annotate(
            asked=Count("pk"),
            answered=Count("pk", filter=Q(is_answered=True)),
            published=Count("pk", filter=Q(is_published=True)),
        )
        .order_by("-cycle")[:latest]
    )
    return [{**row, "share": row["answered"] * 100 // row["asked"]} for row in rows]
