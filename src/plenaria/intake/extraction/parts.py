"""The running text of a letter, cut into the parts a draft letter stores: the body between
the greeting and the closing formula, the closing formula, and the pages after the signatures
(the annexes). Read from the normalised text, so that OCR noise is already mended."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import CLOSING_RE, find_layout
from .normalise import Doc

# Where one annex page begins after the signatures: "ANNEX 2", "Annexe A".
_ANNEX_PAGE = re.compile(r"^[ \t]*(?:ANNEX(?:E|O)?|Annex(?:e|o)?)\s+(?:\d{1,2}|[A-Z])\s*$", re.M)
_END_OF_CLOSING = re.compile(r"[.!]\s*(?:\n|$)|\n\s*\n")


@dataclass(frozen=True)
class LetterParts:
    body: str
    closing: str
    annex_pages: list[str]


def letter_parts(text: str) -> LetterParts:
    doc = Doc(text)
    norm = doc.norm
    layout = find_layout(doc)
    body = _paragraphs(norm[layout.body_start : layout.body_end])
    closing = ""
    if layout.body_end < len(norm) and CLOSING_RE.match(doc.fold, layout.body_end):
        end = _END_OF_CLOSING.search(norm, layout.body_end, layout.tail_start)
        closing = " ".join(norm[layout.body_end : end.end() if end else layout.tail_start].split())
    tail = norm[layout.tail_start :]
    cuts = [m.start() for m in _ANNEX_PAGE.finditer(tail)]
    if cuts and cuts[0] > 0 and tail[: cuts[0]].strip():
        cuts.insert(0, 0)
    pages = [tail[a:b] for a, b in zip(cuts or [0], [*cuts[1:], len(tail)], strict=True)]
    return LetterParts(body, closing, [_paragraphs(page) for page in pages if page.strip()])


def _paragraphs(text: str) -> str:
    """Markdown paragraphs: lines of one paragraph joined (a PDF breaks them at its margin),
    list items kept on their own lines, HTML-like brackets escaped."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip(" \n,:")):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(re.match(r"[-•*–]\s|\d{1,2}[.)]\s", line) for line in lines):
            out.append("\n".join(re.sub(r"^[•–]\s", "- ", line) for line in lines))
        else:
            out.append(" ".join(lines))
    return "\n\n".join(out).replace("<", "&lt;")
