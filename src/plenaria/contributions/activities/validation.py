"""What a submitter sends, checked as a whole against the call: every refusal is gathered and
named by field, so that one answer tells all that is wrong. The web form and each row of an
uploaded spreadsheet go through ``clean_activity``, so they refuse the same things the same
way.

Times are given as the activity's local wall-clock (a date and a time) with its zone: the zone
given, else the city's, else the country's if it has only one.
"""

import datetime

from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from plenaria.contributions.activities import places
from plenaria.contributions.choices import ActivityKind, Audience
from plenaria.contributions.models import ActivityCall
from plenaria.core.fields import check_lengths
from plenaria.core.timezones import available_timezones, format_date, make_local
from plenaria.core.translation import TranslatedText
from plenaria.directory.models import Country, Organisation

# Languages an activity may be held in: every language Django names.
ACTIVITY_LANGUAGES = dict(global_settings.LANGUAGES)


def _date(value, errors, name):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        errors[name] = _("Give the date as year-month-day, e.g. 2021-05-17.")
        return None


def _time(value, errors, name):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.time):
        return value
    try:
        return datetime.time.fromisoformat(str(value).strip())
    except ValueError:
        errors[name] = _("Give the time as hours:minutes, e.g. 14:30.")
        return None


def _participants(value, errors):
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if number < 0:
        errors["expected_participants"] = _("Give the expected participants as a whole number.")
        return None
    return number


def _country(value, errors):
    if isinstance(value, Country):
        return value
    code = str(getattr(value, "pk", value) or "").strip().upper()
    country = Country.objects.filter(pk=code).first() if code else None
    if country is None:
        errors["country"] = _("Choose a country among those listed.")
    return country


def _place(data, country, errors) -> dict:
    """The city (as GeoNames names it) and its coordinates, or "online"."""
    online = bool(data.get("online"))
    city = (data.get("city") or "").strip()
    place = {"online": online, "city": city, "latitude": None, "longitude": None}
    if not city:
        if not online:
            errors["city"] = _("Give the city, or tick “online”.")
        return place
    if country is None:
        return place
    found = places.find_city(str(country.pk), city)
    if found is None:
        errors["city"] = _("No city called “%(city)s” in %(country)s.") % {
            "city": city[:100],
            "country": country.name,
        }
        return place
    place.update(city=found.name, latitude=found.latitude, longitude=found.longitude)
    return place


def _zone(data, country, city, errors) -> str | None:
    zone = (data.get("timezone") or "").strip()
    if zone:
        if zone not in available_timezones():
            errors["timezone"] = _(
                "“%(zone)s” is not a known time zone; use a name such as Europe/Zurich."
            ) % {"zone": zone[:64]}
            return None
        return zone
    if country is None:
        return None
    found = places.zone_for(str(country.pk), city)
    if found is None:
        errors["timezone"] = _("Choose the activity's time zone: its country has several.")
    return found


def _moments(data, zone, call: ActivityCall, errors) -> tuple:
    starts_on = _date(data.get("starts_on"), errors, "starts_on")
    ends_on = _date(data.get("ends_on"), errors, "ends_on") or starts_on
    start_time = _time(data.get("start_time"), errors, "start_time") or datetime.time(0, 0)
    end_time = _time(data.get("end_time"), errors, "end_time") or datetime.time(23, 59)
    if starts_on is None:
        errors.setdefault("starts_on", _("Give the day the activity starts."))
        return None, None
    span = {"first": format_date(call.held_from), "last": format_date(call.held_until)}
    if not call.held_from <= starts_on <= call.held_until or not (
        ends_on is None or call.held_from <= ends_on <= call.held_until
    ):
        errors["starts_on"] = (
            _("This call takes activities held from %(first)s to %(last)s.") % span
        )
    if zone is None or errors.keys() & {"starts_on", "ends_on", "start_time", "end_time"}:
        return None, None
    try:
        starts_at = make_local(starts_on, start_time, zone)
        ends_at = make_local(ends_on, end_time, zone)
    except ValidationError as error:
        errors["start_time"] = error.messages[0]
        return None, None
    if ends_at < starts_at:
        errors["ends_on"] = _("The activity cannot end before it starts.")
    return starts_at, ends_at


