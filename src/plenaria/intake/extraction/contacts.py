"""The contact block: contact person, telephone, fax and e-mail (phones in E.164)."""

from __future__ import annotations

import re

import phonenumbers

from .layout import Layout
from .model import Found
from .normalise import Doc, ci

_LABEL = (
    r"(?:^|\n|\s{2,}|/)[ \t\-]*(?P<label>"
    r"(?P<contact>Contact(?:o|\s+person)?|Personne\s+(?:de\s+)?contact|For\s+your\s+reply|Persona\s+de\s+contacto)"
    r"|(?P<fax>T[eé]l[eé]copie(?:ur)?|Tele-?fax|Fax|Facs[ií]mil|Telefax)"
    r"|(?P<phone>T[eé]l[eé]phone|Telephone|T[eé]l|Tel|Phone|Tfno|Tel[eé]fono)"
    r"|(?P<email>Courriel|E-?mail|M[eé]l|Correo(?:-e|\s+electr[oó]nico)?)"
    r")(?![\w])\s*\.?\s*(?:No\.?\s*)?[:/]?[ \t]*(?:/[ \t]*)?"
)
LABEL_RE = re.compile(_LABEL, re.I)
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,12}(?![\w-])"
)
_PHONE_RE = re.compile(r"(?:\+|00)\s?\d[\d \-.()/]{5,22}\d|\(?0\d[\d \-.()]{5,18}\d")
_HONORIFIC = r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sr\.|Sra\.|Srta\.|H\.E\.|S\.E\.)"
# A personal name: capitalised words (with particles), stopping at the addressee block
_NAME_STOP = {
    "aux",
    "au",
    "à",
    "a",
    "to",
    "the",
    "etats",
    "états",
    "members",
    "member",
    "membres",
    "tel",
    "tél",
    "fax",
    "email",
    "courriel",
    "administrations",
    "secteur",
    "sector",
    "associés",
    "associates",
    "et",
    "and",
    "ref",
    "réf",
    "contact",
    "objet",
    "subject",
    "director",
    "directeur",
    "head",
    "chef",
    "division",
    "department",
    "unit",
    "bureau",
    "office",
    "for",
    "pour",
    "les",
    "all",
    "toutes",
    "tous",
    "organisations",
    "organizations",
    "academia",
    "genève",
    "geneva",
    "gouvernements",
    "governments",
}
_PARTICLES = {
    "de",
    "del",
    "da",
    "van",
    "von",
    "der",
    "di",
    "du",
    "la",
    "le",
    "el",
    "bin",
    "ben",
    "al",
    "y",
    "dos",
    "das",
    "ibn",
    "abu",
}
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|[a-zà-ÿ]+")


def read_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a person's name starting at ``start`` (after an optional honorific)."""
    honorific = re.match(r"\s*" + _HONORIFIC + r"\s+", text[start:end])
    if honorific:
        start += honorific.end()
    pos = start
    words: list[tuple[int, int]] = []
    while pos < end and len(words) < 5:
        gap = (
            re.match(r"[ \t]{1,2}", text[pos:end]) if words else re.match(r"[ \t]*", text[pos:end])
        )
        if words and not gap:
            break
        word_start = pos + (gap.end() if gap else 0)
        match = _WORD.match(text, word_start, end)
        if not match:
            break
        word = match.group().rstrip(".,")
        if word.lower() in _NAME_STOP:
            break
        if word[0].islower() and word not in _PARTICLES:
            break
        if word[0].islower() and not words:
            break
        words.append((word_start, word_start + len(word)))
        pos = word_start + len(match.group())
        if match.group().endswith(","):
            break
    while words and text[words[-1][0] : words[-1][1]] in _PARTICLES:
        words.pop()
    capitalised = [w for w in words if text[w[0]].isupper()]
    if len(capitalised) < 2 and not (len(capitalised) == 1 and honorific):
        return None
    return words[0][0], words[-1][1]


