"""From what a letter states to the initial values of a draft event, for a person to check.

Nothing is guessed beyond the letter: a field the letter does not state stays empty.
"""

import re

from plenaria.events.choices import EventKind
from plenaria.events.models import Series
from plenaria.intake.extraction import EventExtraction, LetterExtraction

# Words in an event's name that tell its kind, in the languages the extractor reads.
KIND_WORDS = [
    (EventKind.OBSERVANCE, r"\b(journ[ée]e|day|d[ií]a|celebration|c[ée]l[ée]bration)\b"),
    (EventKind.ROUNDTABLE, r"\b(table ronde|round ?table|mesa redonda)\b"),
    (EventKind.SUMMIT, r"\b(sommet|summit|cumbre)\b"),
    (EventKind.FORUM, r"\b(forum|foro)\b"),
    (EventKind.CONFERENCE, r"\b(conf[ée]rence|conference|conferencia|assembl[ée]e|assembly)\b"),
    (
        EventKind.MEETING,
        r"\b(r[ée]union|meeting|reuni[óo]n|workshop|atelier|seminar|s[ée]minaire)\b",
    ),
]


def value(found):
    return found.value if found is not None else None


def guess_kind(name: str) -> str | None:
    folded = name.lower()
    return next((kind for kind, words in KIND_WORDS if re.search(words, folded)), None)


def series_for(acronym: str | None) -> Series | None:
    """The series whose acronym starts the event's (WTISD-23 → WTISD), the longest first."""
    if not acronym:
        return None
    candidates = [s for s in Series.objects.all() if acronym.upper().startswith(s.acronym.upper())]
    return max(candidates, key=lambda s: len(s.acronym), default=None)


def event_initial(letter: LetterExtraction, event: EventExtraction) -> dict:
    language = letter.language if letter.language in ("en", "fr", "es", "ar", "ru") else "en"
    name = value(event.name) or value(letter.subject) or ""
    acronym = value(event.acronym) or value(event.acronym_written) or ""
    start_time, end_time = value(event.start_time), value(event.end_time)
    series = series_for(acronym)
    theme = value(event.theme) or ""
    initial = {
        # The translated-text widgets read the whole mapping; the per-language keys are what
        # the form posts back.
        "title": {language: name} if name else None,
        "theme": {language: theme} if theme else None,
        f"title_{language}": name,
        f"theme_{language}": theme,
        "acronym": acronym,
        "kind": guess_kind(name) or "",
        "format": value(event.format) or "",
        "timezone": value(event.time_zone) or "",
        "start_date": value(event.start_date),
        "end_date": value(event.end_date) or value(event.start_date),
        "start_time": start_time,
        "end_time": end_time,
        "times_announced": bool(start_time and end_time),
        "contact_email": value(letter.email) or "",
        "series": series.pk if series else None,
        "status": "draft",
    }
    return {key: item for key, item in initial.items() if item not in (None, "")}