def _choices(values, allowed, errors, name, message) -> list[str]:
    chosen = [str(value).strip() for value in values or [] if str(value).strip()]
    if set(chosen) - set(allowed):
        errors[name] = message
    return sorted(set(chosen) & set(allowed))


def _organisers(data, allowed_organisations, call, errors) -> dict:
    organisation = data.get("organisation")
    if organisation not in (None, ""):
        key = getattr(organisation, "pk", organisation)
        organisation = allowed_organisations.filter(pk=key).first()
        if organisation is None:
            errors["organisation"] = _("You do not act for this organisation.")
    else:
        organisation = None
    name = (data.get("organiser_name") or "").strip()[:300]
    if call.who_may_submit == "members" and organisation is None:
        errors.setdefault("organisation", _("Choose the member organisation you act for."))
    elif organisation is None and not name:
        errors["organiser_name"] = _("Give the organiser's name, or choose an organisation.")
    keys = {getattr(row, "pk", row) for row in data.get("co_organisers") or []}
    co_organisers = list(Organisation.objects.filter(pk__in=keys, is_active=True)) if keys else []
    if len(co_organisers) != len(keys):
        errors["co_organisers"] = _("Choose co-organisers among the organisations listed.")
    return {
        "organisation": organisation,
        "organiser_name": "" if organisation else name,
        "co_organisers": co_organisers,
    }


def _contact(data, errors) -> dict:
    email = (data.get("contact_email") or "").strip()
    website = (data.get("website") or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["contact_email"] = _("Give an e-mail address such as name@example.org.")
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            errors["website"] = _("Give the website's full address, e.g. https://example.org.")
    return {
        "contact_name": (data.get("contact_name") or "").strip()[:200],
        "contact_email": email,
        "contact_phone": (data.get("contact_phone") or "").strip()[:40],
        "contact_public": bool(data.get("contact_public")),
        "website": website,
    }


def clean_activity(data: dict, call: ActivityCall, allowed_organisations) -> tuple[dict, list]:
    """``(fields, co_organisers)`` ready to set on an activity of ``call``, or a
    ValidationError naming every field that is wrong. ``allowed_organisations``: those the
    submitter acts for."""
    errors: dict = {}
    country = _country(data.get("country"), errors)
    place = _place(data, country, errors)
    zone = _zone(data, country, place["city"], errors)
    starts_at, ends_at = _moments(data, zone, call, errors)
    title = TranslatedText(data.get("title") or {})
    description = TranslatedText(data.get("description") or {})
    for name, text, longest in (("title", title, 300), ("description", description, 10000)):
        try:
            check_lengths(text, longest)
        except ValidationError as error:
            errors[name] = error.messages[0]
    if not title:
        errors["title"] = _("Give the activity a title.")
    if not description:
        errors["description"] = _("Describe the activity in a few lines.")
    kind = str(data.get("kind") or "")
    if kind not in ActivityKind.values:
        errors["kind"] = _("Choose the kind of activity among those listed.")
    elif not call.accepts(kind):
        errors["kind"] = _("This call does not take this kind of activity.")
    organisers = _organisers(data, allowed_organisations, call, errors)
    fields = {
        "country": country,
        **place,
        "timezone": zone or "",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "title": title,
        "description": description,
        "kind": kind,
        "organisation": organisers["organisation"],
        "organiser_name": organisers["organiser_name"],
        "languages": _choices(
            data.get("languages"), ACTIVITY_LANGUAGES, errors, "languages",
            _("Choose languages among those listed."),
        ),
        "audiences": _choices(
            data.get("audiences"), Audience.values, errors, "audiences",
            _("Choose audiences among those listed."),
        ),
        "expected_participants": _participants(data.get("expected_participants"), errors),
        **_contact(data, errors),
    }  # fmt: skip
    if errors:
        raise ValidationError(errors)
    return fields, organisers["co_organisers"]
