"""Who may submit to a call for activities, and who may change an activity.

A call for members takes activities from people acting for a member organisation (its focal
points and the people it authorised: the same people who pledge for it). A call open to
anyone takes them from any signed-in person with a confirmed e-mail address: an account is
active only once its owner opened the link mailed to it, so an active account with an
address is one whose address was confirmed.
"""

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.choices import EDITABLE, WhoMaySubmit
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.contributions.pledges.access import organisations_of_pledger
from plenaria.core.roles import is_secretariat
from plenaria.core.timezones import format_date

NOT_OPEN_YET = _("This call opens on %(date)s: activities cannot be submitted before.")
CLOSED = _("This call closed on %(date)s: activities can no longer be submitted or changed.")
MEMBERS_ONLY = _(
    "This call takes activities from member organisations only: your account acts for none. "
    "Ask your organisation's designated focal point to authorise you."
)
NO_CONFIRMED_ADDRESS = _("Sign in with an account whose e-mail address is confirmed.")


def has_confirmed_address(user) -> bool:
    return bool(
        getattr(user, "is_authenticated", False) and user.is_active and (user.email or "").strip()
    )


def call_is_open(call: ActivityCall, today=None) -> bool:
    today = today or timezone.localdate()
    return call.opens_on <= today <= call.closes_on


def closed_reason(call: ActivityCall, today=None) -> str | None:
    """Why the call takes nothing today, or None while it is open."""
    today = today or timezone.localdate()
    if today < call.opens_on:
        return str(NOT_OPEN_YET % {"date": format_date(call.opens_on)})
    if today > call.closes_on:
        return str(CLOSED % {"date": format_date(call.closes_on)})
    return None


def refusal_to_submit(user, call: ActivityCall) -> str | None:
    """Why ``user`` may not submit to ``call`` (whether open or not), or None."""
    if not has_confirmed_address(user):
        return str(NO_CONFIRMED_ADDRESS)
    if call.who_may_submit == WhoMaySubmit.MEMBERS and not organisations_of_pledger(user).exists():
        return str(MEMBERS_ONLY)
    return None


def organisations_for(user) -> QuerySet:
    """The organisations ``user`` may name as an activity's organiser."""
    return organisations_of_pledger(user)


def activities_of(user) -> QuerySet[Activity]:
    """The activities ``user`` submitted or may change for an organisation, newest first."""
    if not getattr(user, "is_authenticated", False):
        return Activity.objects.none()
    return (
        Activity.objects.filter(
            Q(submitted_by=user) | Q(organisation__in=organisations_of_pledger(user).values("pk"))
        )
        .select_related("call__event", "country", "organisation")
        .order_by("-updated_at", "-pk")
    )


def may_read(user, activity: Activity) -> bool:
    """Its submitter, people acting for its organisation, and the secretariat."""
    if not getattr(user, "is_authenticated", False):
        return False
    if activity.submitted_by_id == user.pk or is_secretariat(user):
        return True
    return bool(
        activity.organisation_id
        and organisations_of_pledger(user).filter(pk=activity.organisation_id).exists()
    )


def is_owner(user, activity: Activity) -> bool:
    """Its submitter or someone acting for its organisation (not the secretariat, which
    moderates but writes nothing)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if activity.submitted_by_id == user.pk:
        return True
    return bool(
        activity.organisation_id
        and organisations_of_pledger(user).filter(pk=activity.organisation_id).exists()
    )


def may_edit(user, activity: Activity) -> bool:
    """An owner, while the call is open and the secretariat does not hold the activity."""
    return is_owner(user, activity) and activity.status in EDITABLE and call_is_open(activity.call)
