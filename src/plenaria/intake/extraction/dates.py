"""Dates, date ranges, times, time ranges and time zones, in French, English and Spanish."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .gazetteer import CITY_NAMES, _alternation, city_info
from .lexicon import MONTH_RE, MONTHS, WEEKDAY_RE
from .normalise import ci

_DAY = r"(?<![\d/.,:])(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:er|re|st|nd|rd|th|e|eme|o|º|°)?"
_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
_WD = rf"(?:{WEEKDAY_RE}\s*,?\s+)?"
_SEP = r"\s*(?:-|au|a|to|and|et|al|y|until|till|through|jusqu'(?:au|a)|hasta\s+el)\s*"


def _g(pattern: str, name: str) -> str:
    return f"(?P<{name}>{pattern})"


DATE_RE = ci(
    r"(?=[^\d\n]{0,40}\d)(?:"
    # a range: "du 6 au 16 juin 2022", "26 February-2 March 2018", "6-15 juin 2022"
    rf"(?:(?:du|from|entre|between|del|de)\s+)?{_WD}{_g(_DAY, 'd1')}"
    rf"(?:\s+(?:de\s+)?{_g(MONTH_RE, 'm1')}(?:\s*,?\s*(?:de\s+)?{_g(_YEAR, 'y1')})?)?"
    rf"{_SEP}{_WD}{_g(_DAY, 'd2')}\s+(?:de\s+)?{_g(MONTH_RE, 'm2')}"
    rf"(?:\s*,?\s*(?:de\s+)?{_g(_YEAR, 'y2')})?"
    # a single date: "6 mai 2021", "lundi 17 mai", "17 de mayo de 2023"
    rf"|{_WD}{_g(_DAY, 'd')}\s+(?:de\s+)?{_g(MONTH_RE, 'm')}(?:\s*,?\s*(?:de\s+)?{_g(_YEAR, 'y')})?"
    # US order: "September 20, 2021", "June 2-4, 2022"
    rf"|{_WD}{_g(MONTH_RE, 'mA')}\s+{_g(_DAY, 'dA')}(?:\s*-\s*{_g(_DAY, 'dB')})?"
    rf"(?:\s*,?\s*{_g(_YEAR, 'yA')})?"
    # numeric: 2022-06-06, 06.06.2022, 6/6/2022
    r"|(?<!\d)(?P<yI>(?:19|20)\d\d)-(?P<mI>[01]\d)-(?P<dI>[0-3]\d)(?!\d)"
    r"|(?<![\d/.])(?P<dN>[0-3]?\d)[./](?P<mN>[01]?\d)[./](?P<yN>(?:19|20)\d\d)(?!\d))"
)


@dataclass
class DateMatch:
    start: int
    end: int
    first: dt.date
    last: dt.date
    explicit_year: bool


def _day(text: str | None) -> int:
    return int(re.match(r"\d+", text or "0").group())  # type: ignore[union-attr]


def _month(text: str | None) -> int:
    return MONTHS.get((text or "").lower().rstrip("."), 0)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, default: dt.date | None) -> int:
    if default is None:
        return 0
    year = default.year
    # a letter of November announcing a meeting in February means next year
    if month and month < default.month - 2:
        year += 1
    return year


def parse_date(match: re.Match[str], default: dt.date | None) -> DateMatch | None:
    """Turn a ``DATE_RE`` match into dates; ``default`` supplies a year that is not written."""
    g = match.group
    if g("d2"):
        m2 = _month(g("m2"))
        m1 = _month(g("m1")) or m2
        year2 = int(g("y2")) if g("y2") else 0
        explicit = bool(year2)
        year2 = year2 or _infer_year(m2, default)
        year1 = int(g("y1")) if g("y1") else (year2 - 1 if m1 > m2 else year2)
        first, last = _make(year1, m1, _day(g("d1"))), _make(year2, m2, _day(g("d2")))
    elif g("d"):
        month = _month(g("m"))
        year = int(g("y")) if g("y") else _infer_year(month, default)
        explicit = bool(g("y"))
        first = last = _make(year, month, _day(g("d")))
    elif g("mA"):
        month = _month(g("mA"))
        year = int(g("yA")) if g("yA") else _infer_year(month, default)
        explicit = bool(g("yA"))
        first = _make(year, month, _day(g("dA")))
        last = _make(year, month, _day(g("dB"))) if g("dB") else first
    elif g("yI"):
        explicit = True
        first = last = _make(int(g("yI")), int(g("mI")), int(g("dI")))
    else:
        explicit = True
        first = last = _make(int(g("yN")), int(g("mN")), int(g("dN")))
    if first is None or last is None or last < first or (last - first).days > 366:
        return None
    return DateMatch(match.start(), match.end(), first, last, explicit)


def date_matches(fold: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``DATE_RE`` matches inside [lo, hi), from one scan of the whole text (cached)."""
    matches, starts = _scan(DATE_RE, fold)
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_left(starts, hi)
    return [m for m in matches[first:last] if m.end() <= hi]


