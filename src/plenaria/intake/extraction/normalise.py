"""Clean OCR and Markdown noise out of a letter while keeping a map back to the original offsets.

Three views of the same letter are kept:

- ``original``: the text as given;
- ``norm``: Markdown markup removed, OCR slips repaired, typographic quotes and spaces made plain.
  Values are read from here. ``omap[i]`` is the offset in ``original`` of ``norm[i]``;
- ``fold``: ``norm`` in lower case with accents stripped, character for character (same
  length), so that patterns written without accents and compiled without ``re.I`` (see ``ci``)
  match "Genève", "Geneve" and "GENÈVE" quickly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from .model import Found

# Markup whose content is kept: [text](target), ^{sup}, backslash escapes.
_MARKUP = re.compile(
    r"\[(?P<link>[^\[\]\n]{0,400})\]\((?P<target>[^()\s]{0,400})\)"
    r"|\^\{(?P<sup>[^{}\n]{0,20})\}"
    r"|\\(?P<esc>[()\[\]*_#.\-+!{}`>|\\])"
    r"|(?P<hyph>-\n)(?=[a-zà-ÿ])"
    r"|(?P<lig>[\ufb00-\ufb06])"
)
# Emphasis markers: removed wherever they stand in pairs or at a word's edge.
_EMPHASIS = re.compile(r"\*{1,3}|_{1,2}")
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

# One character for one character: spaces, quotes, hyphens.
_PLAIN = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\r": " ",
        "\f": "\n",
        "\v": "\n",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00ad": "-",
    }
)
# OCR reads "l'" as "I'" or "|'" before a vowel or an h ("I'UIT", "|'occasion").
_OCR_ELISION = re.compile(r"(?<![A-Za-z])[I|](?=['][AEIOUYHaeiouyhÀÂÉÈÊËÎÏÔÛÙàâéèêëîïôûù])")
# OCR drops the grave accent of "à"; repaired only where "a" cannot be the verb "avoir".
_OCR_A = re.compile(r"(?<=\s)a(?=\s)")
_OCR_A_BEFORE = re.compile(
    r"(?:\d|\bh|\bjusqu'|\bgrace|\bgr\u00e2ce|\bquant|\bface|\bd'ici|\binviter"
    r"|\bparticiper)\s$"
)
_OCR_A_AFTER = re.compile(
    r"\s+(?:\d|l'|la\s|partir|compter|distance|Gen[e\u00e8]v|New York|Paris"
    r"|Kigali)"
)
_OCR_A_ALWAYS = re.compile(r"\s+(?:distance|partir du|compter du|l'adresse)\b")
# OCR reads "l" as "I" at the start of "la", "le", "les", "ligne", "liste": "Ia", "Iigne".
_OCR_SMALL_L = re.compile(r"(?<![A-Za-z])I(?=(?:a|e|es)\b|i[a-z])")
_PLAIN_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _PLAIN) + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LONE_CR = re.compile(r"\r(?!\n)")
# Characters that are clearly not text: control characters except newline.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii():
            table[code] = base
    table.update({ord("–"): "-", ord("—"): "-", ord("’"): "'"})
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for code, base in list(table.items()):
        if isinstance(base, str) and len(base) == 1 and "A" <= base <= "Z":
            table[code] = base.lower()
    return table


@lru_cache(maxsize=64)
def _prefix_re(prefixes: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})")


def _fold(text: str) -> str:
    """Lower case without accents, one character for one character."""
    lower = text.lower()
    table = _fold_table()
    if len(lower) != len(text):  # a character whose lower case is longer ("İ")
        return text.translate(table)
    return _NON_ASCII.sub(lambda m: table.get(ord(m.group()), m.group()), lower)


def _lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's letters, leaving escapes (``\\S``) and group names alone."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            end = pattern.find(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


def ci(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a case-insensitive pattern to run on ``Doc.fold`` (lower case) without ``re.I``."""
    return re.compile(_lower_pattern(pattern), flags)


def _rebuild(
    text: str, mapping: list[int], pattern: re.Pattern[str], repl
) -> tuple[str, list[int]]:
    """Apply ``repl`` to each match; each output character keeps the offset it came from."""
    pieces: list[str] = []
    new_map: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        pieces.append(text[last:start])
        new_map.extend(mapping[last:start])
        out, positions = repl(match)
        pieces.append(out)
        new_map.extend(mapping[p] for p in positions)
        last = end
    if last == 0:
        return text, mapping
    pieces.append(text[last:])
    new_map.extend(mapping[last:])
    return "".join(pieces), new_map


def _markup(match: re.Match[str]) -> tuple[str, list[int]]:
    kind = match.lastgroup
    if kind == "link" or kind == "target":
        start = match.start("link")
        return match.group("link"), list(range(start, match.end("link")))
    if kind == "sup":
        start = match.start("sup")
        return match.group("sup"), list(range(start, match.end("sup")))
    if kind == "esc":
        return match.group("esc"), [match.start("esc")]
    if kind == "lig":
        out = _LIGATURES[match.group("lig")]
        return out, [match.start()] * len(out)
    start = match.start()
    if start > 0 and match.string[start - 1].islower():
        return "", []  # a word split at the end of a line: joined
    return "-\n", [start, start + 1]


def _grave_a(match: re.Match[str], text: str) -> str:
    """ "a" read for "à": after a number, "jusqu'", "grâce"..., or before "distance", "l'adresse"."""
    start, end = match.span()
    if _OCR_A_ALWAYS.match(text, end) or (
        _OCR_A_BEFORE.search(text, max(0, start - 12), start) and _OCR_A_AFTER.match(text, end)
    ):
        return "\u00e0"
    return "a"


