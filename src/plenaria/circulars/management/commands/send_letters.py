"""Send the queued deliveries of issued letters; run it again after a stop to finish."""

import time

from django.core.management.base import BaseCommand

from plenaria.circulars.sending import LEASE_SECONDS, send_pending


class Command(BaseCommand):
    help = "Send queued circular-letter deliveries (each address at most once)."

    def add_arguments(self, parser):
        parser.add_argument("--letter", type=int, help="Only this letter (its id).")
        parser.add_argument(
            "--lease",
            type=int,
            default=LEASE_SECONDS,
            help="Seconds after which a delivery left in 'sending' is taken as interrupted.",
        )
        parser.add_argument(
            "--loop", type=float, default=0, help="Keep running, looking for work every N seconds."
        )

    def handle(self, *args, letter=None, lease=LEASE_SECONDS, loop=0, **options):
        while True:
            report = send_pending(letter_id=letter, lease_seconds=lease)
            self.stdout.write(
                f"sent {report.sent}, retrying {report.retrying}, failed {report.failed}, "
                f"interrupted {report.uncertain}"
            )
            if not loop:
                return
            time.sleep(loop)
