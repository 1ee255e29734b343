"""What the extractor returns: every fact with the span of the original text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Found:
    """One value read from a letter.

    ``start``/``end`` are character offsets into the original input text, so that a review page
    can highlight ``text[start:end]``; ``confidence`` is in [0, 1].
    """

    value: Any
    start: int
    end: int
    confidence: float = 0.9

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 2),
        }


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Found):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _plain(value: Any) -> Any:
    """The bare values, without spans: the shape of the hand-written expected files."""
    if value is None:
        return None
    if isinstance(value, Found):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "values"):
        return value.values()
    return value


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    def values(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass
class Signatory(_Record):
    name: Found
    title: Found | None = None


@dataclass
class RelatedEvent(_Record):
    """Another event named in relation to this one.

    ``relation`` says how *this* event stands to the other one: ``part_of`` (held during, within
    or in the framework of it), ``includes`` (the other is held within this one),
    ``preceded_by``, ``followed_by``, ``alongside`` (on its margins).
    """

    name: Found
    relation: Found
    acronym: Found | None = None
    start_date: Found | None = None
    end_date: Found | None = None
    city: Found | None = None


@dataclass
class EventExtraction(_Record):
    name: Found | None = None
    acronym: Found | None = None
    acronym_written: Found | None = None
    edition: Found | None = None
    theme: Found | None = None
    start_date: Found | None = None
    end_date: Found | None = None
    start_time: Found | None = None
    end_time: Found | None = None
    time_zone: Found | None = None
    venue: Found | None = None
    room: Found | None = None
    city: Found | None = None
    country: Found | None = None
    format: Found | None = None
    organisers: list[Found] = field(default_factory=list)
    co_organisers: list[Found] = field(default_factory=list)
    related: list[RelatedEvent] = field(default_factory=list)


@dataclass
class Deadline(_Record):
    kind: Found
    date: Found
    time: Found | None = None
    channel: Found | None = None


@dataclass
class LetterExtraction(_Record):
    language: str | None = None
    office: Found | None = None
    place: Found | None = None
    date: Found | None = None
    reference: Found | None = None
    contact_name: Found | None = None
    phone: Found | None = None
    fax: Found | None = None
    email: Found | None = None
    addressees: list[Found] = field(default_factory=list)
    copies: list[Found] = field(default_factory=list)
    subject: Found | None = None
    salutation: Found | None = None
    signatories: list[Signatory] = field(default_factory=list)
    annexes: list[Found] = field(default_factory=list)
    references: list[Found] = field(default_factory=list)
    events: list[EventExtraction] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    def found(self) -> list[tuple[str, Found]]:
        """Every ``Found`` in the extraction with a dotted path, for highlighting."""
        out: list[tuple[str, Found]] = []

        def walk(path: str, value: Any) -> None:
            if isinstance(value, Found):
                out.append((path, value))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    walk(f"{path}[{i}]", item)
            elif isinstance(value, _Record):
                for f in fields(value):  # type: ignore[arg-type]
                    walk(f"{path}.{f.name}" if path else f.name, getattr(value, f.name))

        walk("", self)
        return out

    def is_letter(self) -> bool:
        """Whether the text looks like a letter at all (enough of its usual parts were found)."""
        parts = [
            self.salutation,
            self.subject,
            self.reference,
            self.date,
            self.signatories or None,
            self.addressees or None,
            self.contact_name or self.email,
        ]
        return sum(part is not None for part in parts) >= 2
