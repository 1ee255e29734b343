"""Check that the catalogues follow the glossary (``locale/glossary.json``): where an entry's
English names one of the organisation's terms, its translation uses the form the organisation
writes in that language. ``python -m plenaria.core.glossary`` prints each departure and fails;
``make lint`` runs it."""

import json
import re
import sys
from pathlib import Path

import polib

from plenaria.core.catalogues import LOCALE_DIR, catalogues

GLOSSARY = LOCALE_DIR / "glossary.json"
# The glossary's key of a catalogue's folder, where the two differ.
KEYS = {"zh_Hans": "zh"}


def terms() -> list[dict]:
    return json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]


def _pattern(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _translations(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [text for text in entry.msgstr_plural.values() if text]
    return [entry.msgstr] if entry.msgstr else []


def departures(po_path: Path) -> list[str]:
    """The entries of one catalogue whose translation lacks a glossary term's form."""
    language = KEYS.get(po_path.parent.parent.name, po_path.parent.parent.name)
    rules = [(_pattern(term["en"]), term[language]) for term in terms() if language in term]
    found = []
    for entry in polib.pofile(str(po_path)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        for english, forms in rules:
            if not english.search(entry.msgid):
                continue
            for text in _translations(entry):
                if not any(form.casefold() in text.casefold() for form in forms):
                    found.append(
                        f"{po_path.parent.parent.name}: {entry.msgid!r} → {text!r}: "
                        f"use one of {forms}"
                    )
    return found


def main() -> int:
    found = [line for po_path in catalogues() for line in departures(po_path)]
    print("\n".join(found) or "The catalogues follow the glossary.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