def to_e164(raw: str) -> str | None:
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if "/" in raw:  # "+41 22 730 5989/5887": the first number
        digits = re.sub(r"[^\d+]", "", raw.split("/")[0])
    try:
        number = phonenumbers.parse(digits, "CH")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_contacts(doc: Doc, layout: Layout) -> tuple[dict[str, Found], list[tuple[int, int]]]:
    """Labelled contact lines in the header; the first of each kind wins.

    Also returns the spans of ``norm`` that the labels and values take, so that what else
    stands on those lines (OCR's merged columns) can be read as addressees.
    """
    norm = doc.norm
    limit = min(len(norm), max(layout.header_end, 600) + 200, 4000)
    found: dict[str, Found] = {}
    spans: list[tuple[int, int]] = []
    for match in LABEL_RE.finditer(norm, 0, limit):
        kind = next(k for k in ("contact", "fax", "phone", "email") if match.group(k))
        if kind in found:
            continue
        start = match.end()
        line_end = norm.find("\n", start)
        line_end = len(norm) if line_end < 0 else line_end
        if start >= line_end:  # value on the next line ("Tel:\n+41 ...")
            start = line_end + 1
            line_end = norm.find("\n", start)
            line_end = len(norm) if line_end < 0 else line_end
        value, value_end = _read_value(doc, kind, start, line_end)
        spans.append((match.start("label"), max(value_end, match.end())))
        if value is not None:
            found[kind] = value
    return found, spans


def _read_value(doc: Doc, kind: str, start: int, end: int) -> tuple[Found | None, int]:
    """The value after a label, and where it ends in ``norm``."""
    norm = doc.norm
    if kind == "email":
        match = EMAIL_RE.match(norm, _skip_space(norm, start), end)
        if not match:
            return None, start
        return doc.found(match.group(), match.start(), match.end(), 0.95), match.end()
    if kind in ("phone", "fax"):
        match = _PHONE_RE.match(norm, _skip_space(norm, start), end)
        if not match:
            return None, start
        number = to_e164(match.group())
        if number is None:
            return None, match.end()
        return doc.found(number, match.start(), match.end(), 0.95), match.end()
    span = read_name(norm, start, end)
    if span is None:
        return None, start
    return doc.found(norm[span[0] : span[1]], span[0], span[1], 0.9), span[1]


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


_BODY_CONTACT = re.compile(
    r"(?:contacter|contact|contactez|s'adresser\s+[aà]|write\s+to|reach\s+out\s+to|contactar\s+a)"
    r"\s+(?:(?:ma|mon|notre|my|our|nuestr[oa]|mi)\s+(?:coll[eè]gue|colleague|colega)\s*,?\s+)?",
    re.I,
)


_BODY_PHONE = re.compile(
    r"(?:t[eé]l[eé]?(?:phone)?|phone)\s*\.?\s*:?\s*(?P<n>(?:\+|00)\s?\d[\d \-.()]{5,20}\d)", re.I
)
_INFORMATION = ci(
    r"further\s+information|more\s+information|any\s+(?:questions?|queries)"
    r"|renseignements|informations?\s+compl[eé]mentaires|toute\s+question"
    r"|m[aá]s\s+informaci[oó]n"
)


def find_body_contact(doc: Doc, layout: Layout) -> dict[str, Found]:
    """ "please contact my colleague, Ms X, at x@itu.int" when the header names no contact."""
    norm = doc.norm
    for match in _BODY_CONTACT.finditer(norm, layout.body_start, layout.body_end):
        start = match.end()
        span = read_name(norm, start, min(len(norm), start + 80))
        if span is None:
            continue
        out = {"contact": doc.found(norm[span[0] : span[1]], span[0], span[1], 0.75)}
        sent_start, sent_end = doc.sentence_bounds(span[1])
        email = EMAIL_RE.search(norm, span[1], sent_end)
        if email:
            out["email"] = doc.found(email.group(), email.start(), email.end(), 0.75)
        phone = _BODY_PHONE.search(norm, span[1], sent_end)
        if phone:
            number = to_e164(phone.group("n"))
            if number:
                out["phone"] = doc.found(number, phone.start("n"), phone.end("n"), 0.7)
        return out
    for match in _INFORMATION.finditer(doc.fold, layout.body_start, layout.body_end):
        sent_start, sent_end = doc.sentence_bounds(
            match.start(), layout.body_start, layout.body_end
        )
        email = EMAIL_RE.search(norm, sent_start, sent_end)
        if email:
            return {"email": doc.found(email.group(), email.start(), email.end(), 0.6)}
    return {}
