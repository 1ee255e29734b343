"""When an event takes place: its dates and times, from the sentences that speak of it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from .dates import DateMatch, TimeMatch, find_dates, find_times
from .model import EventExtraction
from .normalise import Doc, ci


@dataclass
class Occurrence:
    date: DateMatch
    time: TimeMatch | None
    sentence: tuple[int, int]
    in_subject: bool


def set_dates(doc: Doc, out: EventExtraction, occurrences: list[Occurrence]) -> None:
    """Start and end dates and times from the dates said of the event (the body first)."""
    body_first = [o for o in occurrences if not o.in_subject] + [
        o for o in occurrences if o.in_subject
    ]
    if not body_first:
        return
    explicit = [o for o in body_first if o.date.explicit_year]
    chosen = body_first[0]
    if not chosen.date.explicit_year and explicit:
        # "le lundi 17 mai" in the body, "17 mai 2021" in the subject: same day, year from there
        same = next(
            (
                o
                for o in explicit
                if (o.date.first.month, o.date.first.day)
                == (chosen.date.first.month, chosen.date.first.day)
            ),
            None,
        )
        if same is None:
            chosen = explicit[0]
    date = chosen.date
    first, last = date.first, date.last
    if not date.explicit_year and explicit:
        year = explicit[0].date.first.year
        with contextlib.suppress(ValueError):  # 29 February of another year
            first, last = first.replace(year=year), last.replace(year=year)
    confidence = 0.9 if date.explicit_year else 0.75
    out.start_date = doc.found(first.isoformat(), date.start, date.end, confidence)
    out.end_date = doc.found(last.isoformat(), date.start, date.end, confidence)
    timed = (
        chosen
        if chosen.time
        else next(
            (
                o
                for o in body_first
                if o.time and (o.date.first.month, o.date.first.day) == (first.month, first.day)
            ),
            None,
        )
    )
    if timed and timed.time:
        t = timed.time
        out.start_time = doc.found(t.first.strftime("%H:%M"), t.start, t.end, 0.9)
        if t.last:
            out.end_time = doc.found(t.last.strftime("%H:%M"), t.start, t.end, 0.9)


_END_WORDS = ci(
    r"se\s+termin|termineront|terminar|finaliz|end|clos|finish|jusqu|until|conclu|fin\b|hasta"
)


def times_from(
    doc: Doc, out: EventExtraction, sentences, skip_dates, occurrences
) -> TimeMatch | None:
    """A time said apart from the date ("Sessions will run daily from 09:00 to 17:00 ICT");
    returns the time that carries a zone, if any."""
    own_dates = {(o.date.start, o.date.end) for o in occurrences}
    for lo, hi in split_sentences(doc, sentences):
        if any(lo <= a < hi for a, _ in skip_dates):
            continue  # a deadline's sentence
        other_dates = [
            d for d in find_dates(doc.fold, lo, hi, None) if (d.start, d.end) not in own_dates
        ]
        if other_dates:
            continue  # the time of something else
        times = find_times(doc.fold, lo, hi, doc.norm)
        if not times:
            continue
        first = times[0]
        out.start_time = doc.found(first.first.strftime("%H:%M"), first.start, first.end, 0.75)
        last, zone_match = first.last, first
        if (
            last is None
            and len(times) > 1
            and _END_WORDS.search(doc.fold, first.end, times[1].start)
        ):
            last, zone_match = times[1].first, times[1]
        if last is not None:
            span = (zone_match.start, zone_match.end)
            out.end_time = doc.found(last.strftime("%H:%M"), *span, 0.75)
        return first if first.zone else (zone_match if zone_match.zone else None)
    return None


def split_sentences(doc: Doc, spans):
    for lo, hi in spans:
        pos = lo
        while pos < hi:
            start, end = doc.sentence_bounds(pos, lo, hi)
            end = max(end, pos + 1)
            yield start, end
            pos = end