# One scan per text and pattern, kept per thread (a text is scanned by one request at a time).
_LOCAL = threading.local()


def _scans() -> dict:
    if not hasattr(_LOCAL, "scans"):
        _LOCAL.scans = {}
        _LOCAL.times = {}
    return _LOCAL.scans


_DIGITS = re.compile(r"\d+")
_WORD_START = re.compile(r"(?<![\w'])\w")


def _scan(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], list[int]]:
    """All matches of a date or time pattern, as ``finditer`` would give them.

    Every date and time holds a digit within its first 45 characters and begins a word, so the
    pattern is only tried at the word starts just before each run of digits: the same matches,
    many times faster than trying every position. One scan per text is kept.
    """
    key = id(pattern)
    cache = _scans()
    cached = cache.get(key)
    if cached is not None and cached[0] is text:
        return cached[1], cached[2]
    matches: list[re.Match[str]] = []
    pos = 0  # end of the last match
    tried = 0  # word starts before this were tried already, and failed
    reach = 45 if pattern is DATE_RE else 20
    for digits in _DIGITS.finditer(text):
        if digits.end() <= pos:
            continue
        lo = max(pos, tried, digits.start() - reach)
        for word in _WORD_START.finditer(text, lo, digits.start() + 1):
            match = pattern.match(text, word.start())
            if match and match.end() > match.start():
                matches.append(match)
                pos = match.end()
                break
        tried = max(tried, digits.start() + 1)
    starts = [m.start() for m in matches]
    cache[key] = (text, matches, starts)
    return matches, starts


def find_dates(fold: str, lo: int, hi: int, default: dt.date | None) -> list[DateMatch]:
    out = []
    for match in date_matches(fold, lo, hi):
        parsed = parse_date(match, default)
        if parsed is not None:
            out.append(parsed)
    return out


# -- times ---------------------------------------------------------------------------------------


def _time(suffix: str) -> str:
    return (
        rf"(?:(?P<h{suffix}>[01]?\d|2[0-4])\s*h\s*(?P<n{suffix}>[0-5]\d)?(?![\w])"
        rf"|(?P<hc{suffix}>[01]?\d|2[0-3])[:.](?P<nc{suffix}>[0-5]\d)(?!\d)"
        rf"(?:\s*(?P<ac{suffix}>[ap])\.?\s?m\b\.?)?"
        rf"|(?P<hh{suffix}>[01]\d|2[0-4])(?P<nh{suffix}>[0-5]\d)(?=\s*(?:hours|hrs|heures|horas)?\b)"
        rf"|(?P<ha{suffix}>1[0-2]|0?[1-9])\s*(?P<aa{suffix}>[ap])\.?\s?m\b\.?"
        # "de 14 heures à 16 heures", "a las 10 horas": whole hours written out, after a word
        # that introduces a time (a duration such as "2 heures" is not one)
        rf"|(?:(?<=de\s)|(?<=a\s)|(?<=las\s)|(?<=entre\s)|(?<=vers\s))"
        rf"(?P<hw{suffix}>[01]?\d|2[0-4])\s*(?:heures|horas)(?![\w]))"
    )


