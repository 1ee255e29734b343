from django.core.management.base import BaseCommand
from django.db import transaction

from plenaria.directory import reference_data
from plenaria.directory.models import Country, Grouping


class Command(BaseCommand):
    help = "Load countries, ITU regions and UN groupings (LDC, LLDC, SIDS) from the data files."

    @transaction.atomic
    def handle(self, *args, **options):
        counts = reference_data.load(Country, Grouping)
        self.stdout.write(", ".join(f"{key}: {value}" for key, value in counts.items()))
