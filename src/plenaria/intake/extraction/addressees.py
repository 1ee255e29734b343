"""Addressee lines mapped to the directory's membership categories or WSIS stakeholder types."""

from __future__ import annotations

import bisect

from .layout import Layout
from .model import Found
from .normalise import Doc, ci

_SECTOR = r"(?:(?:ITU|UIT)-(?P<{g}>[DTR]))"

# (code, pattern) — order matters where two patterns overlap: the first match at a place wins.
_MEMBERSHIP = [
    (
        "academia_technical",
        r"etablissements\s+universitaires\s*/\s*milieu\w*\s+techniques?"
        r"|academi[ac]\w*\s*(?:/|and|&)\s*(?:the\s+)?technical\s+communit\w*",
    ),
    (
        "member_state",
        r"(?:administrations?\s+(?:of\s+(?:the\s+)?|des\s+)?)?(?:ITU\s+)?"
        r"(?:Member\s+States|Etats\s+Membres|Estados\s+Miembros)"
        r"|permanent\s+(?:missions|delegations)|missions\s+permanentes"
        r"|d[eé]l[eé]gations\s+permanentes|misiones\s+permanentes",
    ),
    (
        "sector_member",
        rf"(?:{_SECTOR.format(g='s1')}\s+|(?P<w1>Radiocommunication|Standardi[sz]ation"
        rf"|Development)\s+)?Sector\s+Members(?:\s+of\s+{_SECTOR.format(g='s2')})?"
        rf"|Members\s+of\s+(?:the\s+)?{_SECTOR.format(g='s3')}(?:\s+Sector)?"
        rf"|Membres?\s+(?:de|du)\s+(?:la\s+)?Secteur(?:\s+(?:de\s+l')?{_SECTOR.format(g='s4')}"
        rf"|\s+des\s+(?P<w2>radiocommunications|t[eé]l[eé]communications))?"
        rf"|Miembros\s+de(?:l)?\s+Sector(?:\s+(?:de\s+la|del)\s+{_SECTOR.format(g='s5')})?"
        rf"|Membres\s+des\s+Secteurs|Miembros\s+de\s+los\s+Sectores",
    ),
    ("associate", r"Associ(?:es|ates|ados)"),
    (
        "academia",
        r"(?:ITU\s+)?Academia|etablissements\s+universitaires|etablissements\s+d'enseignement"
        r"|academic\s+institutions?|universit(?:ies|es|ades)|instituciones\s+academicas",
    ),
    (
        "regional_org",
        r"organi[sz]ations?\s+regionales?(?:\s*/\s*internationales)?"
        r"|regional\s+(?:and\s+(?:other\s+)?international\s+)?(?:telecommunications?\s+)?"
        r"organi[sz]ations|organizaciones\s+regionales",
    ),
    (
        "un_agency",
        r"institutions\s+specialisees(?:\s+des\s+Nations\s+Unies)?|speciali[sz]ed\s+agencies"
        r"|organismes\s+des\s+Nations\s+Unies|(?:United\s+Nations|UN)\s+(?:agencies|entities"
        r"|organizations|system\s+organizations)|organismos\s+especializados",
    ),
    ("civil_society", r"soci[eé]t[eé]s?\s+civiles?|civil\s+society|sociedad\s+civil"),
    ("private_sector", r"secteur\s+prive|private\s+sector|sector\s+privado"),
    ("government", r"gouvernements|governments|gobiernos"),
    (
        "international_org",
        r"organisations\s+internationales|international\s+organi[sz]ations"
        r"|organizaciones\s+internacionales",
    ),
    (
        "other",
        r"observers?|observateurs?|observadores|chairm[ae]n|chairpersons?|chairs\b"
        r"|vice-chairm[ae]n|presidents?\s+(?:et|and)\s+vice-presidents?|directors?\s+of"
        r"|directeurs?\s+du|secretary-general"
        r"|national\s+commissions|commissions\s+nationales|rapporteurs|ministers|ministres"
        r"|media|medias|focal\s+points|points\s+focaux",
    ),
]
_ADDRESSEE_RE = ci("|".join(f"(?P<{code}>(?<![\\w-])(?:{pat}))" for code, pat in _MEMBERSHIP))
_STAKEHOLDER_MODE = ci(r"parties\s+prenantes|stakeholders|partes\s+interesadas")
_STAKEHOLDER_MAP = {
    "member_state": "government",
    "academia": "academia_technical",
    "regional_org": "international_org",
    "un_agency": "international_org",
}
_MEMBERSHIP_MAP = {
    "government": "member_state",
    "academia_technical": "academia",
    "international_org": "other",
}
_COPY_RE = ci(r"(?:^|\n)[ \-]*(?:Copy|Copies|Copie|Copia|cc|c\.c\.)(?![\w])\s*(?:to|[aà])?\s*:?")
_SUBJECT_RE = ci(r"(?:^|\n)[ \-]*(?:Objet|Subject|Asunto)\s*:")


