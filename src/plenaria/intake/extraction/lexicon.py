"""Words of the languages the extractor reads: months, weekdays, offices, organisations.

Every pattern here is matched against the accent-folded view of a letter (see ``normalise``),
so it is written without accents. French and English first, Spanish where it costs nothing;
other UN languages are added by extending these tables.
"""

from __future__ import annotations

import re
from collections import Counter

from .normalise import ci

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "janvier january jan enero ene",
        "fevrier february feb febrero fevr fev",
        "mars march mar marzo",
        "avril april apr abril avr",
        "mai may mayo",
        "juin june jun junio",
        "juillet july jul julio juil",
        "aout august aug agosto",
        "septembre september sep sept septiembre setiembre",
        "octobre october oct octubre",
        "novembre november nov noviembre",
        "decembre december dec diciembre",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# Longest first so that "septembre" wins over "sept".
MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"

WEEKDAY_RE = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
)

# Issuing offices: code, English name, patterns (folded text).
OFFICES: list[tuple[str, str, str]] = [
    (
        "SG",
        "General Secretariat",
        r"secretariat\s+general|general\s+secretariat|secretaria\s+general",
    ),
    (
        "BDT",
        "Telecommunication Development Bureau",
        r"bureau\s+de\s+developpement\s+des\s+telecommunications"
        r"|telecommunication\s+development\s+bureau|oficina\s+de\s+desarrollo\s+de\s+las\s+telecomunicaciones",
    ),
    (
        "TSB",
        "Telecommunication Standardization Bureau",
        r"bureau\s+de\s+la\s+normalisation\s+des\s+telecommunications"
        r"|telecommunication\s+standardi[sz]ation\s+bureau"
        r"|oficina\s+de\s+normalizacion\s+de\s+las\s+telecomunicaciones",
    ),
    (
        "BR",
        "Radiocommunication Bureau",
        r"bureau\s+des\s+radiocommunications|radiocommunication\s+bureau"
        r"|oficina\s+de\s+radiocomunicaciones",
    ),
]

# Organisations: English acronym, then the names and acronyms that letters use for it.
ORGANISATIONS: list[tuple[str, str]] = [
    (
        "ITU",
        r"union\s+internationale\s+des\s+telecommunications|international\s+telecommunication"
        r"\s+union|union\s+internacional\s+de\s+telecomunicaciones|UIT|ITU",
    ),
    (
        "UNESCO",
        r"organisation\s+des\s+nations\s+unies\s+pour\s+l'education,\s+la\s+science\s+et\s+la"
        r"\s+culture|united\s+nations\s+educational,\s+scientific\s+and\s+cultural"
        r"\s+organi[sz]ation|UNESCO",
    ),
    (
        "UNCTAD",
        r"conference\s+des\s+nations\s+unies\s+sur\s+le\s+commerce\s+et\s+le\s+developpement"
        r"|united\s+nations\s+conference\s+on\s+trade\s+and\s+development|CNUCED|UNCTAD",
    ),
    (
        "UNDP",
        r"programme\s+des\s+nations\s+unies\s+pour\s+le\s+developpement"
        r"|united\s+nations\s+development\s+programme|PNUD|UNDP",
    ),
    ("WHO", r"organisation\s+mondiale\s+de\s+la\s+sante|world\s+health\s+organi[sz]ation|OMS|WHO"),
    (
        "WMO",
        r"organisation\s+meteorologique\s+mondiale|world\s+meteorological\s+organi[sz]ation"
        r"|OMM|WMO",
    ),
    (
        "WIPO",
        r"organisation\s+mondiale\s+de\s+la\s+propriete\s+intellectuelle"
        r"|world\s+intellectual\s+property\s+organi[sz]ation|OMPI|WIPO",
    ),
    ("UPU", r"union\s+postale\s+universelle|universal\s+postal\s+union|UPU"),
    (
        "FAO",
        r"organisation\s+des\s+nations\s+unies\s+pour\s+l'alimentation\s+et\s+l'agriculture"
        r"|food\s+and\s+agriculture\s+organi[sz]ation(?:\s+of\s+the\s+united\s+nations)?|FAO",
    ),
    (
        "ILO",
        r"organisation\s+internationale\s+du\s+travail|international\s+labour\s+organi[sz]ation"
        r"|OIT|ILO",
    ),
    ("UNICEF", r"UNICEF"),
    ("UNIDO", r"ONUDI|UNIDO"),
    ("UNHCR", r"HCR|UNHCR"),
    ("WFP", r"programme\s+alimentaire\s+mondial|world\s+food\s+programme|PAM|WFP"),
    ("UNITAR", r"UNITAR"),
    ("UN Women", r"ONU[- ]Femmes|UN[- ]Women"),
    (
        "UN DESA",
        r"departement\s+des\s+affaires\s+economiques\s+et\s+sociales(?:\s+de\s+l'ONU)?"
        r"|department\s+of\s+economic\s+and\s+social\s+affairs|UN\s?DESA|DAES",
    ),
    (
        "UNEP",
        r"programme\s+des\s+nations\s+unies\s+pour\s+l'environnement"
        r"|united\s+nations\s+environment\s+programme|UNEP|PNUE",
    ),
    ("UNOHRLLS", r"UN-?OHRLLS"),
    (
        "ECA",
        r"commission\s+economique\s+pour\s+l'afrique|economic\s+commission\s+for\s+africa|UNECA",
    ),
    (
        "ESCAP",
        r"economic\s+and\s+social\s+commission\s+for\s+asia\s+and\s+the\s+pacific|ESCAP|CESAP",
    ),
    ("World Bank", r"banque\s+mondiale|world\s+bank|banco\s+mundial"),
    ("GSMA", r"GSMA"),
    ("UN", r"organisation\s+des\s+nations\s+unies|united\s+nations|nations\s+unies|ONU|UN"),
]

_ACRONYM_ONLY = re.compile(r"^[A-Z][A-Z0-9\- ]+$")


def _org_pattern() -> re.Pattern[str]:
    parts = []
    for i, (_code, pat) in enumerate(ORGANISATIONS):
        parts.append(f"(?P<o{i}>{pat})")
    return ci(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


ORG_RE = _org_pattern()


def org_code(match: re.Match[str], norm: str) -> str | None:
    """The English acronym of the organisation matched by ``ORG_RE`` (on the folded view);
    ``norm`` is the text with its capitals, at the same offsets."""
    group = match.lastgroup
    if not group:
        return None
    code = ORGANISATIONS[int(group[1:])][0]
    written = norm[match.start() : match.end()]
    # acronyms must be written in capitals; full names may be in any case
    if _ACRONYM_ONLY.match(written) and written.upper() != written:
        return None
    return code


LANGUAGE_WORDS = {
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "a",
            "aux",
            "pour",
            "dans",
            "une",
            "qui",
            "sera",
            "vous",
            "nous",
            "sur",
            "avec",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "for",
            "will",
            "be",
            "you",
            "we",
            "on",
            "with",
            "this",
            "is",
            "are",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "de",
            "y",
            "para",
            "en",
            "una",
            "que",
            "sera",
            "usted",
            "con",
            "por",
            "se",
        ]
    ),
}


def detect_language(fold_text: str) -> str | None:
    counts = Counter(fold_text[:6000].split())
    if sum(counts.values()) < 5:
        return None
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in LANGUAGE_WORDS.items()}
    lang, best = max(scores.items(), key=lambda item: item[1])
    return lang if best >= 3 else None