def _drop(match: re.Match[str]) -> tuple[str, list[int]]:
    """Emphasis markers go; a "*" or "_" standing alone between spaces stays."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if match.group()[0] == "*":
        keep = before.isspace() and after.isspace()
    else:  # underscores mark emphasis only at a word's edge: snake_case stays
        keep = (before.isalnum() and after.isalnum()) or (before.isspace() and after.isspace())
    if keep:
        return match.group(), list(range(start, end))
    return "", []


class Doc:
    """A letter in its three views, with helpers to turn spans of ``norm`` into ``Found``."""

    def __init__(self, original: str) -> None:
        self.original = original
        text = _LONE_CR.sub("\n", original)
        text = _PLAIN_RE.sub(lambda m: _PLAIN[ord(m.group())], text)
        text = _CONTROL.sub(" ", text)
        mapping = list(range(len(text)))
        text, mapping = _rebuild(text, mapping, _MARKUP, _markup)
        if "*" in text or "_" in text:
            text, mapping = _rebuild(text, mapping, _EMPHASIS, _drop)
        text = _OCR_ELISION.sub("l", text)
        text = _OCR_SMALL_L.sub("l", text)
        if " a " in text or "\na " in text or " a\n" in text:
            text = _OCR_A.sub(lambda m: _grave_a(m, text), text)
        self.norm = text
        self.omap = mapping
        self.fold = _fold(text)
        self._lines: list[int] | None = None
        self._sentence_breaks: tuple[list[int], list[int]] | None = None
        self._starts: dict[int, list[int]] = {}

    # -- offsets ---------------------------------------------------------------------------
    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of ``norm[start:end]``."""
        if not self.omap:
            return 0, 0
        start = max(0, min(start, len(self.omap) - 1))
        end = max(start + 1, min(end, len(self.omap)))
        return self.omap[start], self.omap[end - 1] + 1

    def found(self, value, start: int, end: int, confidence: float = 0.9) -> Found:
        o_start, o_end = self.span(start, end)
        return Found(value, o_start, o_end, round(max(0.0, min(1.0, confidence)), 2))

    # -- where words start, for patterns that can only begin a word -------------------------
    def word_starts(self, prefixes: frozenset[str]) -> list[int]:
        """Offsets in ``fold`` of the words that begin with one of ``prefixes`` (cached)."""
        cached = self._starts.get(id(prefixes))
        if cached is None:
            cached = [m.start() for m in _prefix_re(prefixes).finditer(self.fold)]
            self._starts[id(prefixes)] = cached
        return cached

    def scan(
        self, pattern: re.Pattern[str], prefixes: frozenset[str], lo: int = 0, hi: int | None = None
    ) -> list[re.Match[str]]:
        """``pattern.finditer(fold, lo, hi)`` for a pattern that begins with one of ``prefixes``."""
        hi = len(self.fold) if hi is None else hi
        out = []
        pos = lo
        starts = self.word_starts(prefixes)
        for start in starts[bisect.bisect_left(starts, lo) :]:
            if start >= hi:
                break
            if start < pos:
                continue
            match = pattern.match(self.fold, start, hi)
            if match and match.end() > start:
                out.append(match)
                pos = match.end()
        return out

    # -- lines and sentences ----------------------------------------------------------------
    def line_starts(self) -> list[int]:
        if self._lines is None:
            starts = [0]
            starts.extend(m.end() for m in re.finditer("\n", self.norm))
            self._lines = starts
        return self._lines

    def line_bounds(self, pos: int) -> tuple[int, int]:
        starts = self.line_starts()
        i = bisect.bisect_right(starts, pos) - 1
        start = starts[max(i, 0)]
        end = self.norm.find("\n", pos)
        return start, len(self.norm) if end < 0 else end

    def sentence_bounds(self, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        """The sentence around ``pos``: up to a full stop, a blank line or a bullet."""
        hi = len(self.norm) if hi is None else hi
        ends, starts = self._breaks()
        i = bisect.bisect_right(starts, pos) - 1
        start = max(lo, starts[i]) if i >= 0 else lo
        j = bisect.bisect_right(ends, pos)
        end = min(hi, ends[j]) if j < len(ends) else hi
        return min(start, pos), max(end, min(pos, hi))

    def _breaks(self) -> tuple[list[int], list[int]]:
        """Where sentences end and the next ones start (computed once)."""
        if self._sentence_breaks is None:
            text = self.norm
            pairs = []
            for match in _BREAK.finditer(text):
                if match.group("stop") is not None:
                    dot = match.start("stop")
                    if _is_abbreviation(text, dot):
                        continue
                    pairs.append((dot + 1, dot + 1))
                else:
                    pairs.append((match.start(), match.end()))
            self._sentence_breaks = ([p[0] for p in pairs], [p[1] for p in pairs])
        return self._sentence_breaks


_BREAK = re.compile(
    r"(?P<stop>[.;!?])(?=[ \n]|$)"
    r"|\n[ \t]*\n\s*"
    r"|\n(?=[ \t]*(?:[-•–*]|\d{1,2}\)))"
)
_ABBREVIATIONS = frozenset(
    [
        "m",
        "mme",
        "mlle",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "ref",
        "réf",
        "tél",
        "tel",
        "rév",
        "rev",
        "ext",
        "p",
        "pp",
        "art",
        "vol",
        "cf",
        "etc",
        "e.g",
        "i.e",
    ]
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("M.", "Réf.", "Rév.")."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    # a decimal or a number like "A/70.1" carries on
    return dot + 1 < len(text) and text[dot + 1].isdigit()


def squash(text: str) -> str:
    """Collapse runs of white space into one space and trim."""
    return " ".join(text.split())
