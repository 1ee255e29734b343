"""Every change to letters goes through here: validated, logged, and refused once issued."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plenaria.circulars.choices import LetterStatus, RelationKind
from plenaria.circulars.markup import validate_markdown
from plenaria.circulars.models import (
    Addressee,
    Letter,
    LetterRelation,
    LetterWord,
    NumberingSeries,
    SeriesCounter,
)
from plenaria.circulars.numbering import format_reference, restarts_yearly
from plenaria.circulars.search import letter_words
from plenaria.core import audit
from plenaria.core.services import delete_logged, save_validated


def _locked_draft(letter_id) -> Letter:
    """The letter, locked, provided it is still a draft: issued letters never change."""
    letter = Letter.objects.select_for_update().get(pk=letter_id)
    if letter.status != LetterStatus.DRAFT:
        raise ValidationError(
            _(
                "Letter %(reference)s is issued and can no longer be changed. "
                "Write a corrigendum or a new letter that supersedes it."
            ),
            code="issued",
            params={"reference": letter.full_reference},
        )
    return letter


def _letter_of(part: models.Model) -> int:
    if isinstance(part, Letter):
        return part.pk
    if hasattr(part, "letter_id"):
        return part.letter_id
    if hasattr(part, "source_id"):
        return part.source_id
    return part.version.letter_id  # an annex


@transaction.atomic
def save_letter(actor, letter: Letter) -> Letter:
    """Create a draft letter or change one; an issued letter is refused."""
    if letter.pk is not None:
        _locked_draft(letter.pk)
    else:
        letter.status = LetterStatus.DRAFT
    return save_validated(actor, letter)


@transaction.atomic
def save_part(actor, part: models.Model) -> models.Model:
    """Save a version, annex, signatory, addressee or relation of a draft letter."""
    _locked_draft(_letter_of(part))
    return save_validated(actor, part)


@transaction.atomic
def delete_part(actor, part: models.Model) -> None:
    _locked_draft(_letter_of(part))
    delete_logged(actor, part)


@transaction.atomic
def set_addressees(actor, letter: Letter, categories: list[str]) -> list[Addressee]:
    _locked_draft(letter.pk)
    for stale in letter.addressees.exclude(category__in=categories):
        delete_logged(actor, stale)
    kept = []
    for order, category in enumerate(dict.fromkeys(categories)):
        addressee = letter.addressees.filter(category=category).first() or Addressee(
            letter=letter, category=category
        )
        addressee.order = order
        kept.append(save_validated(actor, addressee))
    return kept


@transaction.atomic
def set_events(actor, letter: Letter, events) -> None:
    """Tie the letter to the events it concerns (shown on both pages)."""
    _locked_draft(letter.pk)
    before = sorted(letter.events.values_list("pk", flat=True))
    letter.events.set(events)
    after = sorted(letter.events.values_list("pk", flat=True))
    if before != after:
        audit.record(actor, "update", letter, {"events": [before, after]})


@transaction.atomic
def set_groupings(actor, letter: Letter, groupings) -> None:
    """Narrow the addressees to countries in these groupings (LDC, LLDC, SIDS)."""
    _locked_draft(letter.pk)
    before = sorted(letter.groupings.values_list("pk", flat=True))
    letter.groupings.set(groupings)
    after = sorted(letter.groupings.values_list("pk", flat=True))
    if before != after:
        audit.record(actor, "update", letter, {"groupings": [before, after]})


def relate(actor, source: Letter, kind: str, target: Letter | None = None, reference: str = ""):
    return save_part(
        actor, LetterRelation(source=source, kind=kind, target=target, target_reference=reference)
    )


@transaction.atomic
def delete_letter(actor, letter: Letter) -> None:
    """Only a draft may be deleted; an issued letter stays in the archive for good."""
    delete_logged(actor, _locked_draft(letter.pk))


def _problems_before_issue(letter: Letter) -> list[str]:
    problems = []
    versions = list(letter.versions.prefetch_related("annexes"))
    if not versions:
        problems.append(_("Write the letter in at least one language."))
    for version in versions:
        language = version.get_language_display()
        if not version.subject.strip():
            problems.append(_("The %(language)s version has no subject.") % {"language": language})
        if not version.body.strip():
            problems.append(_("The %(language)s version has no text.") % {"language": language})
        for text in [version.body, *(annex.body for annex in version.annexes.all())]:
            try:
                validate_markdown(text)
            except ValidationError as error:
                problems.extend(error.messages)
    if not letter.signatories.exists():
        problems.append(_("Add at least one signatory."))
    if not letter.addressees.exists():
        problems.append(_("Choose at least one addressee category."))
    return problems


def problems_before_issue(letter: Letter) -> list[str]:
    """What still stops a draft from being issued, in words for the secretariat."""
    return _problems_before_issue(letter)


def _next_number(series: NumberingSeries, year: int) -> int:
    # Locking the series row serialises every issue in this series, including the very
    # first one of a year, when the counter row does not exist yet.
    NumberingSeries.objects.select_for_update().get(pk=series.pk)
    counter, _created = SeriesCounter.objects.get_or_create(series=series, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


@transaction.atomic
def issue_letter(actor, letter: Letter, on: datetime.date | None = None) -> Letter:
    """Give the letter its number and make it final.

    The number is taken inside this transaction: if anything fails, the counter is rolled
    back with the letter, so numbers stay gap-free.
    """
    letter = _locked_draft(letter.pk)
    problems = _problems_before_issue(letter)
    if problems:
        raise ValidationError(problems, code="incomplete")
    letter.date = on or letter.date or timezone.localdate()
    series = letter.series
    year = letter.date.year if restarts_yearly(series.pattern) else 0
    letter.number_year = year
    letter.number = _next_number(series, year)
    letter.reference = format_reference(series.pattern, letter.date.year, letter.number)
    if Letter.objects.filter(reference=letter.reference).exclude(pk=letter.pk).exists():
        raise ValidationError(
            _("Reference %(reference)s is already used by another letter; check the series."),
            code="duplicate_reference",
            params={"reference": letter.reference},
        )
    letter.status = LetterStatus.ISSUED
    letter.issued_at = timezone.now()
    letter.issued_by = actor if getattr(actor, "is_authenticated", False) else None
    save_validated(actor, letter, action="issue")
    LetterWord.objects.bulk_create(
        [LetterWord(letter=letter, word=word) for word in letter_words(letter)], batch_size=1000
    )
    for relation in letter.relations_out.filter(kind=RelationKind.SUPERSEDES, target__isnull=False):
        _mark_superseded(actor, relation.target)
    return letter


def _mark_superseded(actor, earlier: Letter) -> None:
    earlier = Letter.objects.select_for_update().get(pk=earlier.pk)
    if earlier.status == LetterStatus.ISSUED:
        earlier.status = LetterStatus.SUPERSEDED
        save_validated(actor, earlier, action="superseded")


@transaction.atomic
def withdraw_letter(actor, letter: Letter, reason: str) -> Letter:
    letter = Letter.objects.select_for_update().get(pk=letter.pk)
    if letter.status != LetterStatus.ISSUED:
        raise ValidationError(_("Only an issued letter can be withdrawn."), code="not_issued")
    if not reason.strip():
        raise ValidationError(_("Say why the letter is withdrawn."), code="no_reason")
    letter.status = LetterStatus.WITHDRAWN
    letter.withdrawal_reason = reason.strip()
    return save_validated(actor, letter, action="withdraw")


@transaction.atomic
def set_next_number(actor, series: NumberingSeries, year: int, next_number: int) -> SeriesCounter:
    """Continue a series begun before Plenaria (e.g. the next CL of 2021 is CL-21/20)."""
    NumberingSeries.objects.select_for_update().get(pk=series.pk)
    year = year if restarts_yearly(series.pattern) else 0
    highest = (
        Letter.objects.filter(series=series, number_year=year).aggregate(models.Max("number"))[
            "number__max"
        ]
        or 0
    )
    if next_number <= highest:
        raise ValidationError(
            _("Number %(number)d is already given in this series; the next is %(next)d at least."),
            code="backwards",
            params={"number": next_number, "next": highest + 1},
        )
    counter, _created = SeriesCounter.objects.get_or_create(series=series, year=year)
    before = counter.last_number
    counter.last_number = next_number - 1
    counter.save(update_fields=["last_number"])
    audit.record(actor, "set next number", counter, {"last_number": [before, counter.last_number]})
    return counter
