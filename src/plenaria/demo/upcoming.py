"""The next edition of each series, its dates computed from today so the demo never goes stale.

Every figure here is illustrative: these editions are not announced by any letter. Each is
published with registration open from a week ago until the day before it starts.
"""

import datetime

from plenaria.events.choices import EventFormat, EventKind, EventStatus, OrganiserRole

D = datetime.date
T = datetime.time
ORGANISER = OrganiserRole.ORGANISER


def next_wtisd_day(today: D) -> D:
    """The next 17 May at least two days away, so that registration is still open."""
    day = D(today.year, 5, 17)
    return day if day > today + datetime.timedelta(days=1) else D(today.year + 1, 5, 17)


def _monday_from(day: D) -> D:
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7)


def _next_wtdc_year(today: D) -> int:
    year = 2025
    while D(year, 6, 1) <= today + datetime.timedelta(days=30):
        year += 4
    return year


def wtisd_acronym(today: D) -> str:
    return f"WTISD-{next_wtisd_day(today).year % 100:02d}"


def upcoming_events(today: D) -> list[dict]:
    """The upcoming editions, in the shape of ``events.EVENTS``."""
    wtisd = next_wtisd_day(today)
    forum = _monday_from(today + datetime.timedelta(days=56))
    p2c = today + datetime.timedelta(days=21)
    youth = today + datetime.timedelta(days=35)
    wtdc_year = _next_wtdc_year(today)
    wtdc = _monday_from(D(wtdc_year, 6, 1))
    day = datetime.timedelta(days=1)
    return [
        {
            "series": "WTISD",
            "acronym": wtisd_acronym(today),
            "title": {
                "en": f"World Telecommunication and Information Society Day {wtisd.year}",
                "fr": (
                    "Journée mondiale des télécommunications et de la société de l'information"
                    f" {wtisd.year}"
                ),
            },
            "kind": EventKind.OBSERVANCE,
            "format": EventFormat.HYBRID,
            "status": EventStatus.PUBLISHED,
            "timezone": "Europe/Zurich",
            "start": (wtisd, T(14, 30)),
            "end": (wtisd, T(16, 30)),
            "venue": "ITU HQ",
            "room": "Popov Room",
            "contact_email": "strategy@itu.int",
            "website": "https://www.itu.int/wtisd",
            "organisers": [("ITU", ORGANISER)],
        },
        {
            "series": "WSIS Forum",
            "acronym": f"WSIS Forum {forum.year}",
            "title": {"en": f"WSIS Forum {forum.year}", "fr": f"Forum {forum.year} du SMSI"},
            "kind": EventKind.FORUM,
            "format": EventFormat.HYBRID,
            "status": EventStatus.PUBLISHED,
            "timezone": "Europe/Zurich",
            "start": (forum, None),
            "end": (forum + 4 * day, None),
            "venue": "ITU HQ",
            "contact_email": "wsis-info@itu.int",
            "website": "https://www.wsis.org/forum",
            "organisers": [("ITU", ORGANISER)],
        },
        {
            "series": "P2C",
            "acronym": f"P2C Meeting {p2c:%Y-%m}",
            "title": {
                "en": "Partner2Connect Digital Coalition meeting",
                "fr": "Réunion de la Coalition pour le numérique Partner2Connect",
            },
            "kind": EventKind.MEETING,
            "format": EventFormat.VIRTUAL,
            "status": EventStatus.PUBLISHED,
            "timezone": "America/New_York",
            "start": (p2c, T(8, 30)),
            "end": (p2c, T(11, 30)),
            "contact_email": "partner2connect@itu.int",
            "organisers": [("ITU", ORGANISER)],
        },
        {
            "series": "Generation Connect",
            "acronym": f"Generation Connect {youth:%Y-%m}",
            "title": {
                "en": "Generation Connect youth dialogue",
                "fr": "Dialogue des jeunes Generation Connect",
            },
            "kind": EventKind.MEETING,
            "format": EventFormat.VIRTUAL,
            "status": EventStatus.PUBLISHED,
            "timezone": "Africa/Kigali",
            "start": (youth, T(14, 0)),
            "end": (youth, T(16, 0)),
            "contact_email": "wtdc@itu.int",
            "organisers": [("ITU", ORGANISER)],
        },
        {
            "series": "WTDC",
            "acronym": f"WTDC-{wtdc_year % 100:02d}",
            "title": {
                "en": f"World Telecommunication Development Conference (WTDC-{wtdc_year % 100:02d})",
                "fr": (
                    "Conférence mondiale de développement des télécommunications"
                    f" (CMDT-{wtdc_year % 100:02d})"
                ),
            },
            "kind": EventKind.CONFERENCE,
            "format": EventFormat.HYBRID,
            "status": EventStatus.PUBLISHED,
            "timezone": "Europe/Zurich",
            "start": (wtdc, None),
            "end": (wtdc + 11 * day, None),
            "venue": "ITU HQ",
            "contact_email": "wtdc@itu.int",
            "organisers": [("ITU", ORGANISER)],
        },
    ]
