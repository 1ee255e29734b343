"""Bounces: a mail accepted by our server that the recipient's server later gave back."""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from plenaria.circulars.choices import DeliveryState as S
from plenaria.circulars.dsn import bounces_in, delivery_of_token, messages_in
from plenaria.circulars.models import Delivery
from plenaria.core import audit

# A bounce can only follow a mail that went out (or may have).
BOUNCEABLE = [S.SENT, S.UNCERTAIN, S.SENDING, S.BOUNCED]


@transaction.atomic
def record_bounce(actor, delivery_or_address: Delivery | str, reason: str) -> Delivery:
    """Mark a delivery bounced with the server's reason. Given an address, the latest mail
    sent to it is the one that bounced. Recording the same bounce twice changes nothing."""
    deliveries = Delivery.objects.select_for_update()
    if isinstance(delivery_or_address, Delivery):
        delivery = deliveries.filter(pk=delivery_or_address.pk).first()
    else:
        delivery = (
            deliveries.filter(email__iexact=delivery_or_address.strip(), state__in=BOUNCEABLE)
            .order_by("-sent_at", "-id")
            .first()
        )
    if delivery is None:
        raise ValidationError(
            _("No letter was sent to %(address)s.") % {"address": delivery_or_address},
            code="unknown",
        )
    if delivery.state not in BOUNCEABLE:
        raise ValidationError(
            _("The mail to %(address)s has not been sent, so it cannot have bounced.")
            % {"address": delivery.email},
            code="not_sent",
        )
    reason = " ".join((reason or "").split())[:2000] or _("Returned by the mail server.")
    if delivery.state == S.BOUNCED and delivery.last_error == reason:
        return delivery
    before = delivery.state
    delivery.state, delivery.last_error = S.BOUNCED, reason
    delivery.save(update_fields=["state", "last_error"])
    audit.record(actor, "bounce", delivery, {"state": [before, S.BOUNCED], "reason": reason})
    return delivery


@dataclass
class BounceReport:
    recorded: int = 0
    skipped: int = 0  # mails that report no failure (other mail, delays)
    refused: list[str] = field(default_factory=list)


def _bounced_delivery(bounce) -> Delivery | str | None:
    """The delivery a bounce names by its signed header, else its recipient's address; None
    when the header is forged or names a delivery to another address."""
    if not bounce.token:
        return bounce.recipient or None
    delivery_id = delivery_of_token(bounce.token)
    delivery = Delivery.objects.filter(pk=delivery_id).first() if delivery_id else None
    if delivery is None or (bounce.recipient and delivery.email.lower() != bounce.recipient):
        return None
    return delivery


def record_bounces_from(actor, paths: list[Path]) -> BounceReport:
    """Every failure reported in these mailboxes or mail files, each in its own transaction."""
    report = BounceReport()
    for path in paths:
        for message in messages_in(path):
            bounces = bounces_in(message)
            if not bounces:
                report.skipped += 1
            for bounce in bounces:
                target = _bounced_delivery(bounce)
                if target is None:
                    report.refused.append(
                        _("%(address)s: the report names no mail sent by Plenaria.")
                        % {"address": bounce.recipient or "?"}
                    )
                    continue
                try:
                    record_bounce(actor, target, bounce.reason)
                except ValidationError as error:
                    report.refused.extend(error.messages)
                else:
                    report.recorded += 1
    return report
