"""A person's entries in the directory: exported, and erased on request.

An erased contact stays in its organisation's list (letters already sent still name their
contact row) with the name "Erased", no address, telephone, title or position, and inactive,
so no letter is sent to it again. A focal-point designation ends: the organisation designates
someone else. The login account, if any, is not part of the directory and is closed in the
administration.
"""

from django.db import transaction
from django.db.models import QuerySet

from plenaria.core import audit
from plenaria.core.services import delete_logged
from plenaria.directory.models import Contact, FocalPoint

ERASED = "Erased"
ERASED_ACTION = "personal data erased"


def of_person(email: str) -> QuerySet[Contact]:
    return Contact.objects.filter(email__iexact=(email or "").strip())


def export(email: str) -> dict:
    contacts = of_person(email).select_related("organisation", "focal_point__user").order_by("pk")
    return {"contacts": [_exported(contact) for contact in contacts]}


def _exported(contact: Contact) -> dict:
    focal_point = getattr(contact, "focal_point", None)
    return {
        "id": contact.pk,
        "organisation": str(contact.organisation),
        "title": contact.title,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "position": contact.job_title,
        "email": contact.email,
        "phone": contact.phone,
        "preferred_language": contact.preferred_language,
        "active": contact.is_active,
        "focal_point": focal_point
        and {
            "designated_on": focal_point.designated_on.isoformat(),
            "login": focal_point.user.get_username() if focal_point.user else None,
        },
    }


@transaction.atomic
def erase(actor, email: str) -> int:
    """Erase the contacts of one address (in every organisation); returns how many."""
    contacts = list(of_person(email).select_for_update().order_by("pk"))
    for contact in contacts:
        focal_point = FocalPoint.objects.filter(contact=contact).first()
        if focal_point is not None:
            delete_logged(actor, focal_point)
        before = audit.snapshot(contact)
        contact.title = contact.first_name = contact.job_title = contact.phone = ""
        contact.last_name, contact.email, contact.is_active = ERASED, "", False
        contact.save()
        audit.record(actor, ERASED_ACTION, contact, audit.diff(before, audit.snapshot(contact)))
    return len(contacts)
