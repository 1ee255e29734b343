"""A WSIS Forum 2021 programme of a realistic size, built from the letter's list of parts.

The letter names the High-Level Track (policy statements, high-level dialogues, the WSIS
Prizes ceremony, a ministerial round table) and the Forum Track (Action Line facilitation
meetings, country workshops, thematic workshops, training sessions, special tracks,
knowledge cafés, a hackathon on ICTs and older persons, an exhibition). The titles follow
those parts; the speakers are illustrative people, drawn the same way on every run.
"""

import datetime
import random
from dataclasses import dataclass, field

from plenaria.programme.reference_data import ACTION_LINES

DAYS = [datetime.date(2021, 5, 17) + datetime.timedelta(days=n) for n in range(5)]
SLOTS = [datetime.time(h, m) for h, m in ((9, 0), (10, 30), (12, 0), (13, 30), (15, 0), (16, 30))]

COUNTRIES = [
    ("RW", "Rwanda"), ("CH", "Switzerland", "Suisse"), ("SN", "Senegal", "Sénégal"),
    ("BR", "Brazil", "Brésil"), ("IN", "India", "Inde"), ("JP", "Japan", "Japon"),
    ("KE", "Kenya"), ("EG", "Egypt", "Égypte"), ("SA", "Saudi Arabia", "Arabie saoudite"),
    ("MX", "Mexico", "Mexique"), ("PL", "Poland", "Pologne"), ("TN", "Tunisia", "Tunisie"),
    ("KR", "Republic of Korea", "République de Corée"), ("NG", "Nigeria", "Nigéria"),
    ("AE", "United Arab Emirates", "Émirats arabes unis"), ("FJ", "Fiji", "Fidji"),
    ("BD", "Bangladesh"), ("CO", "Colombia", "Colombie"), ("GH", "Ghana"),
    ("ID", "Indonesia", "Indonésie"), ("KZ", "Kazakhstan"), ("MA", "Morocco", "Maroc"),
    ("PH", "Philippines"), ("UG", "Uganda", "Ouganda"), ("UY", "Uruguay"),
    ("VN", "Viet Nam"), ("ZM", "Zambia", "Zambie"), ("PT", "Portugal"),
]  # fmt: skip

TOPICS = [
    ("Digital inclusion of older persons", "Inclusion numérique des personnes âgées"),
    ("Women in the digital economy", "Les femmes dans l'économie numérique"),
    ("Connectivity for rural communities", "Connectivité des communautés rurales"),
    ("Cybersecurity capacity", "Capacités en matière de cybersécurité"),
    ("E-health after the pandemic", "La cybersanté après la pandémie"),
    ("Remote learning at scale", "L'enseignement à distance à grande échelle"),
    ("Artificial intelligence for good", "L'intelligence artificielle au service du bien social"),
    ("Smart sustainable cities", "Villes intelligentes et durables"),
    ("E-waste and the circular economy", "Déchets électroniques et économie circulaire"),
    ("Digital skills for youth", "Compétences numériques pour les jeunes"),
    ("Persons with disabilities and accessible ICTs", "Personnes handicapées et TIC accessibles"),
    ("Multilingual content online", "Contenus multilingues en ligne"),
    ("Data governance", "Gouvernance des données"),
    ("Digital financial inclusion", "Inclusion financière numérique"),
    ("Broadband for small island states", "Large bande pour les petits États insulaires"),
    ("ICTs for climate action", "Les TIC au service de l'action climatique"),
    ("E-agriculture and food security", "Cyberagriculture et sécurité alimentaire"),
    ("Open science and research networks", "Science ouverte et réseaux de recherche"),
    ("Media freedom and information integrity", "Liberté des médias et intégrité de l'information"),
    ("Ethics of emerging technologies", "Éthique des technologies émergentes"),
    ("Indigenous communities online", "Les communautés autochtones en ligne"),
    ("Digital identity", "Identité numérique"),
    ("Emergency telecommunications", "Télécommunications d'urgence"),
    ("Spectrum for development", "Le spectre au service du développement"),
    ("Community networks", "Réseaux communautaires"),
    ("Child online protection", "Protection des enfants en ligne"),
    ("Digital trade for small businesses", "Commerce numérique pour les petites entreprises"),
    ("Libraries and access to knowledge", "Bibliothèques et accès au savoir"),
    ("Measuring the information society", "Mesurer la société de l'information"),
    ("Public services online", "Services publics en ligne"),
]  # fmt: skip
ANGLES = [
    ("policy and regulation", "politiques et réglementation"),
    ("lessons from the field", "enseignements du terrain"),
    ("partnerships that work", "des partenariats qui fonctionnent"),
    ("what comes next", "perspectives"),
]  # fmt: skip
SPECIAL_TRACKS = [
    ("ICTs and older persons", "TIC et personnes âgées"),
    ("Youth", "Jeunesse"),
    ("Gender mainstreaming", "Intégration du principe de l'égalité hommes-femmes"),
    ("ICTs and the SDGs", "TIC et ODD"),
    ("Health", "Santé"),
    ("Environment", "Environnement"),
    ("Digital economy", "Économie numérique"),
    ("Indigenous languages", "Langues autochtones"),
]  # fmt: skip

