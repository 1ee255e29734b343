"""The words around event names: event nouns ("conference"), anaphors ("this meeting") and
the cues that relate one event to another ("held during", "preceded by").

Patterns are matched on the accent-folded text.
"""

from __future__ import annotations

from .normalise import ci

# Nouns that name an event, per language, with the key used to match a later reference.
HEADS = {
    "conference": r"conf[eé]rences?|conferencias?",
    "assembly": r"assembl[eé]es?|assembly|asambleas?",
    "forum": r"forums?|foros?",
    "summit": r"sommets?|summits?|cumbres?",
    "symposium": r"symposiums?|colloques?|simposios?",
    "meeting": r"r[eé]unions?|meetings?|reuni[oó]n(?:es)?",
    "workshop": r"ateliers?|workshops?|talleres?|taller",
    "seminar": r"s[eé]minaires?|seminars?|seminarios?",
    "webinar": r"webinaires?|webinars?|webinarios?",
    "roundtable": r"tables?\s+rondes?|round\s?tables?|mesas?\s+redondas?",
    "day": r"journ[eé]es?|days?|d[ií]as?",
    "week": r"semaines?|weeks?|semanas?",
    "dialogue": r"dialogues?|di[aá]logos?",
    "session": r"sessions?|sesi[oó]n(?:es)?",
    "event": r"manifestations?|[eé]v[eé]nements?|events?|eventos?|c[eé]l[eé]brations?|celebrations?"
    r"|celebraci[oó]n(?:es)?",
    "group": r"groupes?|groups?|grupos?",
    "council": r"conseil|council|consejo",
    "series": r"s[eé]rie\s+de\s+manifestations|series\s+of\s+events|series",
    "hackathon": r"hackathons?",
    "training": r"formations?|trainings?|courses?|cours",
}
_HEAD_PATTERN = "|".join(f"(?P<{k}>{p})" for k, p in HEADS.items())
HEAD_RE = ci(rf"(?<![\w-])(?:{_HEAD_PATTERN})(?![\w-])")
# A word that refers back to an event already named: "la Conférence", "cette manifestation".
ANAPHOR_RE = ci(
    rf"(?<![\w-])(?:la|le|l'|cette|ce|cet|the|this|that|esta|este|dicha|dicho|el|sa|its)\s*"
    rf"(?:(?:prochaine?|next|forthcoming|pr[oó]xim[oa])\s+)?(?:{_HEAD_PATTERN})(?![\w-])"
)

ANAPHOR_PREFIXES = frozenset(
    ["la", "le", "l", "cet", "ce", "the", "thi", "tha", "est", "dic", "el", "sa", "its"]
)

# The relation of the event named *before* the word to the event named *after* it.
RELATION_CUES = [
    (
        "part_of",
        r"lors\s+de|durant|pendant|au\s+cours\s+de|dans\s+le\s+cadre\s+d[eu]s?"
        r"|in\s+the\s+framework\s+of|within(?:\s+the\s+framework\s+of)?|as\s+part\s+of"
        r"|during|en\s+el\s+marco\s+de|durante|organis[eé]e?s?\s+dans\s+le\s+cadre\s+d[eu]s?"
        r"|[aà]\s+l'occasion\s+d[eu]s?|on\s+the\s+occasion\s+of|in\s+the\s+context\s+of",
    ),
    (
        "preceded_by",
        r"(?:sera|will\s+be|est|is|ser[aá])\s+pr[eé]c[eé]d[eé]e?s?\s+(?:de|du|des|par|by)"
        r"|preceded\s+by|precedid[oa]\s+(?:de|por)",
    ),
    (
        "followed_by",
        r"(?:sera|will\s+be|est|is|ser[aá])\s+suivie?s?\s+(?:de|du|des|par|by)"
        r"|followed\s+by|seguid[oa]\s+(?:de|por)",
    ),
    (
        "alongside",
        r"en\s+marge\s+d[eu]s?|on\s+the\s+(?:margins|sidelines)\s+of|back[-\s]to[-\s]back"
        r"\s+with|in\s+conjunction\s+with|parall[eè]lement\s+[aà]|al\s+margen\s+de"
        r"|paralelamente\s+a",
    ),
    (
        "includes",
        r"au\s+programme\s+d[eu]s?|will\s+(?:also\s+)?(?:feature|include)"
        r"|comprendra|incluera|the\s+programme\s+of",
    ),
]
RELATION_PREFIXES = frozenset(
    [
        "lor",
        "dur",
        "pen",
        "au",
        "dan",
        "in",
        "wit",
        "as",
        "en",
        "org",
        "a",
        "on",
        "ser",
        "wil",
        "est",
        "is",
        "pre",
        "fol",
        "seg",
        "bac",
        "par",
        "al",
        "com",
        "inc",
        "the",
    ]
)
RELATION_RE = ci(
    "|".join(f"(?P<{name}>(?<![\\w-])(?:{pat})(?![\\w-]))" for name, pat in RELATION_CUES)
)
