"""Two yearly cycles of progress (2022, 2023) for the demonstration's published pledges: the
request each pledge was sent, and the report most pledgers wrote — most published, some
awaiting review, a few returned with a comment."""

import datetime
from decimal import Decimal
from random import Random

from django.conf import settings

from plenaria.contributions.choices import Moderation, Progress
from plenaria.contributions.data.demo_texts import NARRATIVES, REPORT_RETURN_COMMENT
from plenaria.contributions.models import Pledge, ProgressReport, ProgressRequest

UTC = datetime.UTC
CYCLES = (2022, 2023)
# Share of pledges reporting, and how the year's reports stand in review.
ANSWERED = {2022: 0.65, 2023: 0.7}
REVIEW = {
    2022: {Moderation.PUBLISHED: 97, Moderation.RETURNED: 3},
    2023: {Moderation.PUBLISHED: 90, Moderation.SUBMITTED: 6, Moderation.RETURNED: 4},
}
STATUS = {
    2022: {Progress.NOT_STARTED: 30, Progress.IN_PROGRESS: 60, Progress.COMPLETED: 7,
           Progress.DISCONTINUED: 3},
    2023: {Progress.NOT_STARTED: 12, Progress.IN_PROGRESS: 66, Progress.COMPLETED: 18,
           Progress.DISCONTINUED: 4},
}  # fmt: skip


def _asked_on(cycle: int) -> datetime.datetime:
    month, day = (int(part) for part in settings.PLENARIA_PLEDGE_REPORT_DAY.split("-"))
    return datetime.datetime(cycle, month, day, 6, tzinfo=UTC)


def _share(rng: Random, status: str) -> int:
    return {
        Progress.NOT_STARTED: 0,
        Progress.COMPLETED: 100,
        Progress.DISCONTINUED: rng.randint(5, 60),
    }.get(status, rng.randrange(10, 95, 5))


def _report(rng: Random, pledge: Pledge, cycle: int, asked) -> ProgressReport:
    state = rng.choices(list(REVIEW[cycle]), list(REVIEW[cycle].values()))[0]
    status = rng.choices(list(STATUS[cycle]), list(STATUS[cycle].values()))[0]
    share = _share(rng, status)
    submitted = asked + datetime.timedelta(days=rng.randint(10, 55))
    disbursed = None
    if pledge.amount and pledge.pledge_type in ("financial", "programmatic"):
        disbursed = (pledge.amount * Decimal(share) / 125).quantize(Decimal("1"))
    return ProgressReport(
        pledge=pledge,
        cycle=cycle,
        state=state,
        progress=status,
        share_achieved=share,
        disbursed=disbursed,
        disbursed_currency=pledge.currency if disbursed is not None else "",
        narrative=NARRATIVES[status],
        comment=REPORT_RETURN_COMMENT if state == Moderation.RETURNED else "",
        submitted_at=submitted,
        published_at=(
            submitted + datetime.timedelta(days=rng.randint(3, 20))
            if state == Moderation.PUBLISHED
            else None
        ),
    )


def load_progress(rng: Random, pledges: list[Pledge]) -> int:
    """Requests and reports of both cycles for ``pledges`` published before each was asked."""
    within = datetime.timedelta(days=settings.PLENARIA_PLEDGE_REPORT_WITHIN_DAYS)
    remind = datetime.timedelta(days=settings.PLENARIA_PLEDGE_REMIND_DAYS_BEFORE)
    requests, reports = [], []
    for cycle in CYCLES:
        asked = _asked_on(cycle)
        due = (asked + within).date()
        for pledge in pledges:
            if pledge.published_at is None or pledge.published_at >= asked:
                continue
            answered = rng.random() < ANSWERED[cycle]
            reminded = None if answered and rng.random() < 0.6 else asked + within - remind
            requests.append(
                ProgressRequest(
                    pledge=pledge, cycle=cycle, due_on=due, sent_at=asked, reminded_at=reminded
                )
            )
            if answered:
                reports.append(_report(rng, pledge, cycle, asked))
    ProgressRequest.objects.bulk_create(requests)
    ProgressReport.objects.bulk_create(reports)
    return len(reports)
