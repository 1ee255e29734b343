"""Where an event takes place in time: each date of the letter (with the time written beside
it) and the event it belongs to."""

from __future__ import annotations

import re

from .dates import find_dates, find_times
from .event_times import Occurrence
from .mentions import Mention
from .normalise import Doc, ci

# Words that say the sentence's date is when the event is held ("will be held", "se tiendra").
OCCURS = ci(
    r"aura\s+lieu|se\s+tiendra|se\s+d[eé]roulera|sera\s+convoqu[eé]e|will\s+(?:be\s+held|take\s+place"
    r"|meet|be\s+convened)|is\s+to\s+(?:be\s+held|meet|take\s+place)|scheduled|se\s+celebrar[aá]"
    r"|tendr[aá]\s+lugar|se\s+reunir[aá]|inviter|invite|invitation|invitarle"
    r"|will\s+(?:open|start|begin)|s'ouvrira|commencera|comenzar[aá]|se\s+inaugurar[aá]"
)
# "at 0930 hours on 7 July": a time written just before the date belongs to it.
TIME_THEN_DATE = ci(r"\s*(?:hours|hrs|heures|horas)?\s*,?\s*(?:on|le|el|du|the)?\s*(?:\w+day\s+)?")


def find_occurrences(doc: Doc, regions, letter_date, skip, in_subject) -> list[Occurrence]:
    out = []
    for lo, hi in regions:
        dates = [
            d
            for d in find_dates(doc.fold, lo, hi, letter_date)
            if not any(a <= d.start < b for a, b in skip)
        ]
        times = find_times(doc.fold, lo, hi, doc.norm)
        for i, date in enumerate(dates):
            if _after_reference(doc, date.start):
                continue
            sentence = (
                (lo, hi) if in_subject(date.start) else doc.sentence_bounds(date.start, lo, hi)
            )
            next_start = dates[i + 1].start if i + 1 < len(dates) else sentence[1]
            # "at 0930 hours on 7 July": a time written just before the date is its own
            time = next(
                (
                    t
                    for t in times
                    if sentence[0] <= t.start
                    and t.end <= date.start
                    and TIME_THEN_DATE.fullmatch(doc.fold, t.end, date.start)
                ),
                None,
            ) or next(
                (
                    t
                    for t in times
                    if date.end <= t.start < min(next_start, date.end + 80)
                    and t.start < sentence[1]
                ),
                None,
            )
            if time is None:
                time = next(
                    (
                        t
                        for t in times
                        if sentence[0] <= t.start
                        and t.end <= date.start
                        and date.start - t.end < 30
                    ),
                    None,
                )
            out.append(Occurrence(date, time, sentence, in_subject(date.start)))
    return out


def _after_reference(doc: Doc, pos: int) -> bool:
    """ "TSB Circular 203 of 3 August 1999", "lettre du 5 mai": the date of a letter."""
    before = doc.fold[max(0, pos - 40) : pos]
    return bool(
        re.search(
            r"(?:\d{1,4}|lettre|letter|circulaire|circular|carta)\s+(?:of|du|dated|en\s+date"
            r"\s+du|de\s+fecha|del)\s+(?:le\s+)?$",
            before,
            re.I,
        )
    )


def attach_occurrence(
    doc: Doc, occurrence: Occurrence, mentions: list[Mention], main_keys, in_subject
) -> str:
    if occurrence.in_subject and main_keys:
        return main_keys[0]
    lo, hi = occurrence.sentence
    pos = occurrence.date.start
    before = [m for m in mentions if lo <= m.start < pos and m.key]
    if before:
        return before[-1].key
    after = [m for m in mentions if pos < m.start < hi and m.key]
    if after:
        return after[0].key
    if main_keys and OCCURS.search(doc.fold, lo, hi):
        return main_keys[0]
    return ""
