"""``plenaria mail_status``: what mail is waiting, failing or stuck, and whether the periodic
jobs that send it are running. It reads; it changes nothing."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from plenaria.circulars import sending
from plenaria.core.models import PeriodicJob
from plenaria.registration import notifications

MAIL_JOBS = ["registration.send_notifications", "circulars.send_deliveries"]
# A mail job not started for this long means no worker is running (its period is a minute).
JOB_LATE = datetime.timedelta(minutes=5)


def _ago(moment, now) -> str:
    if moment is None:
        return "never"
    minutes = int((now - moment).total_seconds() // 60)
    when = timezone.localtime(moment, datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{when} ({minutes} min ago)" if minutes >= 0 else f"{when} (in {-minutes} min)"


class Command(BaseCommand):
    help = (
        "Show the mail waiting, retrying, failed or interrupted (registration notifications "
        "and letter deliveries), the last errors, and the periodic jobs that send it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--errors", type=int, default=5, help="How many last errors to list.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit with an error if mail has failed, is interrupted or no worker runs.",
        )

    def handle(self, *args, errors: int, check: bool, **options):
        now = timezone.now()
        trouble = []
        for title, state in [
            ("Registration notifications", notifications.mail_state(errors)),
            ("Letter deliveries", sending.mail_state(errors)),
        ]:
            counts = ", ".join(f"{n} {name}" for name, n in state["counts"].items())
            self.stdout.write(f"{title}: {counts}")
            if state["oldest_due"]:
                self.stdout.write(f"  oldest due since {_ago(state['oldest_due'], now)}")
            for error in state["errors"]:
                self.stdout.write(
                    f"  #{error['id']} {error['address']} {error['state']} after "
                    f"{error['attempts']} attempt(s): {error['error']}"
                )
            if state["counts"]["failed"] or state["counts"]["uncertain"]:
                trouble.append(title)
        self.stdout.write("Periodic jobs:")
        jobs = {job.name: job for job in PeriodicJob.objects.filter(name__in=MAIL_JOBS)}
        for name in MAIL_JOBS:
            job = jobs.get(name)
            started = job.last_started_at if job else None
            line = f"  {name}: last started {_ago(started, now)}"
            if job and job.last_error:
                line += f"; last error: {job.last_error.splitlines()[0][:200]}"
            self.stdout.write(line)
            if started is None or now - started > JOB_LATE:
                self.stdout.write("    not started lately: is `plenaria worker` running?")
                trouble.append(name)
        if check and trouble:
            raise CommandError(f"Needs attention: {', '.join(trouble)}")
