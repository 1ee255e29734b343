from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from plenaria.intake.evaluation import report


class Command(BaseCommand):
    help = (
        "Run the letter reader on a folder of letters, each NAME.txt beside its hand-written "
        "NAME.expected.json, and print per-field precision and recall (default: the built-in corpus)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", help="folder of letters and expected values")

    def handle(self, *args, folder=None, **options):
        if folder and not Path(folder).is_dir():
            raise CommandError(f"{folder} is not a folder.")
        self.stdout.write(report(folder))
