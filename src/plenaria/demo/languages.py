"""The demo's titles in the six languages, found by their English.

``data/six_languages.json`` holds, for each English text of the demo (series, events, themes,
venues, session and agenda titles, the WTISD-23 letter's parts), its Arabic, Chinese, Russian
and Spanish versions: the names the UN and ITU publish where they exist, careful translations
otherwise. A title that carries a year (WTISD 2021, WTDC-25) is found through its pattern, so
that the upcoming editions, dated from today, are translated too.
"""

import json
import re
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "six_languages.json"
# The two digits of a year in "2021" or in "WTDC-21", written {yy} in the table's patterns.
YEAR_DIGITS = re.compile(r"(?<=\b20)\d\d\b|(?<=-)\d\d\b")


@cache
def _table() -> dict[str, dict[str, str]]:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def in_six(text: dict[str, str]) -> dict[str, str]:
    """``text`` with the versions the table has for its English; its own versions win."""
    english = text.get("en", "")
    found = _table().get(english)
    if found is None:
        digits = YEAR_DIGITS.search(english)
        pattern = _table().get(YEAR_DIGITS.sub("{yy}", english)) if digits else None
        found = {lang: value.replace("{yy}", digits[0]) for lang, value in (pattern or {}).items()}
    return {**found, **text}
