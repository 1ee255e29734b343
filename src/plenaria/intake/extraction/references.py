"""Letter references: the letter's own (Réf.: CL-21/20) and the other letters it cites."""

from __future__ import annotations

import re

from .layout import Layout
from .model import Found
from .normalise import Doc, ci

# Numbered series that letters cite (matched on the folded text).
_SERIES = (
    r"(?<![\w/-])(?:"
    r"(?:CL|DM|CA|CR)\s?-\s?\d{2}/\d{1,4}(?:/[A-Z]{1,5})?"  # CL-21/20, DM-22/1002
    r"|(?:CA|CR|CACE|CCRR)/\d{1,4}"  # CA/250, CR/456
    r"|(?:TSB|ITU-T)\s+(?:Circular|Collective[\s-]letter)\s+\d{1,4}(?:/\d{1,3})?(?:/[A-Z0-9]{1,6})?"
    r"|(?:Circulaire|Lettre\s+collective)\s+(?:de\s+la\s+|du\s+)?TSB\s+\d{1,4}(?:/\d{1,3})?"
    r"|Circular\s+TSB\s+\d{1,4}"
    r"|BDT(?:/[A-Z0-9]{1,8}){1,6}/\d{1,5}(?:/[A-Z0-9]{1,8})*"  # BDT/DIR/105, BDT/DKH/IP/DM/123
    r"|(?:Administrative\s+)?Circular(?:\s+Letter)?\s+(?:CA|CR)/\d{1,4}"
    r"|DM-\d{3,4}/[A-Z/0-9-]{2,30}"
    r")(?:\s*\(?(?:Add|Corr|Rev)\.\s?\d{1,2}\)?)?(?![\w])"
)
SERIES_RE = ci(_SERIES)
_OWN_REF_RE = ci(
    r"(?:^|\n|\s{2,})[ \-]*(?:R[eé]f(?:[eé]rence)?|Ref|Our\s+ref|Notre\s+r[eé]f|Nuestra\s+ref"
    r"|Reference)\s*\.?\s*(?:no\.?\s*)?[:/]?\s*"
)
_SHORT_PREFIX = ci(r"(?:Circulaire|Circular|Lettre\s+circulaire|Circular\s+letter)\s+(?=BDT/)")

_RELATIONS = [
    (
        "supersedes",
        r"annule\s+et\s+remplace|cancels\s+and\s+(?:replaces|supersedes)|supersedes?"
        r"|remplace|replaces?|anula\s+y\s+sustituye|sustituye|en\s+remplacement\s+de",
    ),
    ("cancels", r"annule|cancels?|is\s+cancelled|est\s+annul[eé]e?|anula"),
    (
        "amends",
        r"modifie|amends?|corrig(?:e|endum)|rectifi|addendum\s+(?:to|[aà])|modifica"
        r"|revision\s+(?:of|de)|r[eé]vision\s+de",
    ),
    (
        "complements",
        r"en\s+compl[eé]ment|compl[eé]ment(?:e|aire)|complements?|supplements?"
        r"|in\s+addition\s+to|further\s+information\s+(?:to|on)|adds?\s+to"
        r"|complementa",
    ),
    (
        "follows",
        r"follows|fait\s+suite|suite\s+[aà]|comme\s+suite|faisant\s+suite|further\s+to|following(?:\s+up)?"
        r"|as\s+a\s+follow[-\s]up\s+to|in\s+follow[-\s]up|r[eé]f[eé]rence\s+[aà]"
        r"|with\s+reference\s+to|i\s+refer\s+to|je\s+me\s+r[eé]f[eè]re|en\s+seguimiento"
        r"|tras\s+la|de\s+conformidad\s+con\s+la\s+carta",
    ),
]
_RELATION_RE = ci("|".join(f"(?P<{name}>\\b(?:{pat}))" for name, pat in _RELATIONS))


