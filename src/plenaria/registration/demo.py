"""Demonstration registrations: WTISD-23 and WTDC-21, the upcoming editions, and a focal-point
login for Rwanda.

Add-only: settings already there and a person already registered (same e-mail) are left as
they are. Registrations of a past event are taken, and stamped, as of a day when its
registration was open; those of an upcoming edition in the past week. Their messages are not
sent. Names are invented; the seat figure for WTISD-23 is illustrative, chosen so that the
waiting list shows.
"""

import datetime
import random
import unicodedata

from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from plenaria.demo.upcoming import upcoming_events
from plenaria.directory import services as directory
from plenaria.directory.models import Contact, FocalPoint, Organisation
from plenaria.events.models import Event
from plenaria.registration import services
from plenaria.registration.choices import Status
from plenaria.registration.models import Badge, Notification, Registration

FOCAL_POINT_LOGIN = ("focal-rwanda", "plenaria-demo")
UTC = datetime.UTC
WOMEN = [
    "Aline",
    "Amina",
    "Chantal",
    "Fatima",
    "Grace",
    "Ingrid",
    "Leila",
    "María",
    "Mei",
    "Nadia",
    "Olga",
    "Priya",
    "Sofía",
    "Yasmin",
    "Zanele",
]
MEN = [
    "Ahmed",
    "Carlos",
    "Diego",
    "Emmanuel",
    "Hiroshi",
    "Ivan",
    "Jean",
    "Kwame",
    "Luca",
    "Mohamed",
    "Olivier",
    "Pablo",
    "Rajesh",
    "Sergei",
    "Wei",
]
FAMILY = [
    "Mukamana",
    "Habimana",
    "Diallo",
    "García",
    "Ivanova",
    "Kumar",
    "Li",
    "Mensah",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Rossi",
    "Santos",
    "Schmidt",
    "Traoré",
    "Haddad",
]

EVENTS = {
    "WTISD-23": {
        "count": 160,
        "settings": {
            "opens_at": datetime.datetime(2023, 4, 12, 8, tzinfo=UTC),
            "closes_at": datetime.datetime(2023, 5, 16, 16, tzinfo=UTC),
            "in_person_capacity": 60,
            "interpretation_languages": ["ar", "zh", "en", "fr", "ru", "es"],
            "interpretation_deadline": datetime.date(2023, 4, 20),
        },
        "taken_on": datetime.datetime(2023, 4, 18, 9, tzinfo=UTC),
    },
    "WTDC-21": {
        "count": 260,
        "settings": {
            "opens_at": datetime.datetime(2022, 2, 22, 8, tzinfo=UTC),
            "closes_at": datetime.datetime(2022, 6, 1, 16, tzinfo=UTC),
            "interpretation_languages": ["ar", "zh", "en", "fr", "ru", "es"],
            "interpretation_deadline": datetime.date(2022, 5, 6),
            "approval_required": True,
            "approval_categories": ["member_state", "sector_member"],
            "visa_letters_offered": True,
        },
        "taken_on": datetime.datetime(2022, 4, 20, 9, tzinfo=UTC),
    },
}


ALL_SIX = ["ar", "zh", "en", "fr", "ru", "es"]
UPCOMING_COUNTS = {"WTISD": 24, "WSIS Forum": 30, "P2C": 8, "Generation Connect": 8, "WTDC": 40}


def upcoming_plans(now: datetime.datetime) -> dict[str, dict]:
    """Registration open from a week ago until the day before each upcoming edition."""
    plans = {}
    for item in upcoming_events(timezone.localdate(now)):
        start = datetime.datetime.combine(item["start"][0], datetime.time(), tzinfo=UTC)
        settings = {
            "opens_at": now - datetime.timedelta(days=7),
            "closes_at": start - datetime.timedelta(days=1),
            "interpretation_languages": ALL_SIX if item["format"] != "virtual" else [],
        }
        if item["series"] == "WTISD":
            settings["in_person_capacity"] = 60
        wtdc = item["series"] == "WTDC"
        if wtdc:
            settings |= {"approval_required": True, "approval_categories": ["member_state"]}
        plans[item["acronym"]] = {
            "count": UPCOMING_COUNTS[item["series"]],
            # Rwandan delegates awaiting the demo focal point's approval.
            "rwandans": 4 if wtdc else 0,
            "settings": settings,
            "taken_on": now - datetime.timedelta(days=5),
        }
    return plans


def ensure_focal_point_login():
    """A login for Rwanda's designated focal point, who approves Rwanda's delegation."""
    username, password = FOCAL_POINT_LOGIN
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_password(password)
        user.save()
    rwanda = Organisation.objects.get(category="member_state", country_id="RW")
    # Rwanda's designated focal point in the directory receives the login.
    existing = FocalPoint.objects.filter(contact__organisation=rwanda).select_related("contact")
    contact = existing.first().contact if existing.exists() else None
    if contact is None:
        contact = directory.save_contact(
            None, Contact(organisation=rwanda, last_name="Focal point", preferred_language="fr")
        )
    directory.designate_focal_point(None, contact, user)
    return user


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _person(rng, n, event, organisations):
    gender = rng.choices(["woman", "man", "another", "undisclosed"], [44, 50, 1, 5])[0]
    first = rng.choice(WOMEN if gender == "woman" else MEN)
    last = rng.choice(FAMILY)
    organisation = rng.choice(organisations)
    return Registration(
        event=event,
        first_name=first,
        last_name=last,
        email=_ascii(f"{first}.{last}.{n}@{event.slug}.example.org".lower()),
        gender=gender,
        year_of_birth=rng.randint(1955, 2003),
        nationality_id=organisation.country_id or "CH",
        organisation=organisation,
        capacity=rng.choices(
            ["delegate", "head", "speaker", "observer", "media"], [70, 8, 8, 10, 4]
        )[0],
        mode=rng.choices(["in_person", "remote"], [60, 40])[0],
        interpretation_language=rng.choice(["", "", "fr", "es", "ar", "ru", "zh"]),
        language=rng.choice(["en", "en", "fr", "es"]),
        consent=True,
    )


