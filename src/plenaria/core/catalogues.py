"""Compile and check the translation catalogues without GNU gettext.

``--compile`` writes every ``.mo`` from its ``.po``; ``--check`` fails when a ``.mo`` is out
of date, when a catalogue has an empty or fuzzy entry, or when a translation's placeholders are
not its source's (a missing ``%(name)s`` would raise while the page is drawn; an extra one
too).
"""

import argparse
import re
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
COMPLETE_LANGUAGES = {"ar", "es", "fr", "ru", "zh_Hans"}
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]")


def catalogues() -> list[Path]:
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def compiled(po_path: Path) -> bytes:
    return polib.pofile(str(po_path)).to_binary()


def problems() -> list[str]:
    found = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.read_bytes() != compiled(po_path):
            found.append(f"{mo_path} is out of date: run `make messages`.")
        language = po_path.parent.parent.name
        if language in COMPLETE_LANGUAGES:
            catalogue = polib.pofile(str(po_path))
            missing = catalogue.untranslated_entries() + catalogue.fuzzy_entries()
            found += [f"{po_path}: not translated: {entry.msgid!r}" for entry in missing]
            found += [
                f"{po_path}: placeholders differ: {entry.msgid!r}"
                for entry in catalogue
                if not entry.obsolete and not placeholders_match(entry)
            ]
    return found


def placeholders_match(entry: polib.POEntry) -> bool:
    """A translation names the placeholders of its source; a plural form may leave out one
    (the count, as in "One pledge"), never add one."""
    if entry.msgid_plural:
        source = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        forms = [set(PLACEHOLDER.findall(text)) for text in entry.msgstr_plural.values() if text]
        return all(form <= source for form in forms)
    if not entry.msgstr:
        return True
    return sorted(PLACEHOLDER.findall(entry.msgid)) == sorted(PLACEHOLDER.findall(entry.msgstr))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.compile:
        for po_path in catalogues():
            po_path.with_suffix(".mo").write_bytes(compiled(po_path))
    if args.check:
        found = problems()
        print("\n".join(found) or f"{len(catalogues())} catalogues up to date.")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
