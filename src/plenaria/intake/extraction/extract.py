"""``extract(text)``: every fact a letter states, each with where it was found."""

from __future__ import annotations

import bisect
import datetime as dt

from django.utils.translation import gettext_lazy as _

from .addressees import find_addressees
from .closing import find_annexes, find_signatories
from .contacts import find_body_contact, find_contacts
from .deadlines import find_deadlines
from .errors import IntakeError
from .events import find_events
from .header import find_office, find_place_date, find_salutation, find_subject
from .layout import find_layout
from .lexicon import detect_language
from .model import Found, LetterExtraction
from .normalise import Doc
from .references import find_cited, find_own_reference

MAX_CHARS = 400_000


def extract(text: str) -> LetterExtraction:
    """Read a letter. Never raises for any string; what the letter does not state stays empty."""
    if not isinstance(text, str):
        raise TypeError("extract() takes the text of a letter")
    text = text[:MAX_CHARS]
    doc = Doc(text)
    out = LetterExtraction(language=detect_language(doc.fold))
    if not doc.norm.strip():
        return out
    layout = find_layout(doc)
    out.office = find_office(doc, layout)
    out.place, out.date = find_place_date(doc, layout)
    out.reference = find_own_reference(doc, layout)
    contacts, contact_spans = find_contacts(doc, layout)
    if "contact" not in contacts and "email" not in contacts:
        contacts.update(find_body_contact(doc, layout))
    out.contact_name = contacts.get("contact")
    out.phone = contacts.get("phone")
    out.fax = contacts.get("fax")
    out.email = contacts.get("email")
    out.subject = find_subject(doc, layout)
    subject_span = _norm_span(doc, out.subject) if out.subject else None
    exclude = list(contact_spans)
    out.addressees, out.copies = find_addressees(doc, layout, exclude)
    out.salutation = find_salutation(doc, layout)
    out.signatories, tail = find_signatories(doc, layout)
    out.annexes = find_annexes(doc, layout, tail)
    out.references = find_cited(doc, layout, out.reference)
    letter_date = dt.date.fromisoformat(out.date.value) if out.date else None
    out.deadlines, deadline_dates = find_deadlines(doc, layout, letter_date)
    body = (layout.body_start, layout.body_end)
    place = out.place.value if out.place else None
    out.events = find_events(
        doc, body, subject_span, letter_date, place, out.language, deadline_dates
    )
    return out


def extract_letter(text: str) -> LetterExtraction:
    """Like ``extract``, but a text that does not read as a letter is an ``IntakeError``."""
    result = extract(text)
    if not result.is_letter():
        raise IntakeError(
            _(
                "This text does not look like a letter: no reference, date, subject, greeting or "
                "signature was found in it."
            ),
            code="not_a_letter",
        )
    return result


def _norm_span(doc: Doc, found: Found) -> tuple[int, int]:
    start = bisect.bisect_left(doc.omap, found.start)
    end = bisect.bisect_left(doc.omap, found.end)
    return start, max(end, start + 1)
