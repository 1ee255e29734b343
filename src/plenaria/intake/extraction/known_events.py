"""Events that letters name again and again: the recurring ITU and UN events.

Patterns are matched on the accent-folded text. Each known event has an English acronym,
the acronyms other languages use for it, and its name in each language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import ci


@dataclass(frozen=True)
class KnownEvent:
    acronym: str  # English acronym used by ITU
    names: dict[str, str]  # language -> name
    pattern: str  # names as written (folded text, case-insensitive)
    acronyms: tuple[str, ...] = ()  # acronyms as written, any language (case-sensitive)
    head: str = ""  # the event noun a letter uses to refer back to it ("conference")
    needs_edition: bool = False  # an acronym too short to trust without "-23"
    official: bool = True  # whether ``acronym`` is one the organisers use (else an internal key)
    written_name: bool = False  # a family of events (one per region): keep the name as written


_REGION_FR = (
    r"(?:\s+(?:pour|de)\s+(?:l'|les\s+|la\s+)?(?:Afrique|Am[eé]riques|[EÉ]tats\s+arabes"
    r"|Asie-Pacifique|Asie\s+et\s+(?:le\s+)?Pacifique|Europe|CEI|r[eé]gion\s+\w+))?"
)
_REGION_ES = (
    r"(?:\s+(?:para|de)\s+(?:la\s+|las\s+|los\s+|el\s+)?(?:Americas|Africa|Estados\s+Arabes"
    r"|Asia[-\s]Pacifico|Asia\s+y\s+el\s+Pacifico|Europa|CEI|region\s+\w+))?"
)
_REGION_EN = (
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:Arab\s+States|Africa|Americas|Asia[-\s]Pacific"
    r"|Asia\s+and\s+the\s+Pacific|Europe|CIS|\w+\s+region))?"
)

KNOWN_EVENTS: list[KnownEvent] = [
    KnownEvent(
        "WTDC",
        {
            "fr": "Conférence mondiale de développement des télécommunications",
            "en": "World Telecommunication Development Conference",
            "es": "Conferencia Mundial de Desarrollo de las Telecomunicaciones",
        },
        r"conferences?\s+mondiales?\s+de\s+developpement\s+des\s+telecommunications"
        r"|world\s+telecommunication\s+development\s+conferences?"
        r"|conferencia\s+mundial\s+de\s+desarrollo\s+de\s+las\s+telecomunicaciones",
        ("WTDC", "CMDT"),
        "conference",
    ),
    KnownEvent(
        "WTSA",
        {
            "fr": "Assemblée mondiale de normalisation des télécommunications",
            "en": "World Telecommunication Standardization Assembly",
        },
        r"assemblee\s+mondiale\s+de\s+normalisation\s+des\s+telecommunications"
        r"|world\s+telecommunication\s+standardi[sz]ation\s+assembly"
        r"|asamblea\s+mundial\s+de\s+normalizacion\s+de\s+las\s+telecomunicaciones",
        ("WTSA", "AMNT"),
        "assembly",
    ),
    KnownEvent(
        "WRC",
        {
            "fr": "Conférence mondiale des radiocommunications",
            "en": "World Radiocommunication Conference",
        },
        r"conference\s+mondiale\s+des\s+radiocommunications"
        r"|world\s+radiocommunication\s+conference"
        r"|conferencia\s+mundial\s+de\s+radiocomunicaciones",
        ("WRC", "CMR"),
        "conference",
        True,
    ),
    KnownEvent(
        "RA",
        {"fr": "Assemblée des radiocommunications", "en": "Radiocommunication Assembly"},
        r"assemblee\s+des\s+radiocommunications|radiocommunication\s+assembly"
        r"|asamblea\s+de\s+radiocomunicaciones",
        ("RA", "AR"),
        "assembly",
        True,
    ),
    KnownEvent(
        "PP",
        {"fr": "Conférence de plénipotentiaires", "en": "Plenipotentiary Conference"},
        r"conference\s+de\s+plenipotentiaires|plenipotentiary\s+conference"
        r"|conferencia\s+de\s+plenipotenciarios",
        ("PP",),
        "conference",
        True,
    ),
    KnownEvent(
        "WTISD",
        {
            "fr": "Journée mondiale des télécommunications et de la société de l'information",
            "en": "World Telecommunication and Information Society Day",
            "es": "Día Mundial de las Telecomunicaciones y la Sociedad de la Información",
        },
        r"journee\s+mondiale\s+des\s+telecommunications\s+et\s+de\s+la\s+societe\s+de"
        r"\s+l'information|world\s+telecommunication\s+and\s+information\s+society\s+day"
        r"|dia\s+mundial\s+de\s+las\s+telecomunicaciones\s+y\s+(?:de\s+)?la\s+sociedad\s+de"
        r"\s+la\s+informacion",
        ("WTISD", "JMTSI"),
        "day",
    ),
    KnownEvent(
        "WSIS Forum",
        {
            "fr": "Forum du Sommet mondial sur la société de l'information",
            "en": "World Summit on the Information Society Forum",
            "es": "Foro de la Cumbre Mundial sobre la Sociedad de la Información",
        },
        r"forum(?:\s+(?:de\s+)?(?:19|20)\d\d)?\s+du\s+(?:sommet\s+mondial\s+sur\s+la\s+societe"
        r"\s+de\s+l'information|SMSI)(?:\s*\((?:SMSI|WSIS)\))?"
        r"|WSIS(?:\s?\+\s?\d{1,2})?\s+Forum(?:\s+High[-\s]Level\s+(?:Event|Segment))?"
        r"(?:\s+(?:19|20)\d\d)?"
        r"|(?:world\s+summit\s+on\s+the\s+information\s+society\s+(?:\(WSIS\)\s+)?forum)"
        r"(?:\s+(?:19|20)\d\d)?"
        r"|foro(?:\s+(?:de\s+)?(?:19|20)\d\d)?\s+de\s+la\s+(?:cumbre\s+mundial\s+sobre\s+la"
        r"\s+sociedad\s+de\s+la\s+informacion|CMSI)(?:\s*\(CMSI\))?",
        (),
        "forum",
    ),
    KnownEvent(
        "TDAG",
        {
            "fr": "Groupe consultatif pour le développement des télécommunications",
            "en": "Telecommunication Development Advisory Group",
        },
        r"groupe\s+consultatif\s+pour\s+le\s+developpement\s+des\s+telecommunications"
        r"|telecommunication\s+development\s+advisory\s+group",
        ("TDAG", "GCDT"),
        "group",
    ),
    KnownEvent(
        "TSAG",
        {
            "fr": "Groupe consultatif de la normalisation des télécommunications",
            "en": "Telecommunication Standardization Advisory Group",
        },
        r"groupe\s+consultatif\s+de\s+la\s+normalisation\s+des\s+telecommunications"
        r"|telecommunication\s+standardi[sz]ation\s+advisory\s+group",
        ("TSAG", "GCNT"),
        "group",
    ),
    KnownEvent(
        "RAG",
        {
            "fr": "Groupe consultatif des radiocommunications",
            "en": "Radiocommunication Advisory Group",
        },
        r"groupe\s+consultatif\s+des\s+radiocommunications"
        r"|radiocommunication\s+advisory\s+group",
        ("RAG", "GCR"),
        "group",
    ),
    KnownEvent(
        "GSR",
        {"fr": "Colloque mondial des régulateurs", "en": "Global Symposium for Regulators"},
        r"colloque\s+mondial\s+des\s+regulateurs|global\s+symposium\s+for\s+regulators"
        r"|simposio\s+mundial\s+para\s+organismos\s+reguladores",
        ("GSR",),
        "symposium",
    ),
    KnownEvent(
        "WTPF",
        {
            "fr": "Forum mondial des politiques de télécommunication/TIC",
            "en": "World Telecommunication/ICT Policy Forum",
        },
        r"forum\s+mondial\s+des\s+politiques\s+de\s+telecommunication(?:/TIC)?"
        r"|world\s+telecommunication/ICT\s+policy\s+forum",
        ("WTPF", "FMPT"),
        "forum",
    ),
    KnownEvent(
        "GCYS",
        {
            "fr": "Sommet mondial de la jeunesse Generation Connect",
            "en": "Generation Connect Global Youth Summit",
        },
        r"sommet\s+mondial\s+de\s+la\s+jeunesse\s+generation\s+connect"
        r"|generation\s+connect\s+global\s+youth\s+summit",
        (),
        "summit",
        official=False,
    ),
    KnownEvent(
        "P2C Roundtable",
        {
            "fr": 'Table ronde "Partner2Connect" pour le développement du numérique',
            "en": "Partner2Connect Digital Development Roundtable",
        },
        r"table\s+ronde\s+\"?Partner2Connect\"?\s+pour\s+le\s+developpement\s+du\s+numerique"
        r"|\"?Partner2Connect\"?\s+Digital\s+Development\s+Roundtable",
        (),
        "roundtable",
        official=False,
    ),
    KnownEvent(
        "Girls in ICT Day",
        {
            "fr": "Journée internationale des jeunes filles dans le secteur des TIC",
            "en": "International Girls in ICT Day",
        },
        r"journee\s+internationale\s+des\s+jeunes\s+filles\s+dans\s+le\s+secteur\s+des\s+TIC"
        r"|(?:international\s+)?girls\s+in\s+ICT\s+day",
        (),
        "day",
        official=False,
    ),
    KnownEvent(
        "AI for Good",
        {"fr": "Sommet mondial AI for Good", "en": "AI for Good Global Summit"},
        r"(?:sommet\s+mondial\s+)?AI\s+for\s+Good(?:\s+Global\s+Summit)?",
        (),
        "summit",
        official=False,
    ),
    KnownEvent(
        "RPM",
        {
            "fr": "Réunion préparatoire régionale",
            "en": "Regional Preparatory Meeting",
            "es": "Reunión Preparatoria Regional",
        },
        r"r[eé]unions?\s+pr[eé]paratoires?\s+r[eé]gionales?"
        + _REGION_FR
        + r"|regional\s+preparatory\s+meetings?"
        + _REGION_EN
        + r"|reunion(?:es)?\s+preparatorias?\s+regional(?:es)?"
        + _REGION_ES,
        ("RPM", "RPR"),
        "meeting",
        written_name=True,
    ),
    KnownEvent(
        "RDF",
        {
            "fr": "Forum régional de développement",
            "en": "Regional Development Forum",
            "es": "Foro Regional de Desarrollo",
        },
        r"forums?\s+r[eé]gion(?:al|aux)\s+de\s+d[eé]veloppement"
        + _REGION_FR
        + r"|(?:(?:Arab|African|Americas|Asia-Pacific|European|CIS)\s+)?regional\s+development"
        r"\s+forums?" + _REGION_EN + r"|foros?\s+regional(?:es)?\s+de\s+desarrollo" + _REGION_ES,
        ("RDF", "FRD"),
        "forum",
        written_name=True,
    ),
    KnownEvent(
        "UNGA",
        {"fr": "Assemblée générale des Nations Unies", "en": "United Nations General Assembly"},
        r"assemblee\s+generale\s+des\s+nations\s+unies"
        r"|(?:united\s+nations|UN)\s+general\s+assembly"
        r"|general\s+assembly\s+of\s+the\s+united\s+nations"
        r"|asamblea\s+general\s+de\s+las\s+naciones\s+unidas",
        ("UNGA",),
        "assembly",
    ),
    KnownEvent(
        "Council",
        {"fr": "Conseil de l'UIT", "en": "ITU Council"},
        r"(?:session\s+(?:de\s+\d{4}\s+)?du\s+)?conseil\s+de\s+l'UIT|ITU\s+Council",
        (),
        "council",
        official=False,
    ),
]

KNOWN_NAME_RE = ci("|".join(f"(?P<k{i}>{event.pattern})" for i, event in enumerate(KNOWN_EVENTS)))
# First three letters of the words a known event's name can begin with (see ``Doc.scan``).
KNOWN_PREFIXES = frozenset(
    [
        "con",
        "wor",
        "ass",
        "asa",
        "rad",
        "ple",
        "jou",
        "dia",
        "for",
        "wsi",
        "gro",
        "tel",
        "col",
        "glo",
        "sim",
        "som",
        "gen",
        "tab",
        "par",
        "int",
        "gir",
        "ai",
        "reu",
        "reg",
        "ara",
        "afr",
        "ame",
        "asi",
        "eur",
        "cis",
        "uni",
        "un",
        "ses",
        "itu",
    ]
)
_ACRONYM_INDEX: dict[str, int] = {}
for _i, _event in enumerate(KNOWN_EVENTS):
    for _acr in _event.acronyms:
        _ACRONYM_INDEX[_acr] = _i
KNOWN_ACRONYM_RE = re.compile(
    r"(?<![\w-])(?P<acr>" + "|".join(sorted(_ACRONYM_INDEX, key=len, reverse=True)) + r")"
    r"(?:(?P<sep>[- ]|\s?-\s?)(?P<ed>\d{4}|\d{2})|-(?P<region>AFR|ARB|ASP|AMS|AMR|CIS|EUR))?(?![\w-])"
)


def known_by_acronym(acronym: str) -> tuple[int, KnownEvent] | None:
    index = _ACRONYM_INDEX.get(acronym)
    return (index, KNOWN_EVENTS[index]) if index is not None else None
