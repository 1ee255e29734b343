"""Invented texts for the demonstration's national activities: titles and descriptions per
kind of activity (English and French, ``{place}`` is the city or the country), organisers
that are not in the directory, and how often each kind occurs. Written for the demo; any
likeness to a real activity is by chance."""

# Kind, its weight among the activities, and whether it is mostly held online.
KINDS = (
    ("conference", 22, False),
    ("workshop", 20, False),
    ("webinar", 14, True),
    ("award", 8, False),
    ("exhibition", 8, False),
    ("hackathon", 9, False),
    ("media", 9, True),
    ("other", 10, False),
)

TITLES = {
    "conference": [
        (
            {
                "en": "National forum on {topic} in {place}",
                "fr": "Forum national sur {topic_fr} à {place}",
            }
        ),
        ({"en": "WTISD conference: {topic}", "fr": "Conférence de la JMTSI : {topic_fr}"}),
    ],
    "workshop": [
        (
            {
                "en": "Digital skills workshop for small businesses, {place}",
                "fr": "Atelier de compétences numériques pour les petites entreprises, {place}",
            }
        ),
        ({"en": "Training day: {topic}", "fr": "Journée de formation : {topic_fr}"}),
    ],
    "webinar": [
        ({"en": "Webinar: {topic}", "fr": "Webinaire : {topic_fr}"}),
        ({"en": "Online panel on {topic}", "fr": "Table ronde en ligne sur {topic_fr}"}),
    ],
    "award": [
        (
            {
                "en": "ICT innovation awards {year}, {place}",
                "fr": "Prix de l'innovation TIC {year}, {place}",
            }
        ),
    ],
    "exhibition": [
        (
            {
                "en": "Telecommunication heritage exhibition, {place}",
                "fr": "Exposition sur le patrimoine des télécommunications, {place}",
            }
        ),
        (
            {
                "en": "Open day of the national regulator, {place}",
                "fr": "Journée portes ouvertes du régulateur national, {place}",
            }
        ),
    ],
    "hackathon": [
        ({"en": "Youth hackathon: {topic}", "fr": "Hackathon des jeunes : {topic_fr}"}),
        (
            {
                "en": "Girls in coding challenge, {place}",
                "fr": "Défi de programmation pour les filles, {place}",
            }
        ),
    ],
    "media": [
        (
            {
                "en": "Radio and television series on {topic}",
                "fr": "Série radio et télévision sur {topic_fr}",
            }
        ),
        (
            {
                "en": "Social media campaign #WTISD{year}",
                "fr": "Campagne sur les réseaux sociaux #WTISD{year}",
            }
        ),
    ],
    "other": [
        (
            {
                "en": "Community connectivity day in {place}",
                "fr": "Journée de la connectivité communautaire à {place}",
            }
        ),
        (
            {
                "en": "Schools connect: visits and talks in {place}",
                "fr": "Écoles connectées : visites et causeries à {place}",
            }
        ),
    ],
}

# Topics per call: (English, French).
TOPICS = {
    "2021": [
        (
            "digital transformation in challenging times",
            "la transformation numérique en ces temps difficiles",
        ),
        (
            "e-health and remote learning after the pandemic",
            "la santé en ligne et l'enseignement à distance après la pandémie",
        ),
        ("accelerating broadband roll-out", "l'accélération du déploiement du haut débit"),
        ("cybersecurity for citizens", "la cybersécurité pour les citoyens"),
    ],
    "2023": [
        ("ICTs for the least developed countries", "les TIC au service des pays les moins avancés"),
        ("meaningful connectivity in rural areas", "une connectivité utile dans les zones rurales"),
        (
            "digital skills for women and girls",
            "les compétences numériques des femmes et des filles",
        ),
    ],
    "next": [
        (
            "digital innovation for sustainable development",
            "l'innovation numérique au service du développement durable",
        ),
        ("affordable connectivity for all", "une connectivité abordable pour tous"),
    ],
}

DESCRIPTIONS = {
    "en": "To celebrate World Telecommunication and Information Society Day, {organiser} "
    "brings together public authorities, operators, universities and citizens around "
    "{topic}. Talks, demonstrations and time for questions; all are welcome.",
    "fr": "Pour célébrer la Journée mondiale des télécommunications et de la société de "
    "l'information, {organiser} réunit pouvoirs publics, opérateurs, universités et "
    "citoyens autour du thème suivant : {topic_fr}. Exposés, démonstrations et questions.",
}

# Organisers not in the directory; ``{place}`` is the city or the country.
ORGANISERS = (
    "{place} ICT Society",
    "Digital Youth Club of {place}",
    "{place} Women in Technology Network",
    "Association of Telecommunication Engineers, {place}",
    "Polytechnic School of {place}",
    "{place} Community Radio",
    "Open Source Circle of {place}",
    "Chamber of Digital Commerce, {place}",
)

SUMMARIES = (
    "The room was full; the talks are online.",
    "More young people came than we expected.",
    "The ministry announced a new digital skills programme at the event.",
    "Schools asked us to run it again next year.",
)
