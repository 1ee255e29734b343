"""The parts of a letter: header, salutation, body, closing and what follows (annexes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import Doc, ci

SALUTATION_RE = re.compile(
    r"^[ \-]*(?P<s>(?:Madame|Mesdames)\s*(?:,|et|/)?\s*(?:Monsieur|Messieurs)"
    r"|(?:Monsieur|Messieurs)\s*(?:,|et|/)?\s*(?:Madame|Mesdames)"
    r"|Dear\s+(?:Sir\s*(?:/|or|,)\s*Madam|Madam\s*(?:/|or|,)\s*Sir|Sirs?|Madam|Colleagues?"
    r"|Members|Participants|Partners|Friends|Stakeholders|Excellenc(?:y|ies)|[A-Z][\w.' -]{1,40})"
    r"|Madam\s*(?:,|/|or)\s*Sir|Sir\s*(?:,|/|or)\s*Madam|Excellenc(?:e|y|ies)"
    r"|(?:Estimad[oa]s?|Distinguid[oa]s?)\s+(?:Se(?:n|ñ)or(?:a|es|as)?(?:/(?:a|as|es))?|colegas)"
    r"(?:\s*/\s*(?:Estimad[oa]\s+)?Se(?:n|ñ)or(?:a)?)?"
    r"|(?:Muy\s+)?[Ss]e(?:n|ñ)ora?\s+m[ií][oa]\s*(?:/|,|\n)\s*(?:[Mm]uy\s+)?[Ss]e(?:n|ñ)ora?\s+m[ií][oa]"
    r"|Se(?:n|ñ)ora\s*/\s*Se(?:n|ñ)or|Se(?:n|ñ)or\s*/\s*Se(?:n|ñ)ora"
    r"|Chers?\s+(?:coll(?:e|è)gues|partenaires|amis|membres|participants))"
    r"\s*[,:!]?\s*$",
    re.M,
)
CLOSING_RE = ci(
    r"(?:Veuillez|Veillez|Je\s+vous\s+prie\s+d)\s*'?\s*agr[eé]er"
    r"|Yours\s+(?:faithfully|sincerely|truly)|(?:^|\n)\s*(?:Sincerely|Best\s+regards|Kind\s+regards)"
    r"|Please\s+accept,?\s+(?:Sir|Madam|Dear|the\s+assurances?)|Accept,\s+(?:Sir|Madam)"
    r"|(?:Le|Les)\s+saluda(?:mos)?\s+atentamente|Atentamente|Aprovecho\s+la\s+oportunidad"
    r"|\[\s*(?:original\s+sign|signed|firmado)|\(\s*(?:signed|sign[eé]|firmado)\s*\)"
)
_SIGNATURE_MARK = re.compile(
    r"\[\s*(?:original\s+sign[eé]\w*|signed|firmado)[^\]\n]{0,30}\]"
    r"|\(\s*(?:signed|sign[eé]|firmado)\s*\)",
    re.I,
)


@dataclass
class Layout:
    header_end: int  # end of the header (start of the salutation, or a best guess)
    body_start: int
    body_end: int  # start of the closing formula
    tail_start: int  # after the signature block: annexes and attachments
    salutation: tuple[int, int] | None


def find_layout(doc: Doc) -> Layout:
    text = doc.norm
    size = len(text)
    salutation = None
    limit = max(2000, int(size * 0.6))
    match = SALUTATION_RE.search(text, 0, min(size, limit))
    if match:
        salutation = match.span("s")
        header_end, body_start = match.start(), match.end()
    else:
        # no greeting: the header ends at the first paragraph of running text
        header_end = body_start = _first_paragraph(text)
    closing = CLOSING_RE.search(doc.fold, body_start)
    body_end = closing.start() if closing else size
    tail_start = _tail_start(doc, body_end) if closing else size
    return Layout(header_end, body_start, body_end, tail_start, salutation)


def _first_paragraph(text: str) -> int:
    pos = 0
    for line in text.split("\n"):
        if len(line) > 160 and line.count(" ") > 20:
            return pos
        pos += len(line) + 1
    return min(len(text), 1500)


def _tail_start(doc: Doc, closing_start: int) -> int:
    """Where the annexes begin: after the last signature block following the closing."""
    text = doc.norm
    marks = list(
        _SIGNATURE_MARK.finditer(text, closing_start, min(len(text), closing_start + 3000))
    )
    pos = marks[-1].end() if marks else text.find("\n", closing_start)
    if pos < 0:
        return len(text)
    # the signature itself: up to five short lines, then a blank line or a long line
    lines_seen = 0
    cursor = pos
    while cursor < len(text) and lines_seen < 8:
        nl = text.find("\n", cursor + 1)
        nl = len(text) if nl < 0 else nl
        line = text[cursor:nl].strip()
        if line and (len(line) > 80 or line.lower().startswith(("annex", "pi", "encl", "p.j"))):
            return cursor
        if not line and lines_seen >= 2 and _blank_run(text, nl):
            return nl
        if line:
            lines_seen += 1
        cursor = nl
    return cursor


def _blank_run(text: str, pos: int) -> bool:
    return text[pos : pos + 2] == "\n\n" or text[pos : pos + 1] == "\n"
