"""Sending the recorded notifications, each in the registrant's own language."""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from plenaria.registration.models import Notification
from plenaria.registration.tokens import private_url


@transaction.atomic
def deliver(notification_id: int) -> bool:
    """Send one notification unless it has been sent already; True if sent now."""
    notification = (
        Notification.objects.select_for_update(of=("self",))
        .select_related("registration__event", "registration__organisation")
        .filter(pk=notification_id, sent_at__isnull=True)
        .first()
    )
    if notification is None:
        return False
    registration = notification.registration
    with translation.override(notification.language):
        context = {
            "registration": registration,
            "event": registration.event,
            "kind": notification.kind,
            "link": private_url(registration),
        }
        subject = f"{registration.event.acronym}: {notification.get_kind_display()}"
        body = render_to_string("registration/email/notification.txt", context)
    send_mail(subject, body, None, [registration.email])
    notification.sent_at = timezone.now()
    notification.save(update_fields=["sent_at"])
    return True


def send_unsent() -> int:
    """Send whatever was recorded and not sent, oldest first; returns how many were sent now."""
    pending = Notification.objects.filter(sent_at__isnull=True).order_by("created_at", "id")
    return sum(deliver(pk) for pk in list(pending.values_list("pk", flat=True)))