def find_own_reference(doc: Doc, layout: Layout) -> Found | None:
    fold, norm = doc.fold, doc.norm
    limit = min(len(fold), max(layout.header_end, 400), 3000)
    for label in _OWN_REF_RE.finditer(fold, 0, limit):
        start = label.end()
        line_end = norm.find("\n", start)
        line_end = len(norm) if line_end < 0 else line_end
        series = SERIES_RE.match(fold, start, line_end)
        prefix = _SHORT_PREFIX.match(fold, start, line_end)
        if prefix:
            series = SERIES_RE.match(fold, prefix.end(), line_end)
        if series:
            return doc.found(
                _clean(norm[series.start() : series.end()]), series.start(), series.end(), 0.95
            )
        # any other form: the rest of the line, up to a wide gap or a dash and office code
        value_end = line_end
        gap = re.search(r"\s{3,}|\s[–-]\s[A-Z]{2,4}(?:/[A-Z]{2,4})*\s*$", norm[start:line_end])
        if gap:
            value_end = start + gap.start()
        value = norm[start:value_end].strip(" :/")
        if 2 <= len(value) <= 60 and re.search(r"\d", value):
            offset = norm.find(value, start)
            return doc.found(value, offset, offset + len(value), 0.8)
    # no label: a numbered series standing alone in the header ("Administrative Circular\nCA/265")
    subject = re.search(r"(?:^|\n)\s*(?:Objet|Subject|Asunto)\s*:", fold[:limit], re.I)
    series = SERIES_RE.search(fold, 0, subject.start() if subject else limit)
    if series:
        return doc.found(
            _clean(norm[series.start() : series.end()]), series.start(), series.end(), 0.8
        )
    return None


_SERIES_WORDS = re.compile(
    r"^(?:Administrative\s+)?(?:Circular|Circulaire)(?:\s+Letter)?\s+(?=(?:CA|CR|BDT)/)", re.I
)


def _clean(value: str) -> str:
    """ "CL - 21/20" -> "CL-21/20"; "Administrative Circular CA/265" -> "CA/265"."""
    value = _SERIES_WORDS.sub("", value.strip())
    value = re.sub(r"^([A-Z]{2})\s*-\s*(?=\d)", r"\1-", value)
    return re.sub(r"\s+", " ", value)


def find_cited(doc: Doc, layout: Layout, own: Found | None) -> list[Found]:
    """Other letters the text refers to, each with its relation to this letter."""
    fold, norm = doc.fold, doc.norm
    own_value = own.value.lower() if own else None
    seen: set[str] = set()
    out: list[Found] = []
    start_at = layout.header_end if layout.salutation else 0
    # the subject may say "Corrigendum to CL-23/12": include the header from the subject on
    regions = [(0, start_at), (start_at, layout.body_end)]
    for lo, hi in regions:
        for match in SERIES_RE.finditer(fold, lo, hi):
            value = _clean(norm[match.start() : match.end()])
            key = re.sub(r"\s+", "", value.lower())
            if key == (re.sub(r"\s+", "", own_value) if own_value else None) or key in seen:
                continue
            if own is not None and doc.span(match.start(), match.end())[0] == own.start:
                continue
            if lo == 0 and _in_reference_line(norm, match.start()):
                continue
            relation, confidence = _relation(doc, match.start())
            if relation is None and lo == 0:
                continue
            seen.add(key)
            out.append(
                doc.found(
                    {"reference": value, "relation": relation or "mentions"},
                    match.start(),
                    match.end(),
                    confidence,
                )
            )
    return out


def _in_reference_line(norm: str, pos: int) -> bool:
    line_start = norm.rfind("\n", 0, pos) + 1
    return bool(re.match(r"\s*(?:R[eé]f|Ref|Our\s+ref|Notre)", norm[line_start:pos], re.I))


def _relation(doc: Doc, pos: int) -> tuple[str | None, float]:
    """The relation word nearest before the citation in its sentence (or just after it)."""
    start, end = doc.sentence_bounds(pos)
    window_start = max(start, pos - 160)
    best = None
    for match in _RELATION_RE.finditer(doc.fold, window_start, pos):
        best = match
    if best is not None:
        return best.lastgroup, 0.9
    # "CL-23/12 is hereby cancelled and replaced by this letter"
    after = _RELATION_RE.search(doc.fold, pos, min(end, pos + 80))
    if after is not None:
        return after.lastgroup, 0.8
    return None, 0.6