_TZ_ABBR = (
    r"(?:CEST|CET|EEST|EET|WEST|WET|BST|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CAT|EAT|WAT"
    r"|SAST|IST|JST|KST|AEST|AEDT|HKT|SGT|ICT|MSK|GST|AST)"
)
_CITY_ALT = _alternation(CITY_NAMES)
_TZ = (
    rf"(?P<tz>{_TZ_ABBR}(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?)(?![\w])"
    rf"|(?:heure\s+(?:de|d')\s*|hora\s+de\s+)(?P<tzcity>{_CITY_ALT})"
    rf"|(?P<tzcity2>{_CITY_ALT})\s+time\b"
    r"|(?P<tzlocal>heure\s+locale|local\s+time|hora\s+local)"
)
_TSEP = r"\s*(?:-|a|to|until|till|and|et|y|jusqu'a)\s*"
TIME_RE = ci(
    rf"(?=[^\d\n]{{0,16}}\d)(?:(?:de|from|between|entre|des|de\s+las?)\s+)?(?P<t1>{_time('1')})"
    rf"(?:{_TSEP}(?P<t2>{_time('2')}))?"
    rf"(?:\s*(?:hours|hrs|heures|horas)\b)?"
    rf"(?:\s*(?:,\s*)?\(?\s*(?:{_TZ})\s*\)?)?"
)


_HOURS_WORD = re.compile(r"\s*(?:hours|hrs|heures|horas)\b")


@dataclass
class TimeMatch:
    start: int
    end: int
    first: dt.time
    last: dt.time | None
    zone: str | None  # an abbreviation ("CEST"), "city:<name>" or "local"
    zone_span: tuple[int, int] | None
    strong: bool  # written as a time without doubt ("13 h 00", "0930 hours", a range)


def _clock(match: re.Match[str], s: str) -> tuple[dt.time | None, bool]:
    g = match.group
    if g("h" + s) is not None:
        hour, minute, strong = int(g("h" + s)), int(g("n" + s) or 0), True
    elif g("hc" + s) is not None:
        hour, minute = int(g("hc" + s)), int(g("nc" + s))
        strong = (
            bool(g("ac" + s))
            or match.string[match.end("hc" + s)] == ":"
            or bool(_HOURS_WORD.match(match.string, match.end("t" + s)))
        )
        if g("ac" + s):
            hour = hour % 12 + (12 if g("ac" + s).lower() == "p" else 0)
    elif g("hh" + s) is not None:
        hour, minute = int(g("hh" + s)), int(g("nh" + s))
        strong = bool(_HOURS_WORD.match(match.string, match.end("t" + s)))
    elif g("hw" + s) is not None:
        hour, minute, strong = int(g("hw" + s)), 0, True
    else:
        hour = int(g("ha" + s)) % 12 + (12 if g("aa" + s).lower() == "p" else 0)
        minute, strong = 0, True
    if hour == 24:
        hour, minute = 23, 59
    try:
        return dt.time(hour, minute), strong
    except ValueError:
        return None, False


def find_times(fold: str, lo: int, hi: int, norm: str | None = None) -> list[TimeMatch]:
    """Times in [lo, hi) of the folded text; ``norm`` (same offsets) lets an abbreviated zone be
    told from a word ("EST" is a zone, "est" is French for "is")."""
    _scans()
    cache = _LOCAL.times
    if cache.get("key") is None or cache["key"][0] is not fold or cache["key"][1] is not norm:
        cache["key"] = (fold, norm)
        cache["all"] = _all_times(fold, norm)
        cache["starts"] = [t.start for t in cache["all"]]
    times, starts = cache["all"], cache["starts"]
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_left(starts, hi)
    return [t for t in times[first:last] if t.end <= hi]


