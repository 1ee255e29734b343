"""The yearly progress cycle: on the report day every published pledge's pledgers are asked,
once, to report; a week (a setting) before the deadline those who have not answered are
reminded, once.

"Once" rests on two things. The database keeps one request per pledge and cycle (a unique
constraint; rows are inserted with ON CONFLICT DO NOTHING, so two workers opening the cycle
together insert each row once). And each mail is claimed by a conditional UPDATE of the
request's ``sent_at`` (or ``reminded_at``) in the transaction that queues it: of two workers,
the one that finds the time already set queues nothing. A re-run the next day only picks up
what a stopped run left.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge, ProgressReport, ProgressRequest
from plenaria.contributions.pledges.progress_mail import queue
from plenaria.contributions.pledges.progress_view import ANSWERED  # answered: no reminder

BATCH = 500


def report_day(year: int) -> datetime.date:
    """The day of ``year`` pledgers are asked (``PLENARIA_PLEDGE_REPORT_DAY``, "MM-DD");
    29 February falls on the 28th in other years."""
    raw = getattr(settings, "PLENARIA_PLEDGE_REPORT_DAY", "06-01")
    try:
        month, day = (int(part) for part in raw.split("-"))
        if (month, day) == (2, 29):
            day = 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28
        return datetime.date(year, month, day)
    except ValueError:
        raise ImproperlyConfigured(
            f"PLENARIA_PLEDGE_REPORT_DAY must be a day as MM-DD, such as 06-01, not {raw!r}"
        ) from None


def due_on(year: int) -> datetime.date:
    return report_day(year) + datetime.timedelta(
        days=getattr(settings, "PLENARIA_PLEDGE_REPORT_WITHIN_DAYS", 60)
    )


def _claim_and_queue(field: str, kind: str, pks) -> int:
    queued = 0
    for pk in pks:
        with transaction.atomic():
            claimed = ProgressRequest.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: timezone.now()}
            )
            if claimed:
                queue(kind, pk)
                queued += 1
    return queued


def open_cycle(today: datetime.date | None = None) -> int:
    """Between the report day and the deadline, ask every pledge published before the report
    day for its report of the year, once. Returns how many requests were queued now."""
    today = today or timezone.localdate()
    cycle = today.year
    opens, due = report_day(cycle), due_on(cycle)
    if not opens <= today <= due:
        return 0
    opened_at = datetime.datetime.combine(opens, datetime.time.min, tzinfo=datetime.UTC)
    asked = ProgressRequest.objects.filter(pledge=OuterRef("pk"), cycle=cycle)
    new = (
        Pledge.objects.filter(status=Moderation.PUBLISHED, published_at__lt=opened_at)
        .exclude(Exists(asked))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    new = list(new)
    for start in range(0, len(new), BATCH):
        ProgressRequest.objects.bulk_create(
            [
                ProgressRequest(pledge_id=pk, cycle=cycle, due_on=due)
                for pk in new[start : start + BATCH]
            ],
            ignore_conflicts=True,
        )
    unsent = ProgressRequest.objects.filter(
        cycle=cycle, sent_at__isnull=True, pledge__status=Moderation.PUBLISHED
    ).order_by("pk")
    return _claim_and_queue("sent_at", "request", list(unsent.values_list("pk", flat=True)))


def remind(today: datetime.date | None = None) -> int:
    """Remind, once, the pledgers whose report is due within the reminder's lead time
    (``PLENARIA_PLEDGE_REMIND_DAYS_BEFORE``) and not submitted yet. Returns how many."""
    today = today or timezone.localdate()
    lead = datetime.timedelta(days=getattr(settings, "PLENARIA_PLEDGE_REMIND_DAYS_BEFORE", 7))
    answered = ProgressReport.objects.filter(
        pledge=OuterRef("pledge"), cycle=OuterRef("cycle"), state__in=ANSWERED
    )
    waiting = (
        ProgressRequest.objects.filter(
            sent_at__isnull=False,
            reminded_at__isnull=True,
            due_on__gte=today,
            due_on__lte=today + lead,
            pledge__status=Moderation.PUBLISHED,
        )
        .exclude(Exists(answered))
        .order_by("pk")
    )
    return _claim_and_queue("reminded_at", "reminder", list(waiting.values_list("pk", flat=True)))