WOMEN = [
    "Amina",
    "Chen Li",
    "Fatima",
    "Olga",
    "María",
    "Priya",
    "Aiko",
    "Grace",
    "Leila",
    "Sofia",
    "Nadia",
    "Ingrid",
    "Thandiwe",
    "Yasmin",
    "Elena",
    "Mei",
    "Zainab",
    "Ana",
]
MEN = [
    "Ahmed",
    "Jean",
    "Carlos",
    "Ivan",
    "Kwame",
    "Rajesh",
    "Hiroshi",
    "Lars",
    "Omar",
    "Pedro",
    "Wei",
    "Yusuf",
    "Tariq",
    "Mikhail",
    "Samuel",
    "Arjun",
    "Diego",
    "Karim",
]
SURNAMES = ["Uwase", "Nkurunziza", "Haddad", "Petrova", "García", "Sharma", "Tanaka",
            "Osei", "Lindqvist", "Mbeki", "Rahman", "Silva", "Novak", "Kimura", "Abebe",
            "Okafor", "Castillo", "Nguyen", "Kowalski", "Farouk", "Moreau", "Bianchi",
            "Oyelaran", "Sato", "Mendes", "Kovács", "Al-Amin", "Baptiste"]  # fmt: skip
ROLES_OF_PANEL = ["moderator", "panellist", "panellist", "speaker", "panellist"]


@dataclass
class PlannedSession:
    code: str
    track: str
    en: str
    fr: str
    day: datetime.date
    start: datetime.time
    minutes: int
    action_lines: list[str] = field(default_factory=list)
    languages: str = "en"
    speakers: list[tuple[str, str, str]] = field(default_factory=list)


def _people(rng: random.Random) -> list[tuple[str, str]]:
    people = [(f"{first} {last}", "woman") for first in WOMEN for last in SURNAMES[:16]]
    people += [(f"{first} {last}", "man") for first in MEN for last in SURNAMES[12:]]
    rng.shuffle(people)
    return people


