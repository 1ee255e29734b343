"""Events of a letter: which events it announces, their dates, times, place and relations."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import resolve_zone
from .event_details import find_format, find_organisers, find_place, find_theme
from .event_times import Occurrence, set_dates, times_from
from .event_words import RELATION_PREFIXES, RELATION_RE
from .gazetteer import city_info
from .mentions import Mention, find_mentions
from .model import EventExtraction, Found, RelatedEvent
from .normalise import Doc, ci, squash
from .occurrences import attach_occurrence, find_occurrences

_RELATIVE = ci(
    r"\b(?:qui|which|that|que)\s+(?:se\s+tiendra|aura\s+lieu|will|se\s+d[eé]roulera"
    r"|is|sera|tendr[aá]|se\s+celebrar[aá])"
)
_INVERSE = {
    "part_of": "includes",
    "includes": "part_of",
    "preceded_by": "followed_by",
    "followed_by": "preceded_by",
    "alongside": "alongside",
}
_LIST_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•–*]|\d{1,2}[.)]|[a-z][.)])\s+")
_WP_OF_GROUP = re.compile(r"WP\d{1,2}/(\d{1,2})")
# A table row as text: the date begins a column (after a wide gap, a tab or a bar).
_TABLE_CELL_END = re.compile(r"\S(?:[ \t]{3,}|\t|[ \t]*\|[ \t]*)$")


@dataclass
class _Event:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    related: dict[str, tuple[str, Mention]] = field(default_factory=dict)


def find_events(
    doc: Doc,
    body: tuple[int, int],
    subject: tuple[int, int] | None,
    letter_date: dt.date | None,
    letter_place: str | None,
    language: str | None,
    skip_dates: list[tuple[int, int]],
) -> list[EventExtraction]:
    regions = ([subject] if subject else []) + [body]
    mentions: list[Mention] = []
    for lo, hi in regions:
        mentions.extend(find_mentions(doc, lo, hi, language))

    def in_subject(pos: int) -> bool:
        return subject is not None and subject[0] <= pos < subject[1]

    main_keys = _main_keys(doc, mentions, subject, in_subject)
    _resolve_anaphors(mentions, main_keys)
    events: dict[str, _Event] = {}
    for mention in mentions:
        if mention.key:
            events.setdefault(mention.key, _Event(mention.key)).mentions.append(mention)
    occurrences = find_occurrences(doc, regions, letter_date, skip_dates, in_subject)
    for occurrence in occurrences:
        key = attach_occurrence(doc, occurrence, mentions, main_keys, in_subject)
        if key and key in events:
            events[key].occurrences.append(occurrence)
    if not main_keys:
        main_keys = _keys_with_dates(events, mentions)
    main_keys += [k for k in _listed_meetings(doc, events, body) if k not in main_keys]
    _relations(doc, mentions, events, main_keys, regions, in_subject)
    _working_parties(events, main_keys)
    out = []
    for key in main_keys:
        event = events.get(key)
        if event is None:
            continue
        out.append(
            _build(
                doc,
                event,
                events,
                body,
                subject,
                letter_place,
                language,
                single=len(main_keys) == 1,
                skip_dates=skip_dates,
            )
        )
    return out


def _main_keys(doc: Doc, mentions: list[Mention], subject, in_subject) -> list[str]:
    """Events named in the subject line, unless named there as the frame of another one."""
    keys: list[str] = []
    if subject is None:
        return keys
    for mention in mentions:
        if not in_subject(mention.start) or mention.anaphor or mention.key in keys:
            continue
        cue = None
        for match in RELATION_RE.finditer(doc.fold, subject[0], mention.start):
            cue = match
        if cue is not None and keys:
            continue
        keys.append(mention.key)
    return keys


def _resolve_anaphors(mentions: list[Mention], main_keys: list[str]) -> None:
    last_named: list[Mention] = []
    for mention in mentions:
        if not mention.anaphor:
            last_named.append(mention)
            continue
        same = next((m for m in reversed(last_named) if m.head == mention.head and m.head), None)
        if same is None and last_named and mention.start - last_named[-1].end < 300:
            same = last_named[-1]
        if same is not None:
            mention.key = same.key
        elif main_keys:
            mention.key = main_keys[0]


def _keys_with_dates(events: dict[str, _Event], mentions: list[Mention]) -> list[str]:
    """No subject names an event: the first named event the letter gives a date for."""
    dated = [e for e in events.values() if e.occurrences and any(not m.anaphor for m in e.mentions)]
    if not dated:
        return []
    dated.sort(key=lambda e: e.occurrences[0].date.start)
    return [dated[0].key]


def _listed_meetings(doc: Doc, events: dict[str, _Event], body: tuple[int, int]) -> list[str]:
    """A letter announcing several meetings lists them, one a line, each with its dates."""
    keys = []
    for key, event in events.items():
        for occurrence in event.occurrences:
            if occurrence.in_subject:
                continue
            line_start = doc.norm.rfind("\n", 0, occurrence.date.start) + 1
            if not (
                _LIST_LINE.match(doc.norm, max(0, line_start - 1))
                or _TABLE_CELL_END.search(doc.norm, line_start, occurrence.date.start)
            ):
                continue
            if any(
                line_start <= m.start < occurrence.date.start and not m.anaphor
                for m in event.mentions
            ):
                keys.append(key)
                break
    return keys if len(keys) >= 2 else []


def _relations(doc: Doc, mentions, events, main_keys, regions, in_subject) -> None:
    for lo, hi in regions:
        for cue in doc.scan(RELATION_RE, RELATION_PREFIXES, lo, hi):
            s_lo, s_hi = (
                (lo, hi) if in_subject(cue.start()) else doc.sentence_bounds(cue.start(), lo, hi)
            )
            relation = cue.lastgroup or ""
            after = [
                m for m in mentions if cue.end() <= m.start < min(s_hi, cue.end() + 120) and m.key
            ]
            before = [m for m in mentions if s_lo <= m.start < cue.start() and m.key]
            if relation == "includes":
                if len(after) < 2:
                    continue
                left, right = after[0], after[1]
            else:
                if not after or not before:
                    continue
                left, right = before[-1], after[0]
                relative = _RELATIVE.search(doc.fold, left.end, cue.start())
                if relative and left.key not in main_keys:
                    first_main = next((m for m in before if m.key in main_keys), None)
                    if first_main is not None:
                        left = first_main
            if left.key == right.key:
                continue
            if left.key in main_keys and right.key not in main_keys:
                events[left.key].related.setdefault(right.key, (relation, right))
            elif right.key in main_keys and left.key not in main_keys:
                events[right.key].related.setdefault(left.key, (_INVERSE[relation], left))


def _working_parties(events: dict[str, _Event], main_keys: list[str]) -> None:
    """ITU-T numbers a working party after its study group: Working Party 1/13 is part of
    Study Group 13, whether or not the letter says so in words."""
    for key in main_keys:
        numbered = _WP_OF_GROUP.fullmatch(key)
        parent = events.get(f"SG{numbered.group(1)}") if numbered else None
        if parent is not None and key in events:
            events[key].related.setdefault(parent.key, ("part_of", _best_mention(parent)))


def _best_mention(event: _Event) -> Mention:
    named = [m for m in event.mentions if not m.anaphor]
    with_acronym = [m for m in named if m.acronym and m.edition]
    return (with_acronym or [m for m in named if m.acronym] or named or event.mentions)[0]


def _build(
    doc: Doc,
    event: _Event,
    events: dict[str, _Event],
    body,
    subject,
    letter_place,
    language,
    single: bool,
    skip_dates: list[tuple[int, int]],
) -> EventExtraction:
    named = [m for m in event.mentions if not m.anaphor]
    out = EventExtraction()
    first = next((m for m in named if m.name), None)
    if first is not None:
        start, end = first.name_span or (first.start, first.end)
        out.name = doc.found(first.name, start, end, 0.9 if first.known else 0.75)
    best = _best_mention(event)
    if best.acronym and best.acronym_span:
        out.acronym = doc.found(best.acronym, *best.acronym_span, 0.9)
        out.acronym_written = doc.found(best.acronym_written, *best.acronym_span, 0.95)
    elif best.known and best.official and not best.anaphor:
        out.acronym = doc.found(best.key, best.start, best.end, 0.7)
    edition = next((m for m in [best, *named] if m.edition and m.edition_span), None)
    if edition is not None:
        out.edition = doc.found(edition.edition, *edition.edition_span, 0.85)
    sentences = _event_sentences(doc, event, body, subject, single)
    own = [s for s in sentences if s != body]
    out.theme = find_theme(doc, sentences)
    set_dates(doc, out, event.occurrences)
    apart = None
    if out.start_time is None:
        apart = times_from(
            doc, out, own if not single else sentences, skip_dates, event.occurrences
        )
    if out.start_time is None and not single:
        apart = times_from(doc, out, [body], skip_dates, event.occurrences)
    occurrence_sentences = [o.sentence for o in event.occurrences if not o.in_subject]
    place = find_place(
        doc,
        occurrence_sentences
        + [s for s in own if s not in occurrence_sentences]
        + [o.sentence for o in event.occurrences if o.in_subject],
        language,
    )
    if not single and "city" not in place and "venue" not in place:
        place = find_place(doc, [body], language)
    for name in ("venue", "room", "city", "country"):
        setattr(out, name, place.get(name))
    has_site = out.room is not None or (
        out.venue is not None
        and (out.city is None or not out.venue.value.startswith(out.city.value))
    )
    out.format = find_format(doc, sentences, has_venue=has_site)
    if out.format is None and not single:
        out.format = find_format(doc, [body], has_venue=has_site)
    cities = [c for c in (out.city.value if out.city else None, letter_place) if c]
    timed = next((o.time for o in event.occurrences if o.time and o.time.zone), None)
    timed = timed or apart
    day = dt.date.fromisoformat(out.start_date.value) if out.start_date else None
    iana = resolve_zone(timed.zone, cities, day) if timed is not None and timed.zone else None
    if iana and timed is not None:
        span = timed.zone_span or (timed.start, timed.end)
        out.time_zone = doc.found(iana, *span, 0.9)
    elif out.city is not None:
        info = city_info(out.city.value)
        if info:
            out.time_zone = Found(info[1], out.city.start, out.city.end, 0.6)
    out.organisers, out.co_organisers = find_organisers(doc, [s for s in sentences if s != body])
    for key, (relation, mention) in event.related.items():
        out.related.append(_related(doc, events.get(key), mention, relation, relation_span=None))
    return out


def _event_sentences(doc: Doc, event: _Event, body, subject, single: bool) -> list[tuple[int, int]]:
    """The sentences that speak of this event: its mentions and dates (all the body if alone)."""
    spans = []
    for mention in event.mentions:
        if subject and subject[0] <= mention.start < subject[1]:
            spans.append(subject)
        else:
            spans.append(doc.sentence_bounds(mention.start, *body))
    spans.extend(o.sentence for o in event.occurrences)
    if single:
        spans.append(body)
    ordered: list[tuple[int, int]] = []
    for span in sorted(set(spans)):
        if span not in ordered:
            ordered.append(span)
    # the subject and the sentences naming the event first, then the rest of the body
    ordered.sort(key=lambda s: (s == body, s[0]))
    return ordered


def _related(
    doc: Doc, other: _Event | None, mention: Mention, relation: str, relation_span
) -> RelatedEvent:
    name = mention.name or squash(doc.norm[mention.start : mention.end])
    span = mention.name_span or (mention.start, mention.end)
    item = RelatedEvent(name=doc.found(name, *span, 0.8), relation=doc.found(relation, *span, 0.75))
    if other is not None:
        best = _best_mention(other)
        if best.acronym and best.acronym_span:
            item.acronym = doc.found(best.acronym, *best.acronym_span, 0.85)
        elif best.known and best.official:
            item.acronym = doc.found(best.key, best.start, best.end, 0.7)
        dated = [o for o in other.occurrences if not o.in_subject]
        if dated:
            d = dated[0].date
            item.start_date = doc.found(d.first.isoformat(), d.start, d.end, 0.8)
            item.end_date = doc.found(d.last.isoformat(), d.start, d.end, 0.8)
            place = find_place(doc, [dated[0].sentence], None)
            item.city = place.get("city")
    return item
