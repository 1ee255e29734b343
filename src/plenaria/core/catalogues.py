"""Compile and check the translation catalogues without GNU gettext.

``--compile`` writes every ``.mo`` from its ``.po``; ``--check`` fails when a ``.mo`` is out
of date or when a language that must be complete (English, French) misses a translation.
"""

import argparse
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
COMPLETE_LANGUAGES = {"fr"}


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
    return found


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