def plan(size: int = 1) -> list[PlannedSession]:
    """The sessions, the same on every call; ``size`` repeats the Forum Track for benchmarks."""
    rng = random.Random(2021)
    sessions: list[PlannedSession] = []
    day_slots = [(day, slot) for day in DAYS for slot in SLOTS]

    def add(code, track, en, fr, index, minutes=60, **extra):
        day, slot = day_slots[index % len(day_slots)]
        sessions.append(PlannedSession(code, track, en, fr, day, slot, minutes, **extra))

    add("opening", "high-level", "Opening of the WSIS Forum 2021", "Ouverture du Forum 2021 du SMSI", 0, languages="ar zh-hans en fr ru es")  # fmt: skip
    for n in range(10):
        add("high_level_policy_statement", "high-level", f"High-level policy statements ({n + 1})", f"Déclarations de politique générale de haut niveau ({n + 1})", n * 3 + 1, 90, languages="ar zh-hans en fr ru es")  # fmt: skip
    for n, (en, fr) in enumerate(TOPICS[:10]):
        add("high_level_dialogue", "high-level", f"High-level dialogue: {en}", f"Dialogue de haut niveau : {fr}", n * 3 + 2, 60, languages="en fr")  # fmt: skip
    add("wsis_prizes", "high-level", "WSIS Prizes 2021 ceremony", "Cérémonie de remise des prix du SMSI 2021", 16, 120, languages="ar zh-hans en fr ru es")  # fmt: skip
    add("ministerial_round_table", "high-level", "Ministerial round table", "Table ronde ministérielle", 21, 120, languages="ar zh-hans en fr ru es")  # fmt: skip
    for repeat in range(size):
        suffix = f" [{repeat + 1}]" if size > 1 else ""
        for n, (code, en, fr) in enumerate(ACTION_LINES):
            add("action_line_facilitation", "forum", f"Action Line {code} facilitation meeting: {en}{suffix}", f"Réunion de coordination de la grande orientation {code} : {fr}{suffix}", n + repeat, 90, action_lines=[code])  # fmt: skip
        for n, country in enumerate(COUNTRIES):
            en, fr = country[1], country[-1]
            add("country_workshop", "forum", f"Country workshop: {en}{suffix}", f"Atelier par pays : {fr}{suffix}", n * 2 + repeat, 60, languages="en fr")  # fmt: skip
        for n, ((topic_en, topic_fr), (angle_en, angle_fr)) in enumerate(
            (t, a) for t in TOPICS for a in ANGLES
        ):
            lines = [ACTION_LINES[(n * 7) % 11][0]] + (
                [ACTION_LINES[n % 11][0]] if n % 3 == 0 else []
            )
            add("thematic_workshop", "forum", f"{topic_en}: {angle_en}{suffix}", f"{topic_fr} : {angle_fr}{suffix}", n + repeat, 60, action_lines=sorted(set(lines)), languages=rng.choice(["en", "en", "en fr", "en es", "fr"]))  # fmt: skip
        for n, (en, fr) in enumerate(TOPICS[:20]):
            add("training", "forum", f"Training: {en}{suffix}", f"Formation : {fr}{suffix}", n * 2 + 1 + repeat, 90)  # fmt: skip
        for n, ((track_en, track_fr), angle) in enumerate((t, a) for t in SPECIAL_TRACKS for a in ANGLES[:3]):  # fmt: skip
            add("special_track", "forum", f"Special track on {track_en}: {angle[0]}{suffix}", f"Session spéciale {track_fr} : {angle[1]}{suffix}", n + 2 + repeat, 60)  # fmt: skip
        for n, (en, fr) in enumerate(TOPICS[10:20]):
            add("knowledge_cafe", "forum", f"Knowledge café: {en}{suffix}", f"Café-découverte : {fr}{suffix}", n * 3 + repeat, 45)  # fmt: skip
    for n, (en, fr) in enumerate([("kick-off", "lancement"), ("pitches", "présentations"), ("awards", "remise des prix")]):  # fmt: skip
        add("hackathon", "forum", f"Hackathon on ICTs and older persons: {en}", f"Hackathon TIC et personnes âgées : {fr}", n * 12 + 3, 60)  # fmt: skip
    for day_index in range(5):
        add("exhibition", "forum", f"Virtual exhibition, day {day_index + 1}", f"Exposition virtuelle, jour {day_index + 1}", day_index * 6, 480)  # fmt: skip
    _cast(sessions, rng)
    return sessions


def _cast(sessions: list[PlannedSession], rng: random.Random) -> None:
    """Two to five speakers a session, one of them moderating; the exhibition has none."""
    people = _people(rng)
    for session in sessions:
        if session.code == "exhibition":
            continue
        count = 1 if session.code == "opening" else rng.randint(2, 5)
        chosen = rng.sample(people, count)
        session.speakers = [
            (name, gender, ROLES_OF_PANEL[i] if count > 1 else "speaker")
            for i, (name, gender) in enumerate(chosen)
        ]
