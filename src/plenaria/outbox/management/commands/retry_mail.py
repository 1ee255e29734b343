"""``plenaria retry_mail``: send a failed message again, once its cause is mended."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from plenaria.circulars import sending
from plenaria.circulars import tasks as circular_tasks
from plenaria.circulars.models import Delivery
from plenaria.registration import notifications
from plenaria.registration import tasks as registration_tasks
from plenaria.registration.models import Notification


class Command(BaseCommand):
    help = (
        "Queue a failed registration notification (optionally correcting its address) or a "
        "failed or interrupted letter delivery again; the ids are those of mail_status."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=["notification", "delivery"])
        parser.add_argument("id", type=int)
        parser.add_argument(
            "--email", help="Notifications: the registration's corrected e-mail address."
        )

    def handle(self, *args, kind: str, id: int, email: str | None, **options):
        if kind == "notification":
            notification = Notification.objects.filter(pk=id).first()
            if notification is None or notification.sent_at:
                raise CommandError(f"No unsent notification #{id}.")
            try:
                notifications.retry(None, notification, email=email)
            except ValidationError as error:
                raise CommandError(" ".join(dict.fromkeys(error.messages))) from error
            registration_tasks.send_notifications.enqueue()
        else:
            if email:
                raise CommandError(
                    "A delivery keeps the address it was queued for: correct the contact, "
                    "then send the letter again from its page."
                )
            delivery = Delivery.objects.filter(pk=id).first()
            if delivery is None or not sending.retry(None, delivery):
                raise CommandError(f"No failed or interrupted delivery #{id}.")
            circular_tasks.send_letter.enqueue(delivery.letter_id)
        self.stdout.write(f"The {kind} #{id} is queued again.")
