"""Who may write an organisation's pledges: its designated focal points and the people it has
authorised (``PledgerAccess``). The secretariat reads every pledge but writes none: it
moderates them (``moderation``)."""

from django.db.models import Q, QuerySet

from plenaria.contributions.models import Pledge
from plenaria.core.roles import is_secretariat
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Organisation


def organisations_of_pledger(user) -> QuerySet[Organisation]:
    """The active organisations ``user`` may pledge for."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        Q(contacts__focal_point__user=user) | Q(pledgers__user=user), is_active=True
    ).distinct()


def may_write_for(user, organisation) -> bool:
    organisation_id = getattr(organisation, "pk", organisation)
    return organisations_of_pledger(user).filter(pk=organisation_id).exists()


def may_edit(user, pledge: Pledge) -> bool:
    """True if ``user`` writes for the pledge's organisation (whatever its status: the
    services refuse a change to a pledge the secretariat holds)."""
    return may_write_for(user, pledge.organisation_id)


def may_read(user, pledge: Pledge) -> bool:
    return is_secretariat(user) or may_edit(user, pledge)


def pledges_of_pledger(user) -> QuerySet[Pledge]:
    """Every pledge of the organisations ``user`` pledges for, newest first."""
    return (
        Pledge.objects.filter(organisation__in=organisations_of_pledger(user))
        .select_related("organisation", "campaign")
        .order_by("-updated_at", "-pk")
    )


def region_names(pledge: Pledge) -> list[str]:
    """The ITU regions the pledger named, in the reader's language."""
    labels = dict(ItuRegion.choices)
    return [str(labels[code]) for code in pledge.regions or [] if code in labels]
