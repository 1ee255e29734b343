"""Who sees an event's dashboard: the secretariat, the whole event (drafts too); a designated
focal point, their own delegation's part of an announced event where it has registered."""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event
from plenaria.registration.models import Registration


def dashboard_of(user, slug: str):
    """The event and the organisations whose part ``user`` sees (None: the whole event)."""
    event = get_object_or_404(Event.objects.select_related("series"), slug=slug)
    if is_secretariat(user):
        return event, None
    organisations = organisations_of(user)
    if event.status in PUBLIC_STATUSES and delegated(organisations).filter(pk=event.pk).exists():
        return event, organisations
    raise PermissionDenied(
        _(
            "Only the secretariat, and the focal points of the delegations registered for this "
            "event, see its dashboard."
        )
    )


def delegated(organisations) -> QuerySet[Event]:
    """The announced events where one of ``organisations`` has registrations."""
    theirs = Registration.objects.filter(event=OuterRef("pk"), organisation__in=organisations)
    return Event.objects.filter(Exists(theirs), status__in=PUBLIC_STATUSES)


def with_registrations() -> QuerySet[Event]:
    """Every event that has received a registration, drafts included."""
    return Event.objects.filter(Exists(Registration.objects.filter(event=OuterRef("pk"))))
