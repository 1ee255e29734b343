"""Reads of letters for the archive and the letter pages, each a fixed number of queries."""

from django.db.models import Prefetch, QuerySet
from django.db.models.functions import ExtractYear

from plenaria.circulars.choices import PUBLIC_STATUSES
from plenaria.circulars.models import (
    Addressee,
    Letter,
    LetterRelation,
    LetterVersion,
    LetterWord,
)
from plenaria.circulars.search import query_words
from plenaria.events.models import Event


def public_letters() -> QuerySet[Letter]:
    return Letter.objects.filter(status__in=PUBLIC_STATUSES)


def letter_list(
    text: str = "",
    year: int | None = None,
    office: str = "",
    series: str = "",
    event: str = "",
    category: str = "",
) -> QuerySet[Letter]:
    """Issued letters, latest first; the search ignores accents and case, in every language."""
    letters = public_letters().select_related("office", "series")
    for word in query_words(text):
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
    versions = LetterVersion.objects.only("id", "letter_id", "language", "subject")
    return letters.prefetch_related(Prefetch("versions", queryset=versions)).order_by(
        "-date", "-number", "-id"
    )


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
