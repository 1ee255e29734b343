"""Finding names as people write them: whatever the case and the accents, in Latin, Greek
and Cyrillic scripts ("jose" finds "José", "ЁЛКИН" finds "Ёлкин", "müller" finds "Muller").

A typed word becomes a regular expression in which each letter stands for all its accented
forms in both cases (``e`` → ``[eéèêë…EÉÈ…]``). SQLite and PostgreSQL evaluate it alike, with
no extension and no extra column; the cases are spelled out so that the match needs no
case-folding by the database (SQLite folds ASCII only). Scripts without case or accents
(Arabic, Chinese) are matched as typed. Measured in docs/performance.md ("Names").
"""

import re
import unicodedata

from django.db.models import F, Q
from django.db.models.lookups import Regex

MAX_LENGTH = 100
MAX_WORDS = 6
# Latin-1 to Latin Extended-B, Greek and Cyrillic, Latin Extended Additional (Vietnamese).
_RANGES = [(0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00)]
# Letters that carry no decomposable accent but are read as a plain one.
_EXTRA = {"o": "øœ", "a": "æ", "l": "ł", "d": "đð", "s": "ß", "t": "þ", "i": "ı"}


def plain(text: str) -> str:
    """``text`` without accents, in lower case: "Chloé" → "chloe", "Ёлкин" → "елкин"."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _variants() -> dict[str, str]:
    table: dict[str, set[str]] = {}
    for start, end in _RANGES:
        for letter in map(chr, range(start, end)):
            base = plain(letter)
            if len(base) == 1 and base.isalpha() and unicodedata.category(letter)[0] == "L":
                both = {base, base.upper()} if len(base.upper()) == 1 else {base}
                table.setdefault(base, both).update({letter, letter.lower(), letter.upper()})
    for base, extra in _EXTRA.items():
        table.setdefault(base, {base, base.upper()}).update(extra + extra.upper())
    # A letter must stand for one character: "ß".upper() is "SS".
    return {
        base: "".join(sorted(ch for ch in letters if len(ch) == 1))
        for base, letters in table.items()
    }


VARIANTS = _variants()


def pattern(word: str) -> str:
    """A regular expression matching ``word`` with or without its accents, in either case."""
    parts = []
    for ch in plain(word):
        letters = VARIANTS.get(ch)
        if letters is None and ch.isalpha() and len(ch.upper()) == 1 and ch.upper() != ch:
            letters = ch + ch.upper()
        parts.append(f"[{re.escape(letters)}]" if letters else re.escape(ch))
    return "".join(parts)


def words(text: str) -> list[str]:
    """The words typed, without accents, at most ``MAX_WORDS`` of a bounded text; a NUL or
    other control character is read as a space."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in str(text or "")[:MAX_LENGTH])
    return [word for word in plain(cleaned).split() if word][:MAX_WORDS]


def contains(expression, word: str) -> Q:
    """Rows whose ``expression`` (a field name or an expression) contains ``word``,
    regardless of accents and case."""
    expression = F(expression) if isinstance(expression, str) else expression
    return Q(Regex(expression, pattern(word)))


def all_words(text: str, *expressions) -> Q | None:
    """Rows in which every word of ``text`` is found in one of ``expressions``; None when
    nothing was typed."""
    typed = words(text)
    if not typed:
        return None
    condition = Q()
    for word in typed:
        either = Q()
        for expression in expressions:
            either |= contains(expression, word)
        condition &= either
    return condition
