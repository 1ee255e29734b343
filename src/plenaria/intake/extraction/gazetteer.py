"""Places: countries (ISO 3166 alpha-2) and the cities where meetings are held, with their zones.

Names are written without accents: they are matched against the accent-folded text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalise import ci
from .places_data import CITIES, COUNTRIES


def _country_table() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    names: dict[str, str] = {}
    for line in COUNTRIES.strip().splitlines():
        code, *columns = line.split("|")
        for column in columns:
            for name in column.split(","):
                names[name.strip().lower()] = code
    cities: dict[str, tuple[str, str]] = {}
    for line in CITIES.strip().splitlines():
        city_names, code, zone = line.split("|")
        for name in city_names.split(","):
            cities[name.strip().lower()] = (code, zone)
    return names, cities


COUNTRY_NAMES, CITY_NAMES = _country_table()


def _alternation(words) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("-", "[- ]") for w in parts)


# Matched on the folded view (lower case, no accents); callers check capitals in ``norm``.
COUNTRY_RE = ci(r"(?<![\w-])(?:" + _alternation(COUNTRY_NAMES) + r")(?![\w-])")
CITY_RE = ci(r"(?<![\w-])(?:" + _alternation(CITY_NAMES) + r")(?![\w-])")


def _key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", _unaccented(text.lower())).strip()


def _unaccented(text: str) -> str:
    """ "bogotá" -> "bogota": names are asked for as written (with accents) too."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=512)
def _lookup_key(table: str, text: str) -> str:
    key = _key(text)
    source = COUNTRY_NAMES if table == "country" else CITY_NAMES
    for name in source:
        if _key(name) == key:
            return name
    return ""


def country_code(name: str) -> str | None:
    name = _unaccented(name.strip().lower())
    if name in COUNTRY_NAMES:
        return COUNTRY_NAMES[name]
    found = _lookup_key("country", name)
    return COUNTRY_NAMES[found] if found else None


def city_info(name: str) -> tuple[str, str] | None:
    """(ISO2, IANA zone) of a city, or ``None``."""
    name = _unaccented(name.strip().lower())
    if name in CITY_NAMES:
        return CITY_NAMES[name]
    found = _lookup_key("city", name)
    return CITY_NAMES[found] if found else None


def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()
