"""Reads of letters for the archive and the letter pages, each a fixed number of queries."""

import datetime

from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.utils import timezone

from plenaria.circulars.choices import PUBLIC_STATUSES, LetterStatus
from plenaria.circulars.models import (
    Addressee,
    Letter,
    LetterRelation,
    LetterVersion,
    LetterWord,
    NumberingSeries,
    SeriesCounter,
)
from plenaria.circulars.numbering import format_reference, restarts_yearly
from plenaria.circulars.search import query_words
from plenaria.events.models import Event


def public_letters() -> QuerySet[Letter]:
    return Letter.objects.filter(status__in=PUBLIC_STATUSES)


class ArchiveResults(QuerySet):
    """Search results whose count, when only words are searched, is read from the word
    index alone: every indexed letter is a public one (words are written at issue, and an
    issued letter stays in the archive), so no join with the letters is needed. A queryset
    derived from this one counts in the ordinary way."""

    counted_words: list[str] | None = None

    def count(self) -> int:
        if self.counted_words and self._result_cache is None:
            return letters_with_words(self.counted_words)
        return super().count()


def letters_with_words(words: list[str]) -> int:
    found = LetterWord.objects.filter(word__in=words)
    if len(words) == 1:
        return found.count()
    # Each letter's words are stored once: a letter with every word has one row per word.
    return found.values("letter_id").annotate(n=Count("letter_id")).filter(n=len(words)).count()


def letter_list(
    text: str = "",
    year: int | None = None,
    office: str = "",
    series: str = "",
    event: str = "",
    category: str = "",
) -> QuerySet[Letter]:
    """Issued letters, latest first; the search ignores accents and case, in every language."""
    letters = ArchiveResults(Letter).filter(status__in=PUBLIC_STATUSES)
    letters = letters.select_related("office", "series")
    searched = query_words(text)
    for word in searched:
        letters = letters.filter(pk__in=LetterWord.objects.filter(word=word).values("letter_id"))
    if year:
        letters = letters.filter(date__year=year)
    if office:
        letters = letters.filter(office__code=office)
    if series:
        letters = letters.filter(series__code=series)
    # Sub-queries rather than joins: a letter never appears twice, and no DISTINCT is needed.
    if event:
        letters = letters.filter(
            pk__in=Event.letters.through.objects.filter(event__slug=event).values("letter_id")
        )
    if category:
        letters = letters.filter(
            pk__in=Addressee.objects.filter(category=category).values("letter_id")
        )
    # Ordered by language alone: the model's own order would join the letters to sort.
    versions = LetterVersion.objects.only("id", "letter_id", "language", "subject").order_by(
        "language"
    )
    results = letters.prefetch_related(Prefetch("versions", queryset=versions)).order_by(
        "-date", "-number", "-id"
    )
    if not (year or office or series or event or category):
        results.counted_words = searched
    return results


def years_with_letters() -> list[int]:
    years = public_letters().annotate(year=ExtractYear("date")).values_list("year", flat=True)
    return sorted(set(years), reverse=True)


def letter_detail(pk: int, include_drafts: bool = False) -> Letter:
    letters = Letter.objects.all() if include_drafts else public_letters()
    return (
        letters.select_related("office", "series")
        .prefetch_related(
            Prefetch("versions", queryset=LetterVersion.objects.prefetch_related("annexes")),
            "signatories",
            "addressees",
            "events",
            Prefetch(
                "relations_out",
                queryset=LetterRelation.objects.select_related("target"),
            ),
            Prefetch(
                "relations_in",
                queryset=LetterRelation.objects.filter(
                    source__status__in=PUBLIC_STATUSES
                ).select_related("source"),
            ),
        )
        .get(pk=pk)
    )


def version_for(letter: Letter, language: str) -> LetterVersion | None:
    """The version in ``language``, else English, else French, else any."""
    versions = {version.language: version for version in letter.versions.all()}
    for code in (language, language.split("-")[0], "en", "fr"):
        if code in versions:
            return versions[code]
    return next(iter(versions.values()), None)


DESK_ISSUED_SHOWN = 50


def desk_letters() -> tuple[list[Letter], list[Letter]]:
    """Every draft (newest first) and the latest issued letters, with their versions."""
    letters = (
        Letter.objects.select_related("office", "series")
        .prefetch_related(
            Prefetch(
                "versions",
                queryset=LetterVersion.objects.only(
                    "id", "letter_id", "language", "subject"
                ).order_by("language"),
            )
        )
        .order_by("-updated_at", "-id")
    )
    drafts = list(letters.filter(status=LetterStatus.DRAFT))
    issued = list(
        letters.exclude(status=LetterStatus.DRAFT).order_by("-date", "-id")[:DESK_ISSUED_SHOWN]
    )
    return drafts, issued


def next_numbers(series_ids=None, on=None) -> dict[int, str]:
    """For each numbering series, the reference its next letter would take if issued on
    ``on`` (today by default): an example for people, who never see the pattern itself.
    One query for all series."""
    day: datetime.date = on or timezone.localdate()
    series = NumberingSeries.objects.only("pk", "pattern")
    if series_ids is not None:
        series = series.filter(pk__in=series_ids)
    series = list(series)
    last = {
        (counter.series_id, counter.year): counter.last_number
        for counter in SeriesCounter.objects.filter(
            series__in=[s.pk for s in series], year__in=[0, day.year]
        )
    }
    examples = {}
    for item in series:
        year = day.year if restarts_yearly(item.pattern) else 0
        number = last.get((item.pk, year), 0) + 1
        examples[item.pk] = format_reference(item.pattern, day.year, number)
    return examples
