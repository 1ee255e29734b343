"""The events of the five seed letters, with the facts the letters state.

Where a letter is silent (room capacity, a venue's street), the value is marked illustrative.
"""

import datetime

from plenaria.directory.models import Organisation
from plenaria.events.choices import EventFormat, EventKind, EventStatus, OrganiserRole, RelationKind

D = datetime.date
T = datetime.time

SERIES = [
    {
        "acronym": "WTISD",
        "name": {
            "en": "World Telecommunication and Information Society Day",
            "fr": "Journée mondiale des télécommunications et de la société de l'information",
        },
        "website": "https://www.itu.int/wtisd",
    },
    {
        "acronym": "WSIS Forum",
        "name": {
            "en": "World Summit on the Information Society Forum",
            "fr": "Forum du Sommet mondial sur la société de l'information (SMSI)",
        },
        "website": "https://www.wsis.org/forum",
    },
    {
        "acronym": "WTDC",
        "name": {
            "en": "World Telecommunication Development Conference",
            "fr": "Conférence mondiale de développement des télécommunications",
        },
    },
    {
        "acronym": "P2C",
        "name": {
            "en": "Partner2Connect Digital Coalition",
            "fr": "Coalition pour le numérique Partner2Connect",
        },
    },
    {
        "acronym": "Generation Connect",
        "name": {"en": "Generation Connect", "fr": "Generation Connect"},
    },
]

VENUES = [
    {
        "key": "ITU HQ",
        "name": {"en": "ITU headquarters", "fr": "Siège de l'UIT"},
        "city": {"en": "Geneva", "fr": "Genève"},
        "country": "CH",
        "address": "Place des Nations, 1211 Geneva 20",
        "rooms": [{"name": {"en": "Popov Room", "fr": "Salle Popov"}, "capacity": 200}],
    },  # capacity illustrative
    {
        "key": "KCC",
        "name": {"en": "Kigali Convention Centre", "fr": "Centre de conventions de Kigali"},
        "city": {"en": "Kigali", "fr": "Kigali"},
        "country": "RW",
        "address": "KG 2 Roundabout, Kigali",
        "rooms": [{"name": {"en": "Plenary Hall", "fr": "Salle plénière"}, "capacity": 1500}],
    },  # capacity illustrative
]

ORGANISER, CO_ORGANISER = OrganiserRole.ORGANISER, OrganiserRole.CO_ORGANISER

