"""Accent- and case-free words, so “developpement” finds “développement” on any database.

At issue, each distinct word of a letter (every version, annexes included, and its
reference) is stored once in ``LetterWord``; a search looks words up in that index, which
answers in milliseconds on SQLite and PostgreSQL alike, however common the word.
"""

import re
import unicodedata

LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})
# A word, keeping inner hyphens, slashes and dots together ("cl-23/9", "2021/01").
TOKEN = re.compile(r"\w(?:[\w]|[-/.](?=\w))*")
INNER = re.compile(r"[-/.]")
MAX_WORD = 60


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text: str, parts: bool = True) -> list[str]:
    """Folded words in order of appearance, with the parts of compounds ("cmdt-21" → "cmdt")."""
    found = []
    for token in TOKEN.findall(fold(text)):
        found.append(token)
        if parts and INNER.search(token):
            found.extend(part for part in INNER.split(token) if part)
    return [word[:MAX_WORD] for word in found if len(word) > 1 or word.isdigit()]


def letter_words(letter) -> set[str]:
    parts = [letter.full_reference, letter.reference]
    for version in letter.versions.prefetch_related("annexes"):
        parts += [version.subject, version.body]
        for annex in version.annexes.all():
            parts += [annex.title, annex.body]
    return set(words(" ".join(parts)))


def query_words(query: str) -> list[str]:
    """A compound such as "CL-23/9" is looked up whole: its parts would match every letter."""
    return list(dict.fromkeys(words(query, parts=False)))[:10]
