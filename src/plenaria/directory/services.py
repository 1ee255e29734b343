"""Every change to the directory goes through here, validated and logged."""

from django.db import transaction

from plenaria.core.services import save_validated
from plenaria.directory.models import Contact, FocalPoint, Organisation


def save_organisation(actor, organisation: Organisation) -> Organisation:
    return save_validated(actor, organisation)


def save_contact(actor, contact: Contact) -> Contact:
    return save_validated(actor, contact)


@transaction.atomic
def designate_focal_point(actor, contact: Contact, user=None) -> FocalPoint:
    """Make ``contact`` a focal point of their organisation, optionally with a login."""
    focal_point = FocalPoint.objects.filter(contact=contact).first() or FocalPoint(contact=contact)
    focal_point.user = user if user is not None else focal_point.user
    return save_validated(actor, focal_point, action="designate focal point")
