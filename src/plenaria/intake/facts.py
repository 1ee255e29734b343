"""The letter's facts as a person reads them: names, not codes; dates in the reader's format."""

import datetime
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from plenaria.circulars.choices import AddresseeCategory
from plenaria.circulars.models import Letter
from plenaria.intake.extraction import LetterExtraction
from plenaria.intake.letter_proposal import CATEGORIES
from plenaria.intake.proposal import value


@dataclass(frozen=True)
class Fact:
    label: str
    text: str = ""
    items: tuple[str, ...] = ()


def readable_date(raw) -> str:
    """An ISO date as the reader writes dates; anything else as it was read."""
    if isinstance(raw, datetime.date):
        return formats.date_format(raw, "DATE_FORMAT")
    try:
        return formats.date_format(datetime.date.fromisoformat(str(raw)), "DATE_FORMAT")
    except ValueError:
        return str(raw)


def readable(raw) -> str:
    """One extracted value as text: a mapping by its name, never as Python."""
    if isinstance(raw, dict):
        if "name" in raw:
            language = (get_language() or "en").split("-")[0]
            return str(raw.get(f"name_{language}") or raw["name"])
        if "reference" in raw:
            return str(raw["reference"])
        code = str(raw.get("code", ""))
        sector = raw.get("sector")
        category = CATEGORIES.get(f"{code}:{sector}" if sector else code)
        if category:
            return str(AddresseeCategory(category).label)
        return " ".join(str(part) for part in (code.replace("_", " "), sector) if part)
    if isinstance(raw, list | tuple):
        return ", ".join(readable(item) for item in raw)
    return "" if raw is None else str(raw)


DEADLINE_KINDS = {
    "interpretation": gettext_lazy("interpretation"),
    "registration": gettext_lazy("registration"),
    "reply": gettext_lazy("reply"),
    "contributions": gettext_lazy("contributions"),
    "visa": gettext_lazy("visa"),
    "fellowship": gettext_lazy("fellowship requests"),
    "other": gettext_lazy("other"),
}


def letter_facts(extraction: LetterExtraction) -> list[Fact]:
    facts = []

    def add(label, found, text=None):
        if found is not None:
            facts.append(Fact(str(label), text if text is not None else readable(found.value)))

    add(_("Reference"), extraction.reference)
    add(_("Office"), extraction.office)
    if extraction.date is not None:
        place = value(extraction.place)
        when = readable_date(extraction.date.value)
        add(_("Date"), extraction.date, f"{when}, {place}" if place else when)
    if extraction.contact_name is not None:
        parts = [
            readable(x.value)
            for x in (extraction.contact_name, extraction.email, extraction.phone)
            if x is not None
        ]
        add(_("Contact"), extraction.contact_name, " · ".join(parts))
    if extraction.addressees:
        facts.append(
            Fact(_("Addressees"), items=tuple(readable(a.value) for a in extraction.addressees))
        )
    add(_("Subject"), extraction.subject)
    for signatory in extraction.signatories:
        title = value(signatory.title)
        name = readable(value(signatory.name))
        add(_("Signatory"), signatory.name, f"{name}, {title}" if title else name)
    for deadline in extraction.deadlines:
        kind = readable(value(deadline.kind))
        label = f"{_('Deadline')} ({DEADLINE_KINDS.get(kind, kind)})" if kind else _("Deadline")
        text = readable_date(value(deadline.date))
        if deadline.time is not None:
            text = f"{text} {readable(deadline.time.value)}"
        if deadline.channel is not None:
            text = f"{text} — {readable(deadline.channel.value)}"
        add(label, deadline.date, text)
    if extraction.references:
        facts.append(
            Fact(_("Refers to"), items=tuple(readable(r.value) for r in extraction.references))
        )
    return facts


def letter_held(extraction: LetterExtraction) -> Letter | None:
    """The letter Plenaria already holds under this letter's reference, if any."""
    reference = " ".join(str(value(extraction.reference) or "").split())
    if not reference:
        return None
    return Letter.objects.filter(reference__iexact=reference).first()
