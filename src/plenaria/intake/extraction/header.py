"""The letter's header: issuing office, place and date, subject and salutation."""

from __future__ import annotations

import re

from .dates import DATE_RE, parse_date
from .gazetteer import CITY_RE
from .layout import Layout
from .lexicon import OFFICES, ORG_RE, org_code
from .model import Found
from .normalise import Doc, ci, squash

_OFFICE_RE = ci(
    r"(?P<name>" + "|".join(f"(?P<o{i}>{pat})" for i, (_c, _n, pat) in enumerate(OFFICES)) + r")"
    r"(?:\s*\((?P<code>[A-Z]{2,4})\))?"
)
# "Genève, le 6 mai 2021", "Geneva, 11 September 2017", "Date: 16 September 1997"
_PLACE_DATE_RE = re.compile(
    r"(?:^|\n|\s{2,})[ \t]*(?:(?P<place>[A-ZÀ-Þ][^\W\d_]*(?:[ '\-][^\W\d_]+){0,4}?)\s*,\s*"
    r"(?:le\s+|el\s+|the\s+)?"
    r"|(?:Date|Fecha)\s*:\s*)(?=\d|[A-Z][a-z]+\s+\d|(?:lundi|mardi|mercredi|jeudi|vendredi|monday|"
    r"tuesday|wednesday|thursday|friday)\b)",
)
_DATE_LINE_RE = re.compile(r"(?:^|\n)[ \t]*(?=\d{1,2}(?:er)?\s+[a-z]|[a-z]+\s+\d{1,2},\s+\d{4})")
_SUBJECT_RE = re.compile(
    r"(?:^|\n)[ \-]*(?:Objet|Subject|Asunto|Object|Sujet|Re)\s*:\s*(?:/\s*)?", re.I
)
_LABEL_LINE = re.compile(
    r"^\s*(?:R[eé]f|Ref|Our\s+ref|Notre\s+r[eé]f|Contact|T[eé]l|Tel|Phone|Fax|T[eé]l[eé]copie"
    r"|Courriel|E-?mail|Mail|Objet|Subject|Date|To|Aux?|À|A\s|Copy|Copie|cc)\b",
    re.I,
)


def find_office(doc: Doc, layout: Layout) -> Found | None:
    limit = min(layout.header_end, 1500) or min(len(doc.fold), 1500)
    match = _OFFICE_RE.search(doc.fold, 0, limit)
    if not match:
        return _other_organisation(doc, limit)
    index = next(i for i in range(len(OFFICES)) if match.group(f"o{i}"))
    code, english, _ = OFFICES[index]
    written = squash(doc.norm[match.start("name") : match.end("name")])
    confidence = 0.95 if match.group("code") else 0.85
    return doc.found(
        {"code": code, "name": written, "name_en": english}, match.start(), match.end(), confidence
    )


def find_place_date(doc: Doc, layout: Layout) -> tuple[Found | None, Found | None]:
    fold = doc.fold
    limit = max(layout.header_end, 0) or min(len(fold), 2500)
    limit = min(len(fold), max(limit, 300))
    for match in _PLACE_DATE_RE.finditer(doc.norm, 0, limit):
        date_match = DATE_RE.match(fold, match.end())
        if not date_match:
            continue
        parsed = parse_date(date_match, None)
        if parsed is None or not parsed.explicit_year or parsed.first != parsed.last:
            continue
        date = doc.found(parsed.first.isoformat(), date_match.start(), date_match.end(), 0.95)
        place = None
        if match.group("place"):
            start, end = match.span("place")
            words = doc.norm[start:end].strip()
            start += len(doc.norm[start:end]) - len(doc.norm[start:end].lstrip())
            known = CITY_RE.fullmatch(fold, start, start + len(words))
            place = doc.found(words, start, start + len(words), 0.95 if known else 0.7)
        return place, date
    # a date alone on its line ("22 January 2024")
    for match in _DATE_LINE_RE.finditer(fold, 0, limit):
        date_match = DATE_RE.match(fold, match.end())
        if not date_match:
            continue
        rest = fold[
            date_match.end() : fold.find("\n", date_match.end())
            if "\n" in fold[date_match.end() :]
            else len(fold)
        ]
        parsed = parse_date(date_match, None)
        if (
            rest.strip()
            or parsed is None
            or not parsed.explicit_year
            or parsed.first != parsed.last
        ):
            continue
        return None, doc.found(parsed.first.isoformat(), date_match.start(), date_match.end(), 0.85)
    return None, None


def find_subject(doc: Doc, layout: Layout) -> Found | None:
    text = doc.norm
    limit = layout.header_end if layout.salutation else min(len(text), 3000)
    match = _SUBJECT_RE.search(text, 0, max(limit, 1))
    if match:
        start = match.end()
        end = _subject_end(text, start, limit if layout.salutation else None)
        return _make_subject(doc, start, end, 0.95)
    if not layout.salutation:
        return None
    # unlabelled: the last paragraph before the greeting, if it reads like a title
    block_end = layout.header_end
    while block_end > 0 and text[block_end - 1] in " \n-":
        block_end -= 1
    block_start = text.rfind("\n\n", 0, block_end)
    block_start = 0 if block_start < 0 else block_start + 2
    block = text[block_start:block_end]
    if not block.strip() or len(block) > 400 or _LABEL_LINE.match(block):
        return None
    if block.lstrip().startswith(("-", "•")) or DATE_RE.fullmatch(doc.fold, block_start, block_end):
        return None
    return _make_subject(doc, block_start, block_end, 0.7)


def _subject_end(text: str, start: int, limit: int | None) -> int:
    """A subject runs to a blank line, or up to the greeting when that is close (OCR splits)."""
    blank = text.find("\n\n", start)
    blank = len(text) if blank < 0 else blank
    if limit is not None and limit > start and limit - start < 400:
        return limit
    return min(blank, start + 600)


def _make_subject(doc: Doc, start: int, end: int, confidence: float) -> Found | None:
    text = doc.norm
    while end > start and text[end - 1] in " \n\t-":
        end -= 1
    while start < end and text[start] in " \n\t":
        start += 1
    value = squash(text[start:end])
    if len(value) < 3:
        return None
    return doc.found(value, start, end, confidence)


def find_salutation(doc: Doc, layout: Layout) -> Found | None:
    if not layout.salutation:
        return None
    start, end = layout.salutation
    return doc.found(squash(doc.norm[start:end]).rstrip(",:"), start, end, 0.95)


def _other_organisation(doc: Doc, limit: int) -> Found | None:
    """A letter of another organisation: its full name as the letterhead (first lines)."""
    fold = doc.fold
    pos = 0
    for _ in range(4):
        while pos < limit and fold[pos] in " \n\t":
            pos += 1
        line_end = fold.find("\n", pos)
        line_end = limit if line_end < 0 or line_end > limit else line_end
        match = ORG_RE.match(fold, pos, line_end)
        if match and len(match.group()) > 6:
            code = org_code(match, doc.norm)
            if (
                code
                and code != "UN"
                and fold[match.end() : line_end].strip(" ()") in ("", code.lower())
            ):
                return doc.found(
                    {
                        "code": code,
                        "name": squash(doc.norm[match.start() : match.end()]),
                        "name_en": None,
                    },
                    match.start(),
                    match.end(),
                    0.8,
                )
        pos = line_end + 1
        if pos >= limit:
            break
    return None