def _all_times(fold: str, norm: str | None) -> list[TimeMatch]:
    out = []
    for match in _scan(TIME_RE, fold)[0]:
        first, strong1 = _clock(match, "1")
        if first is None:
            continue
        last, strong2 = (None, False)
        if match.group("t2"):
            last, strong2 = _clock(match, "2")
        zone = span = None
        for name in ("tz", "tzcity", "tzcity2", "tzlocal"):
            if match.group(name):
                value = match.group(name)
                span = match.span(name)
                if name == "tz":
                    written = (norm or "")[span[0] : span[1]]
                    if norm is not None and not written[:3].isupper():
                        span = None
                        continue
                    value = written if norm is not None else value.upper()
                zone = {"tz": re.sub(r"\s+", "", value), "tzlocal": "local"}.get(
                    name, f"city:{value}"
                )
                break
        strong = strong1 or strong2 or zone is not None
        if not strong:
            continue
        end = match.end("t2") if last else match.end("t1")
        if span:
            end = max(end, span[1])
        out.append(TimeMatch(match.start("t1"), end, first, last, zone, span, True))
    return out


# -- time zones ----------------------------------------------------------------------------------

_FAMILIES = [
    ({"CET", "CEST"}, "Europe/Zurich"),
    ({"EST", "EDT"}, "America/New_York"),
    ({"CST", "CDT"}, "America/Chicago"),
    ({"MST", "MDT"}, "America/Denver"),
    ({"PST", "PDT"}, "America/Los_Angeles"),
    ({"WET", "WEST"}, "Europe/Lisbon"),
    ({"EET", "EEST"}, "Europe/Athens"),
    ({"GMT", "BST"}, "Europe/London"),
    ({"AEST", "AEDT"}, "Australia/Sydney"),
    ({"CAT"}, "Africa/Maputo"),
    ({"EAT"}, "Africa/Nairobi"),
    ({"WAT"}, "Africa/Lagos"),
    ({"SAST"}, "Africa/Johannesburg"),
    ({"IST"}, "Asia/Kolkata"),
    ({"JST"}, "Asia/Tokyo"),
    ({"KST"}, "Asia/Seoul"),
    ({"HKT"}, "Asia/Hong_Kong"),
    ({"SGT", "+08"}, "Asia/Singapore"),
    ({"ICT", "+07"}, "Asia/Bangkok"),
    ({"MSK"}, "Europe/Moscow"),
    ({"GST", "+04"}, "Asia/Dubai"),
    ({"AST", "+03"}, "Asia/Riyadh"),
]


@lru_cache(maxsize=256)
def _zone_name_on(zone: str, day: dt.date | None) -> str | None:
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    day = day or dt.date(2000, 7, 1)
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=info).tzname()


def resolve_zone(zone: str, cities: list[str], day: dt.date | None) -> str | None:
    """The IANA zone meant by ``zone`` for an event in one of ``cities`` (first that fits)."""
    if zone == "local" or zone.startswith("city:"):
        names = [zone[5:]] if zone.startswith("city:") else cities
        for name in names:
            info = city_info(name)
            if info:
                return info[1]
        return None
    match = re.match(r"(UTC|GMT)([+-])(\d{1,2})(?::?(\d\d))?$", zone)
    if match:
        hours = int(match.group(3))
        if match.group(4) and match.group(4) != "00":
            return None
        if hours == 0:
            return "UTC"
        sign = "-" if match.group(2) == "+" else "+"  # the Etc/ zones count the other way
        return f"Etc/GMT{sign}{hours}"
    if zone == "UTC":
        return "UTC"
    family, default = next(((f, d) for f, d in _FAMILIES if zone in f), (None, None))
    if family is None:
        return None
    for name in cities:
        info = city_info(name)
        if info and _zone_name_on(info[1], day) in family:
            return info[1]
    if zone == "GMT":
        return "UTC"
    return default
