"""Turn a reviewed letter into a draft circular letter, through the circulars app's services.

A letter read in was already numbered by its issuer. It is kept as a draft, with the issuer's
reference recorded on it, so that a person decides what becomes of it; Plenaria gives it a
number of its own only if someone issues it.
"""

from dataclasses import dataclass

from plenaria.circulars import services as letter_services
from plenaria.circulars.choices import LetterStatus
from plenaria.circulars.models import Annex, Letter, LetterVersion, Signatory
from plenaria.events.models import Event
from plenaria.intake.extraction import LetterExtraction
from plenaria.intake.extraction.parts import LetterParts
from plenaria.intake.letter_proposal import RELATION_KINDS


@dataclass
class ReviewedLetter:
    """What the reviewer confirmed: the letter (office, series, date, contact), its language,
    the issuer's reference, subject, salutation, closing and addressee categories."""

    letter: Letter
    language: str
    reference: str
    subject: str
    salutation: str
    closing: str
    addressees: list[str]


def create_draft_letter(
    actor,
    reviewed: ReviewedLetter,
    extraction: LetterExtraction,
    parts: LetterParts,
    event: Event | None,
) -> Letter:
    """Save the letter with one language version, its signatories, annexes, addressees, the
    event it announces and its relations to earlier letters. The caller holds the transaction."""
    letter = reviewed.letter
    letter.reference = reviewed.reference
    letter_services.save_letter(actor, letter)
    version = letter_services.save_part(
        actor,
        LetterVersion(
            letter=letter,
            language=reviewed.language,
            subject=reviewed.subject,
            salutation=reviewed.salutation,
            body=parts.body,
            closing=reviewed.closing,
        ),
    )
    for order, signatory in enumerate(extraction.signatories):
        title = signatory.title.value if signatory.title else ""
        letter_services.save_part(
            actor,
            Signatory(
                letter=letter,
                order=order,
                name=signatory.name.value[:120],
                position={reviewed.language: title[:200]} if title else {},
            ),
        )
    for order, found in enumerate(extraction.annexes, start=1):
        title = found.value[:300]
        letter_services.save_part(
            actor,
            Annex(version=version, order=order, title=title, body=_annex_text(title, parts)),
        )
    letter_services.set_addressees(actor, letter, reviewed.addressees)
    if event is not None:
        letter_services.set_events(actor, letter, [event])
    for cited in extraction.references:
        kind = RELATION_KINDS.get(cited.value["relation"])
        if kind:
            reference = cited.value["reference"]
            target = Letter.objects.filter(reference__iexact=reference).exclude(
                status=LetterStatus.DRAFT
            )
            target = target.exclude(pk=letter.pk).first()
            letter_services.relate(actor, letter, kind, target, "" if target else reference[:80])
    return letter


def _annex_text(title: str, parts: LetterParts) -> str:
    """The annex's own page when the letter carries it (the longest page naming its title),
    else its title, for the reviewer to complete."""
    key = " ".join(title.lower().split())[:20]
    pages = [page for page in parts.annex_pages if key in " ".join(page.lower().split())]
    if not pages and len(parts.annex_pages) == 1:
        pages = parts.annex_pages
    return max(pages, key=len) if pages else title