EVENTS = [
    {
        "series": "WSIS Forum",
        "acronym": "WSIS Forum 2021",
        "title": {"en": "WSIS Forum 2021", "fr": "Forum 2021 du SMSI"},
        "theme": {
            "en": "ICTs for inclusive, resilient and sustainable societies and economies (WSIS Action Lines for achieving SDGs)",
            "fr": "Les TIC au service de sociétés et d'économies inclusives, résilientes et durables (grandes orientations du SMSI en vue de la réalisation des Objectifs de développement durable (ODD))",
        },
        "kind": EventKind.FORUM,
        "format": EventFormat.VIRTUAL,
        "status": EventStatus.ARCHIVED,
        "timezone": "Europe/Zurich",
        "start": (D(2021, 5, 17), None),
        "end": (D(2021, 5, 21), None),
        "contact_email": "wsis-info@itu.int",
        "website": "https://www.wsis.org/forum",
        "organisers": [
            ("ITU", ORGANISER),
            ("UNESCO", CO_ORGANISER),
            ("UNCTAD", CO_ORGANISER),
            ("UNDP", CO_ORGANISER),
        ],
    },
    {
        "series": "WTISD",
        "acronym": "WTISD 2021",
        "title": {
            "en": "World Telecommunication and Information Society Day 2021",
            "fr": "Journée mondiale des télécommunications et de la société de l'information 2021",
        },
        "theme": {
            "en": "Accelerating digital transformation in challenging times",
            "fr": "Accélérer la transformation numérique en ces temps difficiles",
        },
        "kind": EventKind.OBSERVANCE,
        "format": EventFormat.VIRTUAL,
        "status": EventStatus.ARCHIVED,
        "timezone": "Europe/Zurich",
        "start": (D(2021, 5, 17), T(13, 0)),
        "end": (D(2021, 5, 17), T(14, 30)),
        "contact_email": "strategy@itu.int",
        "website": "https://www.itu.int/wtisd",
        "organisers": [("ITU", ORGANISER)],
        "relations": [(RelationKind.PART_OF, "WSIS Forum", "WSIS Forum 2021")],
    },
    {
        "series": "P2C",
        "acronym": "P2C Road to Addis 2021",
        "title": {
            "en": "Partner2Connect meeting of the Road to Addis series",
            "fr": "Réunion « Partner2Connect » de la série de manifestations « En route pour Addis »",
        },
        "theme": {
            "en": "Launch of the Partner2Connect Digital Coalition",
            "fr": "Lancement de la Coalition pour le numérique « Partner2Connect »",
        },
        # The letter writes "8 h 30-11 h 30 EST": New York time, which on 20 September is EDT.
        "kind": EventKind.MEETING,
        "format": EventFormat.VIRTUAL,
        "status": EventStatus.ARCHIVED,
        "timezone": "America/New_York",
        "start": (D(2021, 9, 20), T(8, 30)),
        "end": (D(2021, 9, 20), T(11, 30)),
        "contact_email": "partner2connect@itu.int",
        "organisers": [("ITU", ORGANISER)],
    },
    {
        "series": "Generation Connect",
        "acronym": "GCYS 2022",
        "title": {
            "en": "Generation Connect Global Youth Summit",
            "fr": "Sommet mondial de la jeunesse Generation Connect",
        },
        "kind": EventKind.SUMMIT,
        "format": EventFormat.IN_PERSON,
        "status": EventStatus.ARCHIVED,
        "timezone": "Africa/Kigali",
        "start": (D(2022, 6, 2), None),
        "end": (D(2022, 6, 4), None),
        "venue": "KCC",
        "contact_email": "wtdc@itu.int",
        "organisers": [("ITU", ORGANISER)],
    },
    {
        "series": "WTDC",
        "acronym": "WTDC-21",
        "title": {
            "en": "World Telecommunication Development Conference (WTDC-21)",
            "fr": "Conférence mondiale de développement des télécommunications (CMDT-21)",
        },
        "theme": {
            "en": "Connecting the unconnected to achieve sustainable development",
            "fr": "Connecter ceux qui ne le sont pas encore afin de parvenir au développement durable",
        },
        "kind": EventKind.CONFERENCE,
        "format": EventFormat.HYBRID,
        "status": EventStatus.ARCHIVED,
        "timezone": "Africa/Kigali",
        "start": (D(2022, 6, 6), None),
        "end": (D(2022, 6, 16), None),
        "venue": "KCC",
        "room": "Plenary Hall",
        "contact_email": "wtdc@itu.int",
        "organisers": [("ITU", ORGANISER), ("RW", CO_ORGANISER)],
        "relations": [(RelationKind.PRECEDED_BY, "Generation Connect", "GCYS 2022")],
    },
    {
        "series": "P2C",
        "acronym": "P2C Roundtable 2022",
        "title": {
            "en": "Partner2Connect Digital Development Roundtable",
            "fr": "Table ronde « Partner2Connect » pour le développement du numérique",
        },
        "kind": EventKind.ROUNDTABLE,
        "format": EventFormat.HYBRID,
        "status": EventStatus.ARCHIVED,
        "timezone": "Africa/Kigali",
        "start": (D(2022, 6, 7), None),
        "end": (D(2022, 6, 9), None),
        "venue": "KCC",
        "contact_email": "partner2connect@itu.int",
        "organisers": [("ITU", ORGANISER)],
        "relations": [(RelationKind.PART_OF, "WTDC", "WTDC-21")],
    },
    {
        "series": "WTISD",
        "acronym": "WTISD-23",
        "title": {
            "en": "World Telecommunication and Information Society Day 2023",
            "fr": "Journée mondiale des télécommunications et de la société de l'information 2023",
        },
        "theme": {
            "en": "Empowering the least developed countries through information and communication technologies",
            "fr": "Donner des moyens d'action aux pays les moins avancés grâce aux technologies de l'information et de la communication",
        },
        "kind": EventKind.OBSERVANCE,
        "format": EventFormat.HYBRID,
        "status": EventStatus.ARCHIVED,
        "timezone": "Europe/Zurich",
        "start": (D(2023, 5, 17), T(14, 30)),
        "end": (D(2023, 5, 17), T(16, 30)),
        "venue": "ITU HQ",
        "room": "Popov Room",
        "contact_email": "strategy@itu.int",
        "website": "https://www.itu.int/wtisd",
        "organisers": [("ITU", ORGANISER)],
    },
]


def organisation_by_key(key: str) -> Organisation:
    """An acronym (ITU, UNESCO) or, for a Member State, its ISO country code (RW)."""
    if len(key) == 2 and key.isupper():
        return Organisation.objects.get(category="member_state", country_id=key)
    return Organisation.objects.get(acronym=key)
