"""Fonts for badges: each name is drawn in a font that has its script.

Latin, Cyrillic and Greek use Noto Sans; Arabic uses Noto Naskh Arabic, shaped here into its
joined forms because ReportLab draws characters one by one; Chinese, Japanese and Korean use
WenQuanYi Micro Hei, whose TrueType outlines ReportLab can embed (Noto's CJK fonts have
outlines it cannot). All are embedded, as subsets. A missing file falls back to DejaVu, then
to Helvetica; for CJK, to the Adobe CID font that PDF readers supply themselves.
"""

import re
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype/dejavu"),
]
# Our name for each face → the files to try, best first.
FACES = {
    "BadgeSans": ["NotoSans-Regular.ttf", "DejaVuSans.ttf"],
    "BadgeSans-Bold": ["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
    "BadgeArabic": ["NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf"],
    "BadgeArabic-Bold": ["NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Bold.ttf"],
    "BadgeCJK": ["wqy-microhei.ttc"],
}
CJK_CID_FONT = "STSong-Light"
FALLBACK = {"BadgeSans": "Helvetica", "BadgeSans-Bold": "Helvetica-Bold", "BadgeCJK": CJK_CID_FONT}

ARABIC = re.compile("[\u0600-\u06ff]")
CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@cache
def face(name: str) -> str:
    """The registered font to use for one of our faces (registered once per process)."""
    if name == CJK_CID_FONT:
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_CID_FONT))
        return CJK_CID_FONT
    for folder in FONT_DIRS:
        for filename in FACES[name]:
            if (folder / filename).exists():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
                return name
    fallback = FALLBACK.get(name)
    if fallback == CJK_CID_FONT:
        return face(CJK_CID_FONT)
    return fallback or face(name.replace("Arabic", "Sans"))


def font_for(text: str, bold: bool = False) -> tuple[str, str]:
    """The font for ``text`` and the text as it is to be drawn, left to right."""
    if ARABIC.search(text):
        chosen = face("BadgeArabic-Bold" if bold else "BadgeArabic")
        if chosen.startswith("BadgeArabic"):
            return chosen, visual_arabic(text)
    if CJK.search(text):
        return face("BadgeCJK"), text
    return face("BadgeSans-Bold" if bold else "BadgeSans"), text


# Arabic letters in Unicode order, with how many presentation forms each has: 2 for letters
# that join only the letter before them (isolated, final), 4 for letters that join both ways
# (isolated, final, initial, medial). Their forms follow one another from U+FE81 and U+FED1.
_RUNS = [
    (0x0622, 0xFE81, [2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4]),
    (0x0641, 0xFED1, [4, 4, 4, 4, 4, 4, 4, 2, 2, 4]),
]
FORMS: dict[str, tuple[int, int]] = {"\u0621": (0xFE80, 1)}
for _letter, _form, _counts in _RUNS:
    for _offset, _count in enumerate(_counts):
        FORMS[chr(_letter + _offset)] = (_form, _count)
        _form += _count
TATWEEL = "\u0640"
# Lam followed by one of these alefs becomes one ligature (isolated form; final is +1).
LAM_ALEF = {"\u0622": 0xFEF5, "\u0623": 0xFEF7, "\u0625": 0xFEF9, "\u0627": 0xFEFB}
HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _joins_forward(char: str | None) -> bool:
    return char == TATWEEL or (char in FORMS and FORMS[char][1] == 4)


def shape_arabic(text: str) -> str:
    """Replace Arabic letters by their joined forms (still in logical order)."""
    letters = HARAKAT.sub("", text)
    out, index = [], 0
    while index < len(letters):
        char = letters[index]
        before = letters[index - 1] if index else None
        after = letters[index + 1] if index + 1 < len(letters) else None
        joined_before = _joins_forward(before) and out and out[-1] != " "
        if char == "\u0644" and after in LAM_ALEF:
            out.append(chr(LAM_ALEF[after] + (1 if joined_before else 0)))
            index += 2
            continue
        if char not in FORMS:
            out.append(char)
            index += 1
            continue
        start, count = FORMS[char]
        joins_after = count == 4 and (after in FORMS or after == TATWEEL) and after != "\u0621"
        if joined_before and joins_after:
            form = 3
        elif joins_after:
            form = 2
        else:
            form = 1 if joined_before else 0
        out.append(chr(start + min(form, count - 1)))
        index += 1
    return "".join(out)


# A run drawn left to right inside Arabic: words of Latin letters or digits, with the spaces
# between them ("WTISD 2023", "Badge no. 105"), so that their order is not reversed with the
# Arabic words; any other character is one piece, a bracket drawn mirrored as bidi would.
_LETTER = "(?![\\u0600-\\u06ff\\ufe70-\\ufeff])[^\\W_]"
_WORD = f"{_LETTER}(?:{_LETTER}|[-./:@+'’,&])*"
LEFT_TO_RIGHT_RUN = re.compile(f"{_WORD}(?:\\s+{_WORD})*|.", re.DOTALL)
MIRRORED = str.maketrans("()[]{}«»", ")(][}{»«")


def visual_arabic(text: str) -> str:
    """Shaped and in drawing order: right to left, with runs of Latin or digits kept whole."""
    pieces = LEFT_TO_RIGHT_RUN.findall(shape_arabic(text))
    return "".join(piece.translate(MIRRORED) for piece in reversed(pieces))
