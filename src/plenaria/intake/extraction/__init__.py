"""Read a letter (plain text) into structured facts, each with its span in the text."""

from .errors import IntakeError
from .extract import extract, extract_letter
from .model import Deadline, EventExtraction, Found, LetterExtraction, RelatedEvent, Signatory

__all__ = [
    "Deadline",
    "EventExtraction",
    "Found",
    "IntakeError",
    "LetterExtraction",
    "RelatedEvent",
    "Signatory",
    "extract",
    "extract_letter",
]
