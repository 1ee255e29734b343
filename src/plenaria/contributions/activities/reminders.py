"""Mail to the submitters of approved activities, sent by the background worker: a reminder
about a week before the activity starts, and after it ends a request to tell what happened.

Each goes exactly once per activity. The mail is claimed by a conditional UPDATE of the
activity's ``reminded_at`` (or ``outcome_asked_at``) in the transaction that queues it: of
two workers running at once, the one that finds the time already set queues nothing, and a
mail is queued only when its claim is committed (``contributions.mail``). The request for an
outcome is only for activities that ended recently
(``PLENARIA_ACTIVITY_OUTCOME_ASK_WITHIN_DAYS``), so that a call loaded with years-old
activities does not mail them all; one whose outcome is already reported is not asked."""

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from plenaria.contributions.choices import Moderation
from plenaria.contributions.mail import queue_mail
from plenaria.contributions.models import Activity
from plenaria.core.timezones import get_zone


def _approved():
    return Activity.objects.filter(status=Moderation.PUBLISHED, duplicate_of__isnull=True)


def _address(activity: Activity) -> str:
    return getattr(activity.submitted_by, "email", "") or activity.contact_email


def _link(name: str, *args) -> str:
    return settings.PLENARIA_BASE_URL.rstrip("/") + reverse(name, args=args)


def _queue(activity: Activity, kind: str) -> None:
    address = _address(activity)
    if not address:
        return
    with translation.override(activity.language):
        title = activity.title.in_language(activity.language)
        # Naive, so that the template shows the activity's own clock, not the server's.
        local = activity.starts_at.astimezone(get_zone(activity.timezone)).replace(tzinfo=None)
        if kind == "reminder":
            subject = _("Your activity “%(title)s” is coming up") % {"title": title[:120]}
            link = _link("activities:activity", activity.call.slug, activity.pk)
        else:
            subject = _("What happened at “%(title)s”?") % {"title": title[:120]}
            link = _link("activities:outcome", activity.pk)
    context = {"activity": activity, "title": title, "local_start": local, "link": link}
    queue_mail(
        address, activity.language, subject, f"contributions/email/activity_{kind}.txt", context
    )


def _claim_and_queue(field: str, kind: str, pks: list[int]) -> int:
    queued = 0
    for pk in pks:
        with transaction.atomic():
            claimed = Activity.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: timezone.now()}
            )
            if claimed:
                activity = Activity.objects.select_related("call", "submitted_by").get(pk=pk)
                _queue(activity, kind)
                queued += 1
    return queued


def remind_upcoming(now: datetime.datetime | None = None) -> int:
    """Remind, once, the submitters of approved activities starting within the lead time
    (``PLENARIA_ACTIVITY_REMIND_DAYS_BEFORE``, 7 days). Returns how many were queued."""
    now = now or timezone.now()
    lead = datetime.timedelta(days=getattr(settings, "PLENARIA_ACTIVITY_REMIND_DAYS_BEFORE", 7))
    due = _approved().filter(reminded_at__isnull=True, starts_at__gt=now, starts_at__lte=now + lead)
    return _claim_and_queue(
        "reminded_at", "reminder", list(due.order_by("pk").values_list("pk", flat=True))
    )


def ask_for_outcomes(now: datetime.datetime | None = None) -> int:
    """Ask, once, the submitters of approved activities that have ended for their outcome.
    Returns how many requests were queued."""
    now = now or timezone.now()
    within = getattr(settings, "PLENARIA_ACTIVITY_OUTCOME_ASK_WITHIN_DAYS", 30)
    ended = _approved().filter(
        outcome_asked_at__isnull=True,
        outcome__isnull=True,
        ends_at__lte=now,
        ends_at__gt=now - datetime.timedelta(days=within),
    )
    return _claim_and_queue(
        "outcome_asked_at", "outcome", list(ended.order_by("pk").values_list("pk", flat=True))
    )
