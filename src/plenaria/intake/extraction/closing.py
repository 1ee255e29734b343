"""After the closing formula: the signatories (name and title) and the annexes."""

from __future__ import annotations

import re

from .contacts import read_name
from .layout import CLOSING_RE, Layout
from .model import Found, Signatory
from .normalise import Doc, ci, squash

_MARK_LINE = re.compile(
    r"^\s*(?:\[[^\]\n]{0,40}\]|\((?:signed|sign[eé]e?|firmado)\)|signed|sign[eé])\s*$", re.I
)
_ANNEX_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:Annex(?:e|o)?s?|Anexos?|Appendix|Appendice|Pi[eè]ces?\s+jointes?|Attachments?)"
    r"\s*(?P<num>\d{1,2}|[A-Z](?![a-z]))?\s*(?:[:.\-–]\s*|\s+-\s+)(?P<title>[^\n]{3,200})",
    re.I | re.M,
)
_ANNEX_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:ANNEX(?:E|O)?|Annex(?:e|o)?|ANEXO|Anexo)\s+(?P<num>\d{1,2}|[A-Z])\s*(?:\n|$)"
)
_ANNEX_COUNT = re.compile(
    r"^\s*(?:Annex(?:e|o)?s?|Anexos?|Pi[eè]ces?\s+jointes?)\s*:?\s*\d{1,2}\s*$", re.I
)
_SEE_ANNEX = ci(
    r"\(\s*(?:voir|see|v[eé]ase)\s+(?:l'|the\s+|el\s+)?an+ex(?:e|o)?\s*\)"
    r"|\b(?:ci-joint|en\s+annexe|attached|annexed|enclosed|adjunt[oa])\b"
)
_IN_ANNEX_LIST = re.compile(
    r"(?:vous\s+trouverez\s+(?:[^.\n]{0,40}\s+)?en\s+annexe(?:\s+[aà]\s+la\s+pr[eé]sente(?:\s+lettre)?)?"
    r"|(?:you\s+will\s+find|please\s+find)\s+(?:attached|enclosed|in\s+(?:the\s+)?annex(?:es)?)"
    r"(?:\s+to\s+this\s+letter)?"
    r"|encontrar[aá]\s+(?:en\s+(?:el\s+)?anexo|adjunt[oa]s?))\s*,?\s+",
    re.I,
)
_SET_OUT_IN_ANNEX = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n))\s*(?P<t>(?:A|An|The|Le|La|Les|L')?\s*[^.;:\n]{3,100}?)(?:,[^.;\n]{0,80},)?"
    r"\s+(?:is|are)\s+(?:set\s+out|given|contained|provided|attached|included|reproduced)\s+(?:in|as)"
    r"\s+Annex\s*(?P<num>[A-Z0-9]{1,2})?"
    r"|(?:^|(?<=[.:;]\s)|(?<=\n))\s*(?P<t2>(?:Le|La|Les|L'|El|Los|Las)\s*[^.;:\n]{3,100}?)"
    r"\s+(?:figure(?:nt)?|est\s+joint[e]?|sont\s+joint(?:e)?s|est\s+reproduit[e]?|figuran?"
    r"|se\s+(?:adjunta|reproduce|incluye)n?)\s+(?:dans|en)\s+(?:l'|el\s+)?an+ex[eo]"
    r"\s*(?P<num2>[A-Z0-9]{1,2})?",
    re.I,
)
_TITLE_WORDS = re.compile(
    r"secr[eé]taire|secretary|directeur|directrice|director|administrat|pr[eé]sident|president"
    r"|chair|chef|head|deputy|adjoint|vice|coordinat|officer|manager|chief|envoy|[eé]missaire"
    r"|representative|repr[eé]sentant|minist|ambassad|commissioner|rapporteur|secretari",
    re.I,
)


def closing_start(doc: Doc, layout: Layout) -> int | None:
    if layout.body_end >= len(doc.norm):
        return None
    return layout.body_end


def find_signatories(doc: Doc, layout: Layout) -> tuple[list[Signatory], int]:
    """Signatories, and where the text after the signatures (annexes) begins."""
    norm = doc.norm
    start = closing_start(doc, layout)
    if start is None:
        return [], len(norm)
    # skip the closing sentence itself
    match = CLOSING_RE.match(doc.fold, start)
    pos = start
    if match and not _MARK_LINE.match(_line_at(norm, start)):
        # the formula may begin after blank lines ("\n\nSincerely,"): read from its first word
        first = start + len(norm[start : start + 400]) - len(norm[start : start + 400].lstrip())
        end = re.search(r"[.,!]\s*\n|\n\s*\n", norm[first : first + 400])
        pos = first + (end.end() if end else len(_line_at(norm, first)))
    signatories: list[Signatory] = []
    current_name: tuple[int, int] | None = None
    title_lines: list[tuple[int, int]] = []
    tail = len(norm)
    blank_after_title = False
    for line_start, line_end in _lines(norm, pos):
        line = norm[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            if current_name:
                blank_after_title = True
            continue
        lead = line_start + len(line) - len(line.lstrip())
        trail = lead + len(stripped)
        if _MARK_LINE.match(line):
            if current_name:
                signatories.append(_signatory(doc, current_name, title_lines))
                current_name, title_lines, blank_after_title = None, [], False
            continue
        if _ANNEX_LABEL.match(norm, line_start) or _ANNEX_COUNT.match(line) or len(stripped) > 90:
            tail = line_start
            break
        if _is_caps_heading(stripped) and current_name:
            tail = line_start
            break
        name = read_name(norm, lead, trail)
        is_name = name is not None and name[1] >= trail - 1 and not _TITLE_WORDS.search(stripped)
        if is_name and (current_name is None or title_lines):
            if current_name:
                signatories.append(_signatory(doc, current_name, title_lines))
            current_name, title_lines, blank_after_title = name, [], False
            continue
        if (
            current_name
            and not blank_after_title
            and len(stripped) <= 90
            and not _is_caps_heading(stripped)
        ):
            # "Standardization Bureau / ITU-T SG5": a table's next column ends the title
            column = stripped.find(" / ")
            if column > 0:
                trail = lead + column
                blank_after_title = True
            title_lines.append((lead, trail))
            continue
        tail = line_start
        break
    if current_name:
        signatories.append(_signatory(doc, current_name, title_lines))
    return signatories, tail


def _signatory(doc: Doc, name: tuple[int, int], titles: list[tuple[int, int]]) -> Signatory:
    name_found = doc.found(doc.norm[name[0] : name[1]], name[0], name[1], 0.9)
    title = None
    if titles:
        text = squash(" ".join(doc.norm[a:b] for a, b in titles))
        title = doc.found(text, titles[0][0], titles[-1][1], 0.85)
    return Signatory(name_found, title)


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos : len(text) if end < 0 else end]


def _lines(text: str, pos: int):
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def find_annexes(doc: Doc, layout: Layout, tail: int) -> list[Found]:
    norm = doc.norm
    out: list[Found] = []
    numbers: set[str] = set()
    titles: set[str] = set()

    def add(value: str, start: int, end: int, confidence: float, number: str | None) -> None:
        key = value.lower()
        if key in titles or (number and number in numbers):
            return
        titles.add(key)
        if number:
            numbers.add(number)
        out.append(doc.found(value, start, end, confidence))

    # a label line ("Pièces jointes: …") may stand in the body as well as after the signature
    labels_from = layout.body_start if layout.salutation else 0
    if not layout.salutation and layout.body_end < len(norm):
        labels_from = layout.body_end
    for match in _ANNEX_LABEL.finditer(norm, labels_from):
        title = match.group("title").strip()
        if re.fullmatch(r"\d{1,2}", title):
            continue
        add(
            squash(title),
            match.start("title"),
            match.start("title") + len(title),
            0.9,
            match.group("num"),
        )
    for match in _ANNEX_HEADING.finditer(norm, tail):
        nxt = re.search(r"\S[^\n]{2,200}", norm[match.end() : match.end() + 400])
        if nxt:
            start = match.end() + nxt.start()
            add(
                squash(nxt.group()),
                start,
                start + len(nxt.group().rstrip()),
                0.8,
                match.group("num"),
            )
    for match in _set_out_in_annex(doc, layout.body_start, layout.body_end):
        group = "t" if match.group("t") else "t2"
        raw = match.group(group)
        title = re.sub(
            r"^(?:\d{1,2}(?:\.\d{1,2})*\s+)?(?:(?:A|An|The|Le|La|Les|L'|El|Los|Las)\s+|L')?",
            "",
            raw.strip(),
            flags=re.I,
        )
        if not title:
            continue
        start = match.start(group) + len(raw) - len(raw.lstrip()) + len(raw.strip()) - len(title)
        if group == "t":  # English titles read as titles: "Draft meeting agenda"
            title = title[0].upper() + title[1:]
        if 3 <= len(title) <= 120:
            add(
                squash(title),
                start,
                start + len(title),
                0.75,
                match.group("num") or match.group("num2"),
            )
    if out:
        return out
    for match in _IN_ANNEX_LIST.finditer(norm, layout.body_start, layout.body_end):
        _, sent_end = doc.sentence_bounds(match.end())
        segment = norm[match.end() : sent_end].rstrip(" .")
        pos = match.end()
        for part in re.split(
            r",\s+|\s+ainsi\s+que\s+|\s+et\s+|\s+and\s+|\s+as\s+well\s+as\s+|\s+y\s+", segment
        ):
            offset = norm.find(part, pos)
            pos = offset + len(part)
            title = re.sub(
                r"^(?:les?|la|l'|des|du|the|a|an|el|los|las)\s*", "", part.strip(), flags=re.I
            )
            if 3 <= len(title) <= 150:
                start = offset + len(part) - len(title.lstrip()) - (len(part) - len(part.rstrip()))
                add(squash(title), start, start + len(title.strip()), 0.7, None)
    if out:
        return out
    if tail < len(norm) and _SEE_ANNEX.search(doc.fold, layout.body_start, layout.body_end):
        heading = _tail_heading(norm, tail)
        if heading:
            add(squash(norm[heading[0] : heading[1]]), heading[0], heading[1], 0.6, None)
    return out


def _set_out_in_annex(doc: Doc, lo: int, hi: int):
    """ "X is set out in Annex A", searched only in the sentences that name an annex."""
    seen = set()
    pos = _annex_word(doc.fold, lo, hi)
    while pos >= 0:
        start, end = doc.sentence_bounds(pos, lo, hi)
        if start not in seen:
            seen.add(start)
            yield from _SET_OUT_IN_ANNEX.finditer(doc.norm, max(lo, start - 1), end)
        pos = _annex_word(doc.fold, max(end, pos + 1), hi)


def _annex_word(fold: str, lo: int, hi: int) -> int:
    """Where "annex" (or the Spanish "anexo") is next written, -1 if nowhere."""
    found = [p for p in (fold.find("annex", lo, hi), fold.find("anexo", lo, hi)) if p >= 0]
    return min(found, default=-1)


def _tail_heading(norm: str, tail: int) -> tuple[int, int] | None:
    """The first all-capitals heading after the signatures, lines joined; job titles skipped."""
    start = end = None
    for line_start, line_end in _lines(norm, tail):
        stripped = norm[line_start:line_end].strip()
        if start is None:
            if not stripped or (_TITLE_WORDS.search(stripped) and len(stripped) < 40):
                continue
            if not _is_caps_heading(stripped):
                return None
            lead = line_start + norm[line_start:line_end].find(stripped[0])
            start, end = lead, lead + len(stripped)
            continue
        if stripped and _is_caps_heading(stripped):
            end = line_start + norm[line_start:line_end].find(stripped[0]) + len(stripped)
            continue
        break
    return (start, end) if start is not None else None
