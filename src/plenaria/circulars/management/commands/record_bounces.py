"""Record the bounces reported in delivery status notifications (an mbox or .eml files)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from plenaria.circulars.bounces import record_bounces_from


class Command(BaseCommand):
    help = (
        "Read RFC 3464 delivery status notifications from mbox or .eml files and mark the "
        "circular-letter deliveries they report as bounced."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, help="mbox or .eml files")

    def handle(self, *args, files, **options):
        missing = [str(path) for path in files if not path.is_file()]
        if missing:
            raise CommandError(f"No such file: {', '.join(missing)}")
        report = record_bounces_from(None, files)
        for problem in report.refused:
            self.stderr.write(problem)
        self.stdout.write(
            f"bounces recorded {report.recorded}, refused {len(report.refused)}, "
            f"mails reporting no failure {report.skipped}"
        )
