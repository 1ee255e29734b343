"""Load the demonstration: the directory, the events of the seed letters, the logins."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from plenaria.circulars.demo import load_circulars_demo
from plenaria.contributions.demo import load_contributions_demo
from plenaria.contributions.demo.activities import load_activities_demo
from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.core.timezones import make_local
from plenaria.demo import directory
from plenaria.demo import events as data
from plenaria.demo.languages import in_six
from plenaria.demo.upcoming import upcoming_events
from plenaria.demo.upsert import upsert
from plenaria.events import services
from plenaria.events.forms import END_OF_DAY, START_OF_DAY
from plenaria.events.models import Event, EventOrganiser, EventRelation, Room, Series, Venue
from plenaria.programme.demo import load_programme_demo
from plenaria.registration.demo import load_registration_demo
from plenaria.reports.demo import load_reports_demo

SECRETARIAT_LOGIN = ("secretariat", "plenaria-demo")


def _moment(day_and_time, zone: str, default_time):
    day, clock = day_and_time
    return make_local(day, clock or default_time, zone)


def load_events() -> int:
    for series in data.SERIES:
        upsert(Series, {"acronym": series["acronym"]}, {**series, "name": in_six(series["name"])})
    venues, rooms = {}, {}
    for item in data.VENUES:
        venue = upsert(
            Venue,
            {"name__en": item["name"]["en"]},
            {
                "name": in_six(item["name"]),
                "city": in_six(item["city"]),
                "country_id": item["country"],
                "address": item["address"],
            },
        )
        venues[item["key"]] = venue
        for room in item["rooms"]:
            rooms[room["name"]["en"]] = upsert(
                Room,
                {"venue": venue, "name__en": room["name"]["en"]},
                {"name": in_six(room["name"]), "capacity": room["capacity"]},
            )
    every = data.EVENTS + upcoming_events(timezone.localdate())
    for item in every:
        zone = item["timezone"]
        announced = item["start"][1] is not None
        event = upsert(
            Event,
            {"series": Series.objects.get(acronym=item["series"]), "acronym": item["acronym"]},
            {
                "title": in_six(item["title"]),
                "theme": in_six(item.get("theme", {})),
                "kind": item["kind"],
                "format": item["format"],
                "status": item["status"],
                "timezone": zone,
                "times_announced": announced,
                "start": _moment(item["start"], zone, START_OF_DAY),
                "end": _moment(item["end"], zone, END_OF_DAY),
                "venue": venues.get(item.get("venue")),
                "room": rooms.get(item.get("room")),
                "contact_email": item.get("contact_email", ""),
                "website": item.get("website", ""),
            },
            save=services.save_event,
        )
        for order, (key, role) in enumerate(item.get("organisers", [])):
            upsert(
                EventOrganiser,
                {"event": event, "organisation": data.organisation_by_key(key)},
                {"role": role, "order": order},
            )
        for kind, series, acronym in item.get("relations", []):
            target = Event.objects.get(series__acronym=series, acronym=acronym)
            upsert(EventRelation, {"source": event, "kind": kind, "target": target}, {})
    return len(every)


def ensure_secretariat_login() -> str:
    username, password = SECRETARIAT_LOGIN
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True}
    )
    if created:
        user.set_password(password)
        user.save()
    ensure_role_groups()
    user.groups.add(Group.objects.get(name=SECRETARIAT))
    return username


@transaction.atomic
def load_demo() -> dict[str, int]:
    return {
        "member_states": directory.load_member_states(),
        "organisations": directory.load_organisations(),
        "events": load_events(),
        "letters": load_circulars_demo(),
        # Before the registrations, which draw their delegates' organisations from the
        # directory: loading again must find the same directory.
        "pledges": load_contributions_demo(),
        "programme": load_programme_demo(),
        "registrations": load_registration_demo(),
        "activities": load_activities_demo(),
        # Last: the registrations' history, then every event's figures.
        "history": load_reports_demo(),
    }
