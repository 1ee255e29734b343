"""Deadlines: registration, interpretation, reply, contributions, visa, fellowship requests."""

from __future__ import annotations

import datetime as dt
import re

from .contacts import EMAIL_RE
from .dates import DATE_RE, TIME_RE, date_matches, find_times, parse_date
from .layout import Layout
from .model import Deadline
from .normalise import Doc, ci

_CUE = ci(
    r"(?:au\s+plus\s+tard|avant|d'ici|jusqu'|not\s+later\s+than|no\s+later\s+than|by|before|until"
    r"|deadline(?:\s+(?:for|of)\s+[^.\n]{0,80}?)?(?:\s+(?:is|will\s+be))?(?:\s+set\s+(?:at|for))?"
    r"|date\s+limite(?:\s+(?:(?:de|pour)\s+|d'\s*)[^.\n]{0,80}?)?(?:\s+(?:est|a\s+[eé]t[eé])\s+(?:fix[eé]e?\s+)?)?"
    r"|d[eé]lai(?:\s+(?:(?:de|pour)\s+|d'\s*)[^.\n]{0,60}?)?(?:\s+(?:est|expire))?"
    r"|a\s+m[aá]s\s+tardar|antes\s+del?|hasta\s+el|plazo(?:\s+(?:para|de)\s+[^.\n]{0,60}?)?)"
    r"\s*(?:,\s*)?(?:(?:le|la|the|el|au|on|:)\s+)?"
    r"(?:(?:at|[aà])\s+(?P<t>[^,\n]{1,30}?)\s+(?:on|le)\s+)?(?=\d|(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes)\b)"
)
_KINDS = [
    ("interpretation", r"interpr[eé]t\w*|interpretaci[oó]n|captioning|sign[\s-]language"),
    ("visa", r"visas?|visados?"),
    ("fellowship", r"bourses?|fellowships?|becas?"),
    (
        "contributions",
        r"contributions?|contribuciones|propositions|proposals|propuestas|documents?"
        r"\s+(?:for|pour|de\s+contribution)|submissions?\s+of\s+(?:documents|papers)"
        r"|abstracts?|r[eé]sum[eé]s|papers|candidatures?|nominations?",
    ),
    (
        "registration",
        r"inscri\w+|regist\w*|pre-?registration|preinscripci[oó]n|inscripci[oó]n"
        r"|accr[eé]dit\w+|accredit\w+",
    ),
    (
        "reply",
        r"r[eé]pon\w+|repl(?:y|ies)|respond|responses?|confirm\w*|inform\s+(?:me|us|the)"
        r"|faire\s+savoir|faire\s+part|indiquer|notify|approves?|objections?|comments?"
        r"|commentaires|observations|questionnaire|survey|enqu[eê]te|nominate|d[eé]sign\w+"
        r"|respuestas?|responder|comunicar\w*|cuestionario|encuesta|designar\w*",
    ),
]
_KIND_RE = ci("|".join(f"(?P<{name}>(?<![\\w-])(?:{pat}))" for name, pat in _KINDS))
_URL = re.compile(r"(?:https?://|www\.)[^\s,;)\]\"]+[^\s,;.)\]\"]")
_ONLINE = ci(
    r"en\s+ligne|online|via\s+the\s+[\w -]{2,30}form|formulaire\s+en\s+ligne|en\s+l[ií]nea"
    r"|(?:on|via|through)\s+the\s+(?:[\w-]+\s+){0,3}(?:website|web\s?site|portal|platform)"
    r"|sur\s+le\s+site|en\s+el\s+sitio\s+web"
)
_KEY_DEADLINES = ci(
    r"(?:key\s+deadlines|important\s+deadlines|d[eé]lais\s+importants"
    r"|dates\s+limites\s+importantes|principales\s+dates\s+limites"
    r"|plazos\s+importantes|fechas\s+l[ií]mite)\s*:?"
)


def find_deadlines(
    doc: Doc, layout: Layout, default: dt.date | None
) -> tuple[list[Deadline], list[tuple[int, int]]]:
    """Deadlines in the body, and the spans of the dates they used (not event dates)."""
    fold = doc.fold
    lo, hi = layout.body_start, layout.body_end
    out: list[Deadline] = []
    used: list[tuple[int, int]] = []
    seen: set[tuple[str, str]] = set()
    table = _KEY_DEADLINES.search(fold, lo, hi)
    if table:
        _read_table(doc, table.end(), hi, default, out, used, seen)
    dates_at = {m.start(): m for m in date_matches(fold, lo, hi)}
    for cue in _CUE.finditer(fold, lo, hi):
        date_match = dates_at.get(cue.end())
        if not date_match:
            continue
        if any(a <= date_match.start() < b for a, b in used):
            continue
        parsed = parse_date(date_match, default)
        if parsed is None or parsed.first != parsed.last:
            continue
        sent_lo, sent_hi = doc.sentence_bounds(cue.start(), lo, hi)
        kind, _ = _kind(fold, sent_lo, sent_hi, cue.start())
        key = (kind, parsed.first.isoformat())
        used.append((date_match.start(), date_match.end()))
        if key in seen:
            continue
        seen.add(key)
        deadline = Deadline(
            kind=doc.found(
                kind, *_kind_span(fold, sent_lo, sent_hi, cue.start(), cue.start()), 0.8
            ),
            date=doc.found(parsed.first.isoformat(), date_match.start(), date_match.end(), 0.9),
        )
        time = _time_near(doc, cue, date_match.end(), sent_hi)
        if time is not None:
            deadline.time = time
        deadline.channel = _channel(doc, sent_lo, sent_hi)
        out.append(deadline)
    return out, used


