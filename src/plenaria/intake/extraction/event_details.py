"""Details of one event read from the sentences about it: theme, place, format, organisers."""

from __future__ import annotations

import re

from .gazetteer import CITY_RE, COUNTRY_RE, city_info, country_code
from .lexicon import ORG_RE, org_code
from .model import Found
from .normalise import Doc, ci, squash

_THEME_WORD = ci(r"(?<![\w-])(?:th[eè]mes?|themes?|temas?|lema)(?![\w-])")
_QUOTE = re.compile(r"\"\s*(?P<q>[^\"\n]{3,300}?)\s*\"")
_THEME_UNQUOTED = ci(
    r"(?:sur\s+le\s+th[eè]me\s+(?:des?|du|de\s+la|de\s+l'|d')\s*|on\s+the\s+theme\s+(?:of\s+)?"
    r"|under\s+the\s+theme\s+|sobre\s+el\s+tema\s+(?:de(?:l)?\s+)?)"
)
_ROOM = re.compile(
    r"(?<![\w-])(?P<room>(?:Salle|Room|Sala|salle)\s+(?:[A-Z0-9][\w'-]*)(?:\s+(?:[A-Z0-9][\w'-]*|de|del|des|du)){0,3}"
    r"|(?<!\bthe\s)[A-Z][\w'-]+\s+(?:Room|Hall))(?![\w-])"
)
_VENUE = re.compile(
    r"(?P<v>si[eè]ge\s+de\s+l'UIT|(?:ITU|UIT)\s+[Hh]eadquarters|sede\s+de\s+la\s+UIT"
    r"|Centre\s+international\s+de\s+conf[eé]rences\s+de\s+Gen[eè]ve(?:\s*\(CICG\))?"
    r"|International\s+Conference\s+Cent(?:re|er)\s+Geneva(?:\s*\(CICG\))?|CICG"
    r"|Palais\s+des\s+Nations|Montbrillant\s+building|b[aâ]timent\s+Montbrillant|Tower\s+building"
    r"|(?:[A-Z][\w'-]+\s+){1,4}(?:Convention|Conference|Exhibition|Congress)\s+(?:Cent(?:re|er)|Hall)"
    r"|(?:Centre|Palais|Palacio)\s+(?:des\s+congr[eè]s|de\s+conf[eé]rences|de\s+congresos)"
    r"(?:\s+(?:de|d')\s*[A-Z][\w'-]+)?"
    r"|Centro\s+(?:Internacional\s+)?de\s+(?:Convenciones|Congresos|Conferencias|Exposiciones)"
    r"(?:\s+[A-ZÀ-Þ][\w'-]+){0,3}"
    r"|[Hh][oô]tel\s+(?:[A-Z][\w'&-]+\s?){1,4}|(?:[A-Z][\w'&-]+\s+){1,4}H[oô]tel\b"
    r"|(?:[A-Z]{2,10}\s+[Hh]eadquarters|[Ss]i[eè]ge\s+de\s+l'(?:[A-Z]{2,10}))(?:\s*,\s*(?:Room|Salle)"
    r"\s+[A-Z0-9]+)?)"
)
# A word every venue or room pattern holds: the costly patterns run only where one is written.
_VENUE_HINT = ci(
    r"si[eè]ge|headquarters|sede|cent|cicg|palais|palacio|montbrillant|tower|h[oô]tel|hall"
)
_ROOM_HINT = ci(r"salle|sala|room|hall")
_ITU_HQ = ci(
    r"si[eè]ge\s+de\s+l'UIT|ITU\s+headquarters|sede\s+de\s+la\s+UIT|Montbrillant"
    r"|Tower\s+building|CICG"
)
# "held at Bharat Mandapam, New Delhi": a named site just before the city.
_SITE_BEFORE_CITY = re.compile(
    r"(?<![\w-])(?:at|au|en\s+el|en\s+la|[aà]\s+l[a']?)\s*(?:the\s+)?"
    r"(?P<v>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|de|du|des|of|the|del|la)){0,5}?)"
    r"\s*,\s*$"
)
_CLOCK_OF = ci(r"(?:heure|hora)\s+(?:de\s+|d')\s*$")
_CITY_INTRO = ci(r"(?:[aà]|in|en|at|au|dans|de|,|\()\s*$")

