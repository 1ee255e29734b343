"""Archive search over 20,000 issued letters: median time of the search query (the first
page of results and its count), for a rare word, a common word and two words.
Target: ≤ 50 ms on PostgreSQL.

Run: DATABASE_URL=postgres://…/plenaria_bench .venv/bin/python bench/circular_search.py
(without DATABASE_URL: a throw-away SQLite database)
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

LETTERS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
ROUNDS = 20
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")
# A key of the bench's own, over plain HTTP, with debug off as in production.
os.environ.setdefault("PLENARIA_SECRET_KEY", "bench-only-key-good-for-nothing-else-7c2e5d")
os.environ.setdefault("PLENARIA_HTTPS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import django  # noqa: E402

django.setup()

import datetime  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from plenaria.circulars import queries  # noqa: E402
from plenaria.circulars.demo import load_circulars_demo  # noqa: E402
from plenaria.circulars.models import (  # noqa: E402
    Letter,
    LetterVersion,
    LetterWord,
    NumberingSeries,
)
from plenaria.circulars.search import words  # noqa: E402

# Each synthetic letter draws its words from one of the ten demo texts (five letters, two
# languages), so a word is as common in the archive as it is across those letters.
TEXTS = [
    path.read_text().split()
    for path in sorted(
        (Path(__file__).resolve().parents[1] / "src/plenaria/circulars/data/demo").glob("*.md")
    )
]


def fill() -> None:
    """Issued letters with ~600 words of French each, written straight to the tables: the
    services would take hours for 20,000 letters and are not what is measured here."""
    series = NumberingSeries.objects.get(code="CL")
    rng = random.Random(7)
    start = Letter.objects.count()
    for batch in range(0, LETTERS, 1000):
        letters, texts = [], []
        for n in range(batch, min(batch + 1000, LETTERS)):
            vocabulary = TEXTS[n % len(TEXTS)]
            body = " ".join(rng.choice(vocabulary) for _ in range(600))
            subject = f"Lettre {n} " + " ".join(rng.choice(vocabulary) for _ in range(12))
            year = 1990 + n % 35
            texts.append(f"{subject} {body}")
            letters.append(
                Letter(
                    office=series.office,
                    series=series,
                    status="issued",
                    number=1000 + n,
                    number_year=year,
                    reference=f"CL-{year % 100:02d}/{1000 + n}",
                    date=datetime.date(year, 1 + n % 12, 1 + n % 28),
                )
            )
        created = Letter.objects.bulk_create(letters)
        LetterWord.objects.bulk_create(
            (
                LetterWord(letter=letter, word=word)
                for letter, text in zip(created, texts, strict=True)
                for word in set(words(f"{letter.reference} {text}"))
            ),
            batch_size=5000,
        )
        LetterVersion.objects.bulk_create(
            LetterVersion(
                letter=letter,
                language="fr",
                subject=f"Objet {letter.number}",
                salutation="Madame, Monsieur,",
                body="…",
                closing="…",
            )
            for letter in created
        )
    print(f"{Letter.objects.count() - start} letters added")


def median_ms(text: str) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        results = queries.letter_list(text=text)
        results.count()
        list(results[:20])
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    call_command("migrate", verbosity=0)
    load_circulars_demo()
    if Letter.objects.count() < LETTERS:
        fill()
    if connection.vendor == "postgresql":
        # As autovacuum leaves a settled database: statistics and the visibility map that
        # lets the word index answer on its own (index-only scans).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE circulars_letter")
            cursor.execute("VACUUM ANALYZE circulars_letterword")
    print(f"{connection.vendor}, {Letter.objects.count()} letters")
    for text in ("xylophone", "Kigali", "KIGALI rwanda", "CL-95/1005", "développement", "the"):
        ms = median_ms(text)
        print(f"search {text!r:<18} {ms:7.1f} ms  {'OK' if ms <= 50 else 'over target'}")


if __name__ == "__main__":
    main()
