"""The patterns that delimit an event's name in a letter: "Name (ACR-23)", quoted names,
study groups, capitalised names ending in an event noun, and the edition year around them."""

from __future__ import annotations

import re

from .normalise import ci

PAREN_ACRONYM = re.compile(
    r"\((?P<acr>[A-Z][A-Za-z0-9&/]*[A-Z0-9](?:[- ](?:\d{4}|\d{2})(?:-[A-Z][A-Za-z]{1,11})?"
    r"|-[A-Z]{2,4})?)(?:,[^)\n]{0,60})?\)"
)
QUOTED = ci(
    r"(?P<head>(?<![\w-])(?:r[eé]union|table\s+ronde|atelier|forum|sommet|webinaire|s[eé]minaire"
    r"|colloque|dialogue|session|meeting|round\s?table|workshop|summit|webinar|seminar|conference"
    r"|conf[eé]rence|hackathon|s[eé]rie\s+de\s+manifestations|series\s+of\s+events|series"
    r"|reuni[oó]n|taller|seminario|cumbre|foro|evento))\s+\"(?P<name>[^\"\n]{2,80})\"",
)
STUDY_GROUP = re.compile(
    r"(?:(?:ITU|UIT)-(?P<s1>[TRD])\s+)?(?:Study\s+Group|Commission\s+d'[eé]tudes|Comisi[oó]n\s+de"
    r"\s+Estudio)\s+(?P<n>\d{1,2})(?:\s+(?:of\s+(?:the\s+)?|de\s+l')(?:ITU|UIT)-(?P<s2>[TRD]))?"
    r"|(?:Working\s+Party|Groupe\s+de\s+travail|Grupo\s+de\s+Trabajo)\s+(?P<wp>\d{1,2}[A-Z]|\d{1,2}/\d{1,2})",
)
HEADS_CAPITALISED = (
    r"Workshop|Seminar|Forum|Symposium|Conference|Summit|Meeting|Dialogue|Roundtable|Webinar|Week"
    r"|Day|Hackathon|Atelier|S[eé]minaire|Colloque|Sommet|R[eé]union|Table\s+ronde|Webinaire|Semaine"
    r"|Journ[eé]e|Conf[eé]rence|Taller|Seminario|Foro|Cumbre|Reuni[oó]n|Semana|Simposio"
)
DETERMINERS = (
    r"(?:Le|La|Les|The|This|That|These|Those|Cette|Ce|Cet|Ces|El|Los|Las|Un|Une|A|An|Our"
    r"|Notre|Votre|Your|Its|Sa|Son|Each|Chaque|Every|Next|Prochaine?|Upcoming)"
)
NAME_STOP = (
    r"(?=\s+(?:on|le|les|from|du|de|au|in|at|[aà]|en|the|el|del)?\s*\d"
    r"|\s+(?:which|qui|que|will|would|shall|to\s+be|held|se\s|aura|sera|organi[sz]|is|are|was|has"
    r"|have|et\s+se|that|en\s+marge|lors|during|dans\s+le\s+cadre|y\s+se|and\s+will)\b"
    r"|\s+(?:in|[aà]|at|en)\s+[A-Z]|\s*[,.;:()\"]|\s*\n(?![a-zà-ÿ])|$)"
)
HEAD_NAME = re.compile(
    rf"(?<![\w'-])(?P<pre>(?:(?!{DETERMINERS}\s)[A-Z][\w-]*\s+){{0,4}})(?P<head>{HEADS_CAPITALISED})"
    rf"(?![\w-])"
    rf"(?P<comp>(?:\s+[a-zà-ÿ]+){{0,2}}?\s+(?:on|for|of|sur|de|du|des|pour|d'|sobre|para)"
    rf"\s*(?:[^,.;:()\n\"]|\n(?=[a-zà-ÿ])){{2,110}}?)?{NAME_STOP}"
)
HEAD_WORD = re.compile(rf"(?<![\w'-])(?:{HEADS_CAPITALISED})(?![\w-])")
PRE_TAIL = re.compile(rf"(?<![\w'-])(?:(?!{DETERMINERS}\s)[A-Z][\w-]*\s+){{1,4}}$")
NOT_EVENT = re.compile(
    r"\b(?:Cent(?:re|er)|Hall|Headquarters|Building|B[aâ]timent|H[oô]tel|Palais"
    r"|Palacio|Secretariat|Bureau|Office|Sector|Secteur)\b"
)
VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "will",
        "be",
        "by",
        "which",
        "that",
        "has",
        "have",
        "est",
        "sont",
        "sera",
        "par",
        "qui",
        "que",
        "a",
        "ont",
        "organized",
        "organised",
        "organisé",
        "organisée",
        "held",
        "tenu",
        "tenue",
    ]
)
SUMMIT_ACRONYM = re.compile(r"(?<![\w-])(?:SMSI|WSIS|CMSI)(?![\w-])")
FUNCTION_WORDS = frozenset(
    [
        "of",
        "the",
        "for",
        "on",
        "and",
        "in",
        "to",
        "de",
        "du",
        "des",
        "la",
        "le",
        "l'",
        "les",
        "pour",
        "sur",
        "et",
        "en",
        "au",
        "aux",
        "d'",
        "del",
        "y",
        "para",
        "sobre",
    ]
)
EDITION_BEFORE = ci(
    r"(?:[eé]dition\s+(?:de\s+)?|edici[oó]n\s+(?:de\s+)?)(?P<y>(?:19|20)\d\d)"
    r"\s+(?:de\s+la|du|de\s+l'|des|de)\s*$|(?P<y2>(?:19|20)\d\d)\s+edition\s+of"
    r"\s+(?:the\s+)?$"
)
EDITION_AFTER = re.compile(r"\s+(?:de\s+|of\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-/]\d)")


def edition_year(text: str) -> int | None:
    match = re.search(r"(?:19|20)\d\d|(?<=-)\d{2}(?:$|(?=-))|(?<= )\d{2}$", text)
    if not match:
        return None
    year = int(match.group())
    return year if year >= 1900 else 2000 + year


def english_acronym(written: str, base: str) -> str:
    """ "CMDT-21" -> "WTDC-21"; "WTISD 2021" -> "WTISD-21"."""
    match = re.match(r"^[A-Za-z]+(?:[- ]|\s?-\s?)(\d{4}|\d{2})$", written)
    if not match:
        return base
    return f"{base}-{match.group(1)[-2:]}"