_VIRTUAL = ci(
    r"virtuel(?:le)?s?|virtual(?:ly|es)?|en\s+ligne\s+uniquement|fully\s+online"
    r"|online\s+(?:meeting|event|only|format)|webinar|webinaire|entirely\s+online"
)
_HYBRID = ci(r"hybrid[eo]?s?|hybride|h[ií]brid[oa]s?")
_IN_PERSON = ci(
    r"en\s+pr[eé]sentiel|in[\s-]person|presencial(?:mente)?|physical(?:ly)?\s+(?:present|"
    r"participation|meeting|attendance)|pr[eé]sents?\s+[aà]\s+\w|on[\s-]site|sur\s+place"
    r"|participation\s+physique|physiquement"
)
_REMOTE = ci(
    r"[aà]\s+distance|remote(?:ly)?|a\s+distancia|en\s+l[ií]nea|online\s+participation"
    r"|participate\s+online|participer\s+en\s+ligne"
)

_NEGATED = ci(
    r"(?:\bno|\bnot|\bpas\s+de|\baucune?|\bsans|\bwithout|\bni|\bsin|\bningun[ao]?)"
    r"(?:\s+[\w'-]+){0,2}\s*$"
)
_ONLY = ci(r"\s*(?:only|uniquement|seulement|exclusivement|solamente|[;,]\s*no\s+remote)")
_ORGANISED_BY = ci(
    r"(?P<co>co-?organis[eé]e?s?|co-?organized|co-?organised|coorganizad[oa]s?)\s+(?:par|by|por)\s+"
    r"|(?P<org>organis[eé]e?s?|organized|organised|organizad[oa]s?|convened|convoqu[eé]e?|hosted"
    r"|accueillie?s?|h[eé]berg[eé]e?s?)\s+(?P<jointly>conjointement\s+|jointly\s+|conjuntamente\s+)?"
    r"(?:par|by|por)\s+"
    r"|(?P<aegis>sous\s+l'[eé]gide\s+d[eu]\s*|under\s+the\s+auspices\s+of\s+|bajo\s+los\s+auspicios"
    r"\s+de\s+)"
    r"|(?P<with>en\s+collaboration\s+avec|in\s+collaboration\s+with|in\s+partnership\s+with"
    r"|en\s+partenariat\s+avec|jointly\s+with|conjointement\s+avec|en\s+colaboraci[oó]n\s+con"
    r"|in\s+cooperation\s+with|en\s+coop[eé]ration\s+avec|en\s+cooperaci[oó]n\s+con)\s+"
)
_AS_CO = ci(
    r"\s*,?\s*(?:en\s+leur\s+qualit[eé]\s+de\s+co-?organisateurs?|as\s+co-?organi[sz]ers"
    r"|en\s+calidad\s+de\s+coorganizadores)"
)
_ORG_VERB = ci(
    r"\s*(?:c[eé]l[eé]brera|organise|organisera|organizes|organises|will\s+(?:organize|organise"
    r"|host|celebrate|convene)|is\s+organizing|accueillera|convoquera|organizar[aá]|celebrar[aá])\b"
)
_RELATIVE_ORG = ci(r"(?<![\w-])(?:which|that|que|qu')\s*")
_LIST_SEP = ci(
    r"\s*(?:,\s*|\s+et\s+|\s+and\s+|\s+y\s+|,\s*et\s+|,\s*and\s+)"
    r"(?:(?:la|le|l'|les|the|el|los)\s*)?"
)
_PAREN = re.compile(r"\s*\([A-Za-z][\w-]{0,14}\)")
_ARTICLE = ci(r"\s*(?:(?:la|le|l'|les|the|el|los)\s*)?")


def find_theme(doc: Doc, sentences: list[tuple[int, int]]) -> Found | None:
    fold, norm = doc.fold, doc.norm
    for lo, hi in sentences:
        for word in _THEME_WORD.finditer(fold, lo, hi):
            quote = _QUOTE.search(norm, word.end(), min(hi, word.end() + 160))
            if quote:
                value = squash(quote.group("q")).strip(" ,.")
                return doc.found(value, quote.start("q"), quote.end("q"), 0.9)
        for intro in _THEME_UNQUOTED.finditer(fold, lo, hi):
            end = _phrase_end(norm, intro.end(), hi)
            value = squash(norm[intro.end() : end]).strip(" ,.")
            if len(value) > 8:
                return doc.found(value, intro.end(), end, 0.75)
    return None


_CLAUSE = re.compile(
    r",\s*(?:l'|le\s|la\s|les\s|qui\s|que\s|dont\s|o[uù]\s|which\s|that\s|where\s|with\s|avec\s"
    r"|en\s|in\s|to\s|pour\s|afin\s|and\s|et\s|the\s|this\s|ce\s|cette\s|y\s|el\s|\d|[A-Z])"
)


