"""Where a letter names an event: known events, "Name (ACR-23)", quoted names, study groups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .event_words import ANAPHOR_PREFIXES, ANAPHOR_RE, HEAD_RE
from .known_events import (
    KNOWN_ACRONYM_RE,
    KNOWN_EVENTS,
    KNOWN_NAME_RE,
    KNOWN_PREFIXES,
    known_by_acronym,
)
from .lexicon import ORG_RE, org_code
from .mention_patterns import (
    EDITION_AFTER,
    EDITION_BEFORE,
    FUNCTION_WORDS,
    HEAD_NAME,
    HEAD_WORD,
    NOT_EVENT,
    PAREN_ACRONYM,
    PRE_TAIL,
    QUOTED,
    STUDY_GROUP,
    SUMMIT_ACRONYM,
    VERBS,
    edition_year,
    english_acronym,
)
from .normalise import Doc, squash


@dataclass
class Mention:
    start: int
    end: int
    key: str  # the identity of the event, shared by all its mentions
    name: str | None = None
    name_span: tuple[int, int] | None = None
    acronym: str | None = None  # English, with the edition suffix as written ("WTDC-21")
    acronym_written: str | None = None
    acronym_span: tuple[int, int] | None = None
    edition: int | None = None
    edition_span: tuple[int, int] | None = None
    head: str = ""
    anaphor: bool = False
    known: bool = False
    official: bool = False  # ``key`` is an acronym the organisers use


def find_mentions(doc: Doc, lo: int, hi: int, language: str | None) -> list[Mention]:
    fold, norm = doc.fold, doc.norm
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in doc.scan(KNOWN_NAME_RE, KNOWN_PREFIXES, lo, hi):
        index = int((match.lastgroup or "k0")[1:])
        event = KNOWN_EVENTS[index]
        mention = Mention(
            match.start(),
            match.end(),
            event.acronym,
            known=True,
            head=event.head,
            official=event.official,
        )
        mention.name = event.names.get(language or "en") or event.names["en"]
        if event.written_name:
            mention.name = squash(doc.norm[match.start() : match.end()])
        mention.name_span = match.span()
        inner = SUMMIT_ACRONYM.search(doc.norm, match.start(), match.end())
        if event.acronym == "WSIS Forum" and inner:
            mention.acronym, mention.acronym_written = event.acronym, inner.group()
            mention.acronym_span = inner.span()
        year = re.search(r"(?:19|20)\d\d", fold[match.start() : match.end()])
        if year:
            mention.edition = int(year.group())
            mention.edition_span = (match.start() + year.start(), match.start() + year.end())
        _attach_acronym(doc, mention, hi)
        _edition_around(doc, mention, lo)
        out.append(mention)
        taken.append((mention.start, mention.end))
    for match in KNOWN_ACRONYM_RE.finditer(norm, lo, hi):
        if not free(match.start(), match.end()):
            continue
        index, event = known_by_acronym(match.group("acr")) or (None, None)
        if event is None or (event.needs_edition and not match.group("ed")):
            continue
        written = match.group()
        mention = Mention(
            match.start(),
            match.end(),
            event.acronym,
            known=True,
            head=event.head,
            official=event.official,
            acronym=english_acronym(written, event.acronym),
            acronym_written=written,
            acronym_span=match.span(),
        )
        mention.name = event.names.get(language or "en") or event.names["en"]
        if match.group("ed"):
            mention.edition = edition_year(written)
        if match.group("region"):
            mention.acronym = f"{event.acronym}-{match.group('region')}"
        out.append(mention)
        taken.append(match.span())
    for match in QUOTED.finditer(fold, lo, hi) if '"' in norm[lo:hi] else ():
        if not free(match.start(), match.end()):
            continue
        head = norm[match.start("head") : match.end("head")]
        quoted = norm[match.start("name") : match.end("name")]
        head_key = _head_key(head)
        if head_key == "series":
            name, span = quoted, match.span("name")
        else:
            name = squash(head[0].upper() + head[1:] + ' "' + quoted + '"')
            span = match.span()
        mention = Mention(
            match.start(), match.end(), _key(name), name=name, name_span=span, head=head_key
        )
        out.append(mention)
        taken.append(match.span())
    has_group = any(
        w in fold[lo:hi]
        for w in (
            "study group",
            "d'etudes",
            "de estudio",
            "working party",
            "groupe de travail",
            "grupo de trabajo",
        )
    )
    for match in STUDY_GROUP.finditer(norm, lo, hi) if has_group else ():
        if not free(match.start(), match.end()):
            continue
        sector = match.group("s1") or match.group("s2") or ""
        number = match.group("n") or match.group("wp")
        key = f"{'WP' if match.group('wp') else 'SG'}{number}{sector}"
        mention = Mention(
            match.start(),
            match.end(),
            key,
            name=squash(match.group()),
            name_span=match.span(),
            head="group",
        )
        out.append(mention)
        taken.append(match.span())
    for match in PAREN_ACRONYM.finditer(norm, lo, hi):
        if not free(match.start(), match.end()):
            continue
        mention = _named_with_acronym(doc, match, lo)
        if mention and free(mention.start, mention.end):
            out.append(mention)
            taken.append((mention.start, mention.end))
    for match in _head_names(norm, lo, hi):
        if not (match.group("pre") or match.group("comp")):
            continue
        start, end = match.start(), match.end()
        name = squash(norm[start:end])
        if not free(start, end) or len(name.split()) < 2 or NOT_EVENT.search(name):
            continue
        if ORG_RE.fullmatch(fold, start, end):  # an organisation, not an event
            continue
        out.append(
            Mention(
                start,
                end,
                _key(name),
                name=name,
                name_span=(start, end),
                head=_head_key(match.group("head")),
            )
        )
        taken.append((start, end))
    for match in doc.scan(ANAPHOR_RE, ANAPHOR_PREFIXES, lo, hi):
        if not free(match.start(), match.end()):
            continue
        head = HEAD_RE.search(fold, match.start(), match.end())
        if head is None:
            continue
        out.append(Mention(match.start(), match.end(), "", head=head.lastgroup or "", anaphor=True))
    out.sort(key=lambda m: m.start)
    _merge_keys(out)
    return out


def _head_names(norm: str, lo: int, hi: int):
    """``HEAD_NAME`` matches, tried only where a capitalised event noun stands."""
    pos = lo
    for head in HEAD_WORD.finditer(norm, lo, hi):
        if head.start() < pos:
            continue
        before = norm[max(pos, head.start() - 80) : head.start()]
        pre = PRE_TAIL.search(before)
        start = head.start() - (len(pre.group()) if pre else 0)
        match = HEAD_NAME.match(norm, start, hi)
        if match:
            yield match
            pos = match.end()


def _merge_keys(mentions: list[Mention]) -> None:
    """ "Regional Forum on X" and "Regional Forum on X (RFX-24)" are one event."""
    generic = [m for m in mentions if not m.known and not m.anaphor and m.name]
    for i, mention in enumerate(generic):
        for other in generic[:i]:
            a, b = other.key, mention.key
            if a != b and (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) >= 12:
                old, new = (b, a) if len(a) >= len(b) else (a, b)
                for m in mentions:
                    if m.key == old:
                        m.key = new


def _attach_acronym(doc: Doc, mention: Mention, hi: int) -> None:
    """ "Name (ACR-21)": the acronym right after a known name."""
    match = PAREN_ACRONYM.match(doc.norm, mention.end, hi) or PAREN_ACRONYM.match(
        doc.norm, mention.end + 1, hi
    )
    if not match:
        return
    written = match.group("acr")
    base = written.split("-")[0].split(" ")[0]
    event = known_by_acronym(base)
    english = event[1].acronym if event else (mention.key if base in ("SMSI", "WSIS") else None)
    if english is None or (english != mention.key and base not in ("SMSI", "WSIS")):
        return
    if base in ("SMSI", "WSIS"):  # "Forum du SMSI (SMSI)": the acronym of the summit
        return
    mention.acronym_written = written
    region = re.match(r"^[A-Z]+-([A-Z]{2,4})$", written)
    mention.acronym = (
        f"{english}-{region.group(1)}" if region else english_acronym(written, english)
    )
    mention.acronym_span = match.span("acr")
    ed = edition_year(written) if re.search(r"\d", written) else None
    if ed:
        mention.edition = ed
        mention.edition_span = match.span("acr")
    mention.end = match.end()


def _edition_around(doc: Doc, mention: Mention, lo: int) -> None:
    if mention.edition:
        return
    before = doc.fold[max(lo, mention.start - 40) : mention.start]
    match = EDITION_BEFORE.search(before)
    if match:
        group = "y" if match.group("y") else "y2"
        mention.edition = int(match.group(group))
        offset = mention.start - len(before)
        mention.edition_span = (offset + match.start(group), offset + match.end(group))
        return
    after = EDITION_AFTER.match(doc.fold, mention.end)
    if after:
        mention.edition = int(after.group("y"))
        mention.edition_span = after.span("y")


def _head_key(text: str) -> str:
    match = HEAD_RE.search(text.lower())
    return (match.lastgroup or "") if match else ""


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def _named_with_acronym(doc: Doc, match: re.Match[str], lo: int) -> Mention | None:
    """ "Regional Development Forum (RDF-23)": walk back from the parenthesis over the name."""
    norm = doc.norm
    words = list(re.finditer(r"[\w'\"-]+", norm[max(lo, match.start() - 160) : match.start()]))
    offset = max(lo, match.start() - 160)
    start = None
    head_seen = False
    for word in reversed(words[-14:]):
        gap = norm[offset + word.end() : start if start is not None else match.start()]
        if any(ch in gap for ch in ".;:,()\n"):
            break
        text = word.group()
        if HEAD_RE.fullmatch(doc.fold, offset + word.start(), offset + word.end()):
            head_seen = True
        elif head_seen and not (text[0].isupper() or text.lower() in FUNCTION_WORDS):
            break
        start = offset + word.start()
    if start is None or not head_seen:
        return None
    written = match.group("acr")
    org = ORG_RE.fullmatch(written.lower())
    if org and org_code(org, written):
        return None
    if any(w.lower() in VERBS for w in re.findall(r"[\w'-]+", norm[start : match.start()])):
        return None
    if NOT_EVENT.search(norm, start, match.start()):
        return None
    # the name begins at its first capitalised word
    segment = norm[start : match.start()]
    first_cap = re.search(r"(?<![\w'])[A-Z]", segment)
    if first_cap is None:
        return None
    start += first_cap.start()
    name = squash(norm[start : match.start()])
    if not HEAD_RE.search(doc.fold, start, match.start()) or len(name.split()) < 2:
        return None
    year = re.search(r"\s+((?:19|20)\d\d)$", name)
    if year:
        name = name[: year.start()]
    mention = Mention(
        start,
        match.end(),
        _key(name),
        name=name,
        name_span=(
            start,
            start + len(norm[start : match.start()].rstrip()) - (len(year.group()) if year else 0),
        ),
        acronym=written,
        acronym_written=written,
        acronym_span=match.span("acr"),
        head=_head_key(name),
    )
    if re.search(r"\d", written):
        mention.edition = edition_year(written)
        mention.edition_span = match.span("acr")
    return mention