def find_addressees(
    doc: Doc, layout: Layout, exclude: list[tuple[int, int]]
) -> tuple[list[Found], list[Found]]:
    """(addressees, copies) from the header.

    ``exclude`` are spans of ``norm`` to leave out (the labelled contact values). What remains is
    read as one stream, so that an addressee block which OCR ran together with the contact block
    ("Courriel: x@itu.int universitaires participant ...") is read whole.
    """
    fold = doc.fold
    end = layout.header_end if layout.salutation else min(len(fold), 2500)
    subject = _SUBJECT_RE.search(fold, 0, end)
    if subject:
        exclude = [*exclude, (subject.start(), _paragraph_end(fold, subject.end(), end))]
    stream, table = _stream(fold, end, exclude)
    copy = _COPY_RE.search(stream)
    copy_span = (copy.start(), _block_end(stream, copy.end(), len(stream))) if copy else None
    stakeholder = bool(_STAKEHOLDER_MODE.search(stream))
    addressees: list[Found] = []
    copies: list[Found] = []
    seen: set[tuple[str, str | None, bool]] = set()
    for match in _ADDRESSEE_RE.finditer(stream):
        code = match.lastgroup or "other"
        code = _STAKEHOLDER_MAP.get(code, code) if stakeholder else _MEMBERSHIP_MAP.get(code, code)
        value: dict[str, str] = {"code": code}
        sector = next(
            (match.group(g) for g in ("s1", "s2", "s3", "s4", "s5") if match.group(g)), None
        )
        if not sector and code == "sector_member":
            word = (match.group("w1") or match.group("w2") or "").lower()
            sector = {
                "radiocommunication": "R",
                "radiocommunications": "R",
                "development": "D",
                "standardization": "T",
                "standardisation": "T",
            }.get(word)
        if sector:
            value["sector"] = f"ITU-{sector.upper()}"
        in_copy = bool(copy_span and copy_span[0] <= match.start() < copy_span[1])
        key = (code, value.get("sector"), in_copy)
        if key in seen:
            continue
        seen.add(key)
        start, stop = _to_norm(table, match.start()), _to_norm(table, match.end() - 1) + 1
        found = doc.found(value, start, stop, 0.9 if code != "other" else 0.6)
        (copies if in_copy else addressees).append(found)
    return addressees, copies


def _stream(
    fold: str, end: int, exclude: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    pieces: list[str] = []
    table: list[tuple[int, int]] = []  # (offset in stream, offset in norm) of each piece
    pos = 0
    length = 0
    for a, b in [*sorted(exclude), (end, end)]:
        a, b = min(a, end), min(b, end)
        if a > pos:
            table.append((length, pos))
            pieces.append(fold[pos:a])
            length += a - pos
            pieces.append(" ")
            length += 1
        pos = max(pos, b)
    return "".join(pieces), table


def _to_norm(table: list[tuple[int, int]], offset: int) -> int:
    index = bisect.bisect_right([t[0] for t in table], offset) - 1
    stream_start, norm_start = table[max(index, 0)]
    return norm_start + offset - stream_start


def _paragraph_end(fold: str, start: int, limit: int) -> int:
    blank = fold.find("\n\n", start, limit)
    return limit if blank < 0 else blank


def _block_end(fold: str, start: int, limit: int) -> int:
    """A copy list runs until a blank line followed by something that is not a list item."""
    pos = start
    while pos < limit:
        blank = fold.find("\n\n", pos, limit)
        if blank < 0:
            return limit
        nxt = fold[blank:limit].lstrip("\n ")
        if not nxt.startswith(("-", "•", "To", "Aux", "Au", "A ")):
            return blank
        pos = blank + 2
    return limit
