import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from plenaria.intake.extraction import IntakeError, extract_letter
from plenaria.intake.readers import read_letter_file


class Command(BaseCommand):
    help = "Read letters (.txt, .md, .pdf with a text layer) and print what each states, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")

    def handle(self, *args, files, **options):
        results, failed = [], 0
        for path in files:
            try:
                text = read_letter_file(path, settings.PLENARIA_INTAKE_MAX_BYTES)
                extraction = extract_letter(text)
                results.append({"file": path, "letter": extraction.to_dict()})
            except (IntakeError, OSError) as error:
                failed += 1
                message = str(getattr(error, "message", error))
                results.append(
                    {"file": path, "error": message, "code": getattr(error, "code", "unreadable")}
                )
        self.stdout.write(
            json.dumps(
                results if len(files) > 1 else results[0], ensure_ascii=False, indent=2, default=str
            )
        )
        if failed == len(files):
            raise CommandError(f"No letter could be read ({failed} failed).")
