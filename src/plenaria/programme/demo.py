"""Load the programmes of the seed letters through the services; safe to run again."""

import datetime

from django.db import transaction

from plenaria.core.timezones import make_local
from plenaria.demo.languages import in_six
from plenaria.demo.upsert import upsert
from plenaria.directory.models import Country
from plenaria.events.models import Event
from plenaria.programme import services
from plenaria.programme.choices import AgendaStatus
from plenaria.programme.demo_agendas import (
    P2C_PROGRAMME,
    WTDC21_AGENDA,
    WTDC21_APPROVAL,
    WTISD_ROUND_TABLES,
)
from plenaria.programme.demo_wsis import plan
from plenaria.programme.models import (
    ActionLine,
    AgendaItem,
    AgendaItemStatus,
    Session,
    SessionType,
    Speaker,
    Track,
)

FORUM_TRACKS = [
    ("high-level", {"en": "High-Level Track", "fr": "Partie de haut niveau"}),
    ("forum", {"en": "Forum Track", "fr": "Partie Forum"}),
]


def load_agenda(event: Event, nodes, parent=None) -> int:
    count = 0
    for fr, en, children in nodes:
        item = AgendaItem.objects.filter(event=event, parent=parent, title__fr=fr).first()
        if item is None:
            item = services.add_agenda_item(
                None, event, in_six({"fr": fr, "en": en}), parent=parent
            )
        if parent is None:
            body, on = WTDC21_APPROVAL
            if not AgendaItemStatus.objects.filter(
                item=item, status=AgendaStatus.APPROVED
            ).exists():
                services.record_agenda_status(None, item, AgendaStatus.APPROVED, on, body)
        count += 1 + load_agenda(event, children, item)
    return count


class People:
    """The demo's speakers by name, each written once per run."""

    def __init__(self, countries):
        self.countries = countries
        self.known: dict[str, Speaker] = {}

    def get(self, name: str, gender: str) -> Speaker:
        if name not in self.known:
            countries = self.countries
            country = countries[sum(map(ord, name)) % len(countries)] if countries else None
            self.known[name] = upsert(
                Speaker,
                {"name": name},
                {"gender": gender, "country": country},
                save=services.save_speaker,
            )
        return self.known[name]


def _cast(session: Session, cast, people: People) -> None:
    present = set(session.participations.values_list("speaker__name", flat=True))
    for name, gender, role in cast:
        if name not in present:
            services.add_speaker(None, session, people.get(name, gender), role, warn=False)


def _session(event, title, values, action_lines=()) -> Session:
    session = Session.objects.filter(event=event, title__en=title["en"]).first()
    if session is not None:
        return session  # loaded before: whatever a user changed since is kept
    session = Session(event=event)
    for key, value in {"title": title, **values}.items():
        setattr(session, key, value)
    services.save_session(None, session, action_lines=list(action_lines) or None, warn=False)
    return session


def load_wsis_forum(event: Event, size: int = 1) -> int:
    tracks = {
        slug: upsert(
            Track,
            {"event": event, "slug": slug},
            {"name": name, "order": order},
            save=services.save_track,
        )
        for order, (slug, name) in enumerate(FORUM_TRACKS)
    }
    types = {t.code: t for t in SessionType.objects.all()}
    lines = {line.code: line for line in ActionLine.objects.all()}
    people = People(list(Country.objects.filter(is_itu_member_state=True).order_by("code")))
    planned = plan(size)
    for item in planned:
        start = make_local(item.day, item.start, event.timezone)
        session = _session(
            event,
            {"en": item.en, "fr": item.fr},
            {
                "type": types[item.code],
                "track": tracks[item.track],
                "start": start,
                "end": start + datetime.timedelta(minutes=item.minutes),
                "format": "virtual",
                "languages": item.languages,
                "interpretation": len(item.languages.split()) > 1,
            },
            [lines[code] for code in item.action_lines],
        )
        _cast(session, item.speakers, people)
    return len(planned)


def load_small_programme(event: Event, rows, fmt: str, room=None) -> int:
    types = {t.code: t for t in SessionType.objects.all()}
    zone_day = event.local.start.date()
    for start, end, code, en, fr, cast in rows:
        session = _session(
            event,
            in_six({"en": en, "fr": fr}),
            {
                "type": types[code],
                "start": make_local(zone_day, start, event.timezone),
                "end": make_local(zone_day, end, event.timezone),
                "format": fmt,
                "room": room,
                "languages": "en fr",
                "interpretation": True,
            },
        )
        _cast(session, cast, People([]))
    return len(rows)


def _round_table(event: Event, key: str) -> int:
    en, fr, fmt, people = WTISD_ROUND_TABLES[key]
    local = event.local
    row = (local.start.time(), local.end.time(), "high_level_round_table", en, fr, people)
    return load_small_programme(event, [row], fmt, room=event.room)


@transaction.atomic
def load_programme_demo() -> int:
    """The WTDC-21 agenda, the WSIS Forum 2021, the WTISD round tables, the P2C meeting."""
    events = {event.acronym: event for event in Event.objects.select_related("room")}
    count = 0
    if "WTDC-21" in events:
        count += load_agenda(events["WTDC-21"], WTDC21_AGENDA)
    if "WSIS Forum 2021" in events:
        count += load_wsis_forum(events["WSIS Forum 2021"])
    for key in WTISD_ROUND_TABLES:
        if key in events:
            count += _round_table(events[key], key)
    if "P2C Road to Addis 2021" in events:
        count += load_small_programme(events["P2C Road to Addis 2021"], P2C_PROGRAMME, "virtual")
    return count
