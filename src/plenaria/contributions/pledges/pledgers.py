"""An organisation's designated focal points (or the secretariat) authorise people with an
account to write its pledges, and take that right back."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from plenaria.contributions.models import PledgerAccess
from plenaria.core import audit
from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of


def may_authorise(user, organisation) -> bool:
    return is_secretariat(user) or organisations_of(user).filter(pk=organisation.pk).exists()


def authorise(actor, organisation, email: str) -> PledgerAccess:
    """Let the account of ``email`` write ``organisation``'s pledges."""
    if not may_authorise(actor, organisation):
        raise PermissionDenied(_("Only the organisation's focal points authorise its pledgers."))
    email = (email or "").strip()
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        raise ValidationError(
            {"email": _("No active account uses this address: the person must have one first.")}
        )
    with transaction.atomic():
        access, created = PledgerAccess.objects.get_or_create(organisation=organisation, user=user)
        if not created:
            raise ValidationError({"email": _("This person may already pledge for it.")})
        # Logged on the organisation, by the account's number: the log names no one.
        audit.record(actor, "authorise pledger", organisation, {"pledger": [None, user.pk]})
    return access


def withdraw(actor, access: PledgerAccess) -> None:
    if not may_authorise(actor, access.organisation):
        raise PermissionDenied(_("Only the organisation's focal points authorise its pledgers."))
    with transaction.atomic():
        audit.record(
            actor, "withdraw pledger", access.organisation, {"pledger": [access.user_id, None]}
        )
        access.delete()