def _register_and_decide(person, rng, rwanda, secretariat, taken_on, upcoming=False) -> None:
    """Register one person, then decide, leave pending or cancel, as their dice say; on an
    upcoming event, Rwanda's delegates are all left to the demo focal point."""
    services.register(None, person, now=taken_on)
    # Stamped when it was taken, not when the demo was loaded.
    Registration.objects.filter(pk=person.pk).update(created_at=taken_on, updated_at=taken_on)
    Registration.objects.filter(pk=person.pk, waiting_since__isnull=False).update(
        waiting_since=taken_on
    )
    roll = rng.random()
    if person.status != Status.PENDING:
        if roll < 0.04:
            services.cancel(None, person)
        return
    ours = person.organisation_id == rwanda.pk
    if ours and (upcoming or roll < 0.5):
        return  # left for the demo focal point to decide
    # The secretariat stands in for the other focal points (and, on past events, for decisions
    # already taken).
    decider = secretariat
    if roll < 0.8:
        services.decide(decider, person, approve=True)
    elif roll < 0.9:
        services.decide(
            decider, person, approve=False, reason="Please register through your administration."
        )


def _load_event(acronym, plan, secretariat) -> int:
    event = Event.objects.filter(acronym=acronym).first()
    if event is None:
        return 0
    if services.settings_for(event) is None:  # settings a user changed are kept
        services.configure(secretariat, event, **plan["settings"])
    rng = random.Random(acronym)
    states = list(Organisation.objects.filter(category="member_state").order_by("pk"))
    others = list(Organisation.objects.exclude(category="member_state").order_by("pk"))
    rwanda = next(o for o in states if o.country_id == "RW")
    pool = rng.sample(states, min(40, len(states))) + others + [rwanda] * 6
    taken = set(Registration.objects.filter(event=event).values_list("email", flat=True))
    conf = services.settings_for(event)
    added = []
    for n in range(plan["count"]):
        person = _person(rng, n, event, pool)
        if n < plan.get("rwandans", 0):
            person.organisation, person.nationality_id = rwanda, "RW"
        if person.mode not in conf.allowed_modes:
            person.mode = conf.allowed_modes[0]
        if person.interpretation_language not in conf.interpretation_languages:
            person.interpretation_language = ""
        if person.email not in taken:
            _register_and_decide(
                person,
                random.Random(f"{acronym}-{n}"),
                rwanda,
                secretariat,
                plan["taken_on"] + datetime.timedelta(minutes=7 * n),
                upcoming="rwandans" in plan,
            )
            added.append(person.pk)
    # Decided back then too, not when the demo was loaded.
    Registration.objects.filter(pk__in=added).update(updated_at=F("created_at"))
    # The demo records its people's messages but does not send them; anyone else's stay queued.
    Notification.objects.filter(registration__in=added, sent_at__isnull=True).delete()
    return Registration.objects.filter(event=event).count()


def _badges_and_check_ins(secretariat) -> None:
    """WTISD-23's seated participants hold badges; two in three came to the Popov Room."""
    from plenaria.registration.badge_queries import badge_holders
    from plenaria.registration.badges import badge_code, issue_badges
    from plenaria.registration.checkin import check_in

    event = Event.objects.filter(acronym="WTISD-23").first()
    if event is None:
        return
    holders = badge_holders(event.registrations.all())
    valid = Badge.objects.filter(registration__event=event, revoked_at__isnull=True)
    before = set(Badge.objects.filter(registration__event=event).values_list("pk", flat=True))
    issue_badges(secretariat, holders.exclude(pk__in=valid.values("registration_id")))
    # Printed the day before the event, not when the demo was loaded.
    Badge.objects.filter(registration__event=event).exclude(pk__in=before).update(
        issued_at=event.start - datetime.timedelta(days=1)
    )
    opening = event.start - datetime.timedelta(minutes=40)
    badges = valid.filter(registration__in=holders)
    for n, badge in enumerate(badges.order_by("registration_id")):
        if n % 3 != 2:  # checking in again changes nothing
            check_in(
                secretariat,
                event,
                badge_code(badge),
                now=opening + datetime.timedelta(seconds=20 * n),
            )


def load_registration_demo() -> int:
    from plenaria.demo.loader import ensure_secretariat_login

    secretariat = get_user_model().objects.get(username=ensure_secretariat_login())
    ensure_focal_point_login()  # the demo focal point decides what is left pending
    plans = EVENTS | upcoming_plans(timezone.now())
    total = sum(_load_event(acronym, plan, secretariat) for acronym, plan in plans.items())
    _badges_and_check_ins(secretariat)
    return total