def _phrase_end(norm: str, start: int, hi: int) -> int:
    """End of a noun phrase: a full stop, or a comma that opens a new clause, outside brackets."""
    depth = 0
    for pos in range(start, hi):
        ch = norm[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth <= 0 and (ch in ".;\n" or (ch == "," and _CLAUSE.match(norm, pos))):
            return pos
    return hi


def find_place(
    doc: Doc, sentences: list[tuple[int, int]], language: str | None
) -> dict[str, Found]:
    """Venue, room, city and country from the sentences that say where the event is held."""
    fold, norm = doc.fold, doc.norm
    out: dict[str, Found] = {}
    for lo, hi in sentences:
        if "room" not in out and _ROOM_HINT.search(fold, lo, hi):
            room = _ROOM.search(norm, lo, hi)
            if room:
                out["room"] = doc.found(squash(room.group("room")), *room.span("room"), 0.85)
        if "venue" not in out and _VENUE_HINT.search(fold, lo, hi):
            venue = _VENUE.search(norm, lo, hi)
            if venue:
                value = re.sub(
                    r"\s*,\s*(?:Room|Salle)\s+\S+$", "", squash(venue.group("v"))
                ).strip()
                out["venue"] = doc.found(
                    value, venue.start("v"), venue.start("v") + len(value), 0.85
                )
        if "city" not in out:
            for city in CITY_RE.finditer(fold, lo, hi):
                if not norm[city.start()].isupper() or not _CITY_INTRO.search(
                    fold[max(lo, city.start() - 6) : city.start()]
                ):
                    continue
                if _CLOCK_OF.search(fold, max(lo, city.start() - 12), city.start()):
                    continue  # "(heure de Genève)" gives a time zone, not a place
                info = city_info(fold[city.start() : city.end()])
                out["city"] = doc.found(norm[city.start() : city.end()], *city.span(), 0.85)
                country_end = city.end()
                after = re.match(
                    r"\s*(?:\(|,\s*)(?P<c>[^()\n,]{3,40}?)\)?(?=[\s,.;)]|$)", fold[city.end() : hi]
                )
                code = None
                if after:
                    code = country_code(after.group("c"))
                    if code:
                        start = city.end() + after.start("c")
                        out["country"] = doc.found(code, start, start + len(after.group("c")), 0.9)
                        country_end = city.end() + after.end()
                        if (
                            norm[country_end - 1 : country_end] != ")"
                            and norm[country_end : country_end + 1] == ")"
                        ):
                            country_end += 1
                if code is None and info:
                    out["country"] = doc.found(info[0], *city.span(), 0.75)
                site = _SITE_BEFORE_CITY.search(norm, max(lo, city.start() - 90), city.start())
                if (
                    "venue" not in out
                    and site
                    and not CITY_RE.fullmatch(fold, *site.span("v"))
                    and not ORG_RE.fullmatch(fold, *site.span("v"))
                ):
                    out["venue"] = doc.found(squash(site.group("v")), *site.span("v"), 0.75)
                if "venue" not in out:
                    written = norm[city.start() : country_end].strip()
                    out["venue_place"] = doc.found(
                        squash(written), city.start(), city.start() + len(written), 0.7
                    )
                break
        if "country" not in out:
            country = COUNTRY_RE.search(fold, lo, hi)
            if country and norm[country.start()].isupper() and "city" in out:
                out["country"] = doc.found(
                    country_code(fold[country.start() : country.end()]), *country.span(), 0.6
                )
    if (
        "venue" in out
        and "city" not in out
        and _ITU_HQ.search(doc.fold, *_span_norm(doc, out["venue"]))
    ):
        name = {"fr": "Genève", "es": "Ginebra"}.get(language or "en", "Geneva")
        span = _span_norm(doc, out["venue"])
        out["city"] = doc.found(name, *span, 0.6)
        out.setdefault("country", doc.found("CH", *span, 0.6))
    if "venue" not in out and "venue_place" in out:
        out["venue"] = out.pop("venue_place")
    out.pop("venue_place", None)
    return out


def _span_norm(doc: Doc, found: Found) -> tuple[int, int]:
    """Back from original offsets to ``norm`` offsets (for a span made by ``doc.found``)."""
    import bisect

    start = bisect.bisect_left(doc.omap, found.start)
    end = bisect.bisect_left(doc.omap, found.end)
    return start, max(end, start + 1)


def find_format(doc: Doc, sentences: list[tuple[int, int]], has_venue: bool) -> Found | None:
    fold = doc.fold
    hits: dict[str, tuple[int, int]] = {}
    for lo, hi in sentences:
        for name, pattern in (
            ("hybrid", _HYBRID),
            ("virtual", _VIRTUAL),
            ("in_person", _IN_PERSON),
            ("remote", _REMOTE),
        ):
            if name not in hits:
                for match in pattern.finditer(fold, lo, hi):
                    if not _NEGATED.search(fold[max(lo, match.start() - 30) : match.start()]):
                        hits[name] = match.span()
                        break
    if "in_person" in hits and _ONLY.match(fold, hits["in_person"][1]):
        return doc.found("in_person", *hits["in_person"], 0.9)
    if "hybrid" in hits:
        return doc.found("hybrid", *hits["hybrid"], 0.9)
    if "in_person" in hits and ("remote" in hits or "virtual" in hits):
        span = hits["remote"] if "remote" in hits else hits["virtual"]
        return doc.found("hybrid", *span, 0.85)
    if "remote" in hits and has_venue:
        return doc.found("hybrid", *hits["remote"], 0.75)
    if "virtual" in hits:
        return doc.found("virtual", *hits["virtual"], 0.85)
    if "in_person" in hits:
        return doc.found("in_person", *hits["in_person"], 0.8)
    if "remote" in hits:
        return doc.found("virtual", *hits["remote"], 0.6)
    return None


def _org_list(doc: Doc, pos: int, hi: int) -> tuple[list[tuple[str, int, int]], int]:
    """Organisations listed from ``pos``: "l'UIT, l'UNESCO et le PNUD"."""
    fold = doc.fold
    out = []
    article = _ARTICLE.match(fold, pos, hi)
    pos = article.end() if article else pos
    while pos < hi:
        match = ORG_RE.match(fold, pos, hi)
        if not match:
            break
        code = org_code(match, doc.norm)
        if code is None:
            break
        out.append((code, match.start(), match.end()))
        pos = match.end()
        paren = _PAREN.match(fold, pos, hi)
        if paren:
            pos = paren.end()
        sep = _LIST_SEP.match(fold, pos, hi)
        if not sep:
            break
        pos = sep.end()
    return out, pos


def find_organisers(doc: Doc, sentences: list[tuple[int, int]]) -> tuple[list[Found], list[Found]]:
    organisers: dict[str, Found] = {}
    co: dict[str, Found] = {}

    def add(target: dict[str, Found], items, confidence: float) -> None:
        for code, start, end in items:
            target.setdefault(code, doc.found(code, start, end, confidence))

    for lo, hi in sentences:
        for match in _ORGANISED_BY.finditer(doc.fold, lo, hi):
            items, _ = _org_list(doc, match.end(), hi)
            if not items:
                items = _named_org(doc, match.end(), hi)
            if not items:
                continue
            if match.group("co") or (match.group("jointly") and len(items) > 1):
                add(co, items, 0.85)
            elif match.group("with"):
                add(co, items, 0.75)
            else:
                add(organisers, items, 0.85)
        pos = lo
        while pos < hi and doc.fold[pos] in ' \n"-':
            pos += 1
        items, stop = _org_list(doc, pos, hi)
        if items:
            if _AS_CO.match(doc.fold, stop, hi):
                add(co, items, 0.85)
            elif _ORG_VERB.match(doc.fold, stop, hi):
                add(organisers, items, 0.8)
        # "…, which UNESCO is organizing": the organisation is the subject of a relative clause
        for relative in _RELATIVE_ORG.finditer(doc.fold, lo, hi):
            items, stop = _org_list(doc, relative.end(), hi)
            if items and _ORG_VERB.match(doc.fold, stop, hi):
                add(organisers, items, 0.75)
    return list(organisers.values()), list(co.values())


_NAMED_ORG = re.compile(
    r"(?:(?:l'|la\s|le\s|les\s|the\s|el\s|la\s)\s*)?(?P<n>[A-Z][\w'-]+(?:\s+(?:[a-zà-ÿ'-]+|[A-Z][\w'-]*)){0,7}?)"
    r"(?=\s*(?:[,.;()]|$)|\s+(?:et\s+(?:se|sera|aura)|and\s+(?:will|is)|qui|which|y\s+se)\b)"
)


def _named_org(doc: Doc, pos: int, hi: int) -> list[tuple[str, int, int]]:
    """An organisation the tables do not know, as written: "l'Autorité ougandaise des communications"."""
    match = _NAMED_ORG.match(doc.norm, pos, hi)
    if not match or len(match.group("n")) < 4:
        return []
    return [(squash(match.group("n")), match.start("n"), match.end("n"))]