_TIER = {
    "interpretation": 0,
    "visa": 0,
    "fellowship": 0,
    "contributions": 0,
    "registration": 1,
    "reply": 2,
}


def _kind(fold: str, lo: int, hi: int, pos: int) -> tuple[str, tuple[int, int] | None]:
    """What is due: the most specific word of the sentence, the nearest one among equals."""
    best = None
    for match in _KIND_RE.finditer(fold, lo, hi):
        kind = match.lastgroup or "other"
        distance = abs(match.start() - pos)
        if match.start() > pos:
            distance += 40  # words before the deadline name what is due
        rank = (_TIER.get(kind, 3), distance)
        if best is None or rank < best[0]:
            best = (rank, kind, match.span())
    if best is None:
        return "other", None
    return best[1], best[2]


def _kind_span(fold: str, lo: int, hi: int, pos: int, default: int) -> tuple[int, int]:
    _, span = _kind(fold, lo, hi, pos)
    return span or (default, default + 1)


def _time_near(doc: Doc, cue: re.Match[str], date_end: int, hi: int):
    if cue.group("t"):
        match = TIME_RE.search(doc.fold, cue.start("t"), cue.end("t") + 1)
        times = find_times(doc.fold, cue.start("t"), cue.end("t") + 12, doc.norm) if match else []
        if times:
            t = times[0]
            return doc.found(t.first.strftime("%H:%M"), t.start, t.end, 0.8)
    after = re.match(r"\s*(?:,\s*)?(?:[aà]|at|by|avant|before|a\s+las)\s+", doc.fold[date_end:hi])
    if after:
        times = find_times(
            doc.fold, date_end + after.end(), min(hi, date_end + after.end() + 40), doc.norm
        )
        if times and times[0].start == date_end + after.end():
            t = times[0]
            return doc.found(t.first.strftime("%H:%M"), t.start, t.end, 0.8)
    return None


def _channel(doc: Doc, lo: int, hi: int):
    norm = doc.norm
    email = EMAIL_RE.search(norm, lo, hi)
    if email:
        return doc.found(email.group(), email.start(), email.end(), 0.85)
    url = _URL.search(norm, lo, hi)
    if url:
        return doc.found(url.group(), url.start(), url.end(), 0.8)
    online = _ONLINE.search(doc.fold, lo, hi)
    if online:
        return doc.found("online", online.start(), online.end(), 0.6)
    return None


def _read_table(doc: Doc, start: int, hi: int, default, out, used, seen) -> None:
    """A "Key deadlines" table: a date, then one or more "- Submit ..." items."""
    fold = doc.fold
    pos = start
    current = None
    blank_lines = 0
    while pos < hi:
        end = fold.find("\n", pos)
        end = hi if end < 0 or end > hi else end
        line = fold[pos:end]
        if not line.strip():
            blank_lines += 1
            if blank_lines > 1 and current is not None:
                break
            pos = end + 1
            continue
        blank_lines = 0
        lead = pos + len(line) - len(line.lstrip())
        date_match = DATE_RE.match(fold, lead, end)
        items_from = lead
        if date_match:
            parsed = parse_date(date_match, default)
            if parsed is None:
                break
            current = (parsed.first, date_match.span())
            used.append(date_match.span())
            items_from = date_match.end()
        elif not line.lstrip().startswith(("-", "•")) or current is None:
            if current is not None:
                break
            pos = end + 1
            continue
        for item in re.finditer(r"[-•]\s*([^-•\n][^\n]*?)(?=\s+[-•]\s|$)", fold[items_from:end]):
            a, b = items_from + item.start(1), items_from + item.end(1)
            kind, span = _kind(fold, a, b, a)
            key = (kind, current[0].isoformat())
            if key in seen:
                continue
            seen.add(key)
            deadline = Deadline(
                kind=doc.found(kind, *(span or (a, b)), 0.85),
                date=doc.found(current[0].isoformat(), *current[1], 0.9),
            )
            deadline.channel = _channel(doc, a, b)
            out.append(deadline)
        pos = end + 1
