"""People's names in the order of the reader's language.

One expression on both databases: ``Collate(field, "<language>-x-icu")``.
- PostgreSQL uses its ICU collations (``fr-x-icu``, ``ru-x-icu``…): the reader's script
  first (Cyrillic before Latin in Russian, Arabic first in Arabic, Chinese by pinyin),
  accents and case as second thoughts. A server built without ICU gets its default order.
- SQLite has no ICU: a collation of the same name is registered on each connection, written
  in Python (``sort_key``): accents and case ignored first, the reader's script first, other
  letters by their code (so Chinese is not by pinyin). Each comparison is a Python call:
  right for the lists people read (a page, a search, a delegation), slow past ~100,000 rows.
"""

import functools
import unicodedata

from django.conf import settings
from django.db import connection
from django.db.backends.signals import connection_created
from django.db.models import F
from django.db.models.functions import Collate
from django.utils import translation

# Each language's own script, put first as ICU does: (first, last) code points.
_SCRIPTS = {
    "ru": [(0x400, 0x52F)],
    "ar": [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "zh": [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)],
}
_SEEN: dict[str, set[str]] = {}  # the ICU collations each PostgreSQL database has


def collation_name(language: str) -> str:
    return f"{language}-x-icu"


def _base(code: str) -> str:
    return code.split("-")[0].lower()  # "zh-hans" → "zh"


def _codes() -> list[str]:
    return [_base(code) for code, _label in settings.LANGUAGES]


def reader_language() -> str:
    """The active language as collations name it, the default one if it is not offered."""
    active = _base(translation.get_language() or settings.LANGUAGE_CODE)
    return active if active in _codes() else _base(settings.LANGUAGE_CODE)


def by_name(*fields: str, language: str | None = None) -> list:
    """Order expressions for ``fields`` (names) in the collation of ``language`` (the active
    one by default); the plain fields where the database has no such collation."""
    name = collation_name(_base(language) if language else reader_language())
    return [Collate(F(field), name) if _has(name) else F(field) for field in fields]


def _has(name: str) -> bool:
    if connection.vendor == "sqlite":
        return name in {collation_name(code) for code in _codes()}
    if connection.vendor != "postgresql":
        return False
    connection.ensure_connection()
    return name in _SEEN.get(connection.settings_dict["NAME"], set())


def _bare(text: str) -> str:
    """Without accents, in lower case; "й" stays a letter of its own, as Russian has it."""
    kept = []
    for ch in unicodedata.normalize("NFD", text):
        if not unicodedata.combining(ch) or (ch == "\u0306" and kept and kept[-1] in "иИ"):
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


@functools.lru_cache(maxsize=20_000)
def sort_key(text: str, language: str = "en") -> tuple:
    """Order of ``text`` for a reader of ``language`` (SQLite and Python-side sorting):
    letters of the reader's script before others, then accents, then case."""
    ranges = _SCRIPTS.get(language, [])
    bare = _bare(text or "")
    first = tuple((0 if any(a <= ord(c) <= b for a, b in ranges) else 1, c) for c in bare)
    return first, (text or "").casefold(), text or ""


def _comparer(language: str):
    def compare(left: str, right: str) -> int:
        a, b = sort_key(left, language), sort_key(right, language)
        return (a > b) - (a < b)

    return compare


def _prepare(sender, connection, **kwargs) -> None:
    """SQLite: register the six collations; PostgreSQL: note which ICU collations exist."""
    codes = _codes()
    if connection.vendor == "sqlite":
        for code in codes:
            connection.connection.create_collation(collation_name(code), _comparer(code))
    elif connection.vendor == "postgresql":
        database = connection.settings_dict["NAME"]
        if database not in _SEEN:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT collname FROM pg_collation WHERE collname = ANY(%s)",
                    [[collation_name(code) for code in codes]],
                )
                _SEEN[database] = {row[0] for row in cursor.fetchall()}


def connect() -> None:
    connection_created.connect(_prepare, dispatch_uid="plenaria-name-collations")
