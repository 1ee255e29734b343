"""What the public reads of a call's activities: the approved ones (never a duplicate), the
filters of the call's page, map and API, and their figures.

Filters come from a query string (``?country=RW&kind=workshop&from=2021-05-10``). Values of
one filter widen the choice, different filters narrow it. A value Plenaria does not know is
left out with a message naming it, never a 500. Every reading here is one query, whatever
the number of activities: the figures, the counts per country and the places are grouped
in the database.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import global_settings, settings
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries as iso_countries

from plenaria.contributions.choices import ActivityKind, Moderation
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country

GROUPINGS = ("LDC", "LLDC", "SIDS")
LONGEST_SEARCH = 200
MOST_VALUES = 50
# The languages an activity may be held in (those its form offers): Django's list.
ACTIVITY_LANGUAGES = dict(global_settings.LANGUAGES)


def is_open(call: ActivityCall) -> bool:
    return call.opens_on <= timezone.localdate() <= call.closes_on


def calls_listed() -> QuerySet:
    """Every call with its number of approved activities (``approved``): open calls first,
    then the latest."""
    today = timezone.localdate()
    counted = Count(
        "activities",
        filter=Q(activities__status=Moderation.PUBLISHED, activities__duplicate_of__isnull=True),
    )
    open_now = Case(
        When(opens_on__lte=today, closes_on__gte=today, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return (
        ActivityCall.objects.select_related("event", "letter")
        .annotate(approved=counted, open_now=open_now)
        .order_by("open_now", "-held_from", "slug")
    )


def approved(call: ActivityCall) -> QuerySet:
    """The call's activities the public may see: approved, and not merged into another."""
    return Activity.objects.filter(
        call=call, status=Moderation.PUBLISHED, duplicate_of__isnull=True
    )


@dataclass
class ActivityFilter:
    activities: QuerySet
    chosen: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # The same problems by filter name, for the API's answer.
    wrong: dict[str, list[str]] = field(default_factory=dict)

    def refuse(self, name: str, message: str) -> None:
        self.problems.append(message)
        self.wrong.setdefault(name, []).append(message)

    @property
    def is_filtered(self) -> bool:
        return bool(self.chosen)

    def query_string(self, without: str = "") -> str:
        pairs = [(n, v) for n, values in self.chosen.items() if n != without for v in values]
        return urlencode(pairs)

    @property
    def picked(self) -> dict[str, str]:
        """The first value of each filter, for a form's single fields."""
        return {name: values[0] for name, values in self.chosen.items()}


def _day(raw: str) -> str | None:
    try:
        return datetime.date.fromisoformat(raw).isoformat()
    except ValueError:
        return None


def _utc_midnight(day: str) -> datetime.datetime:
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(), tzinfo=datetime.UTC
    )


def filter_activities(call: ActivityCall, query) -> ActivityFilter:
    """The approved activities of ``call`` that ``query`` (a QueryDict) asks for."""
    result = ActivityFilter(approved(call))

    def known(name: str, allowed, label: str, normalise=str.strip) -> list[str]:
        values, wrong = [], []
        for raw in query.getlist(name)[:MOST_VALUES]:
            value = normalise(raw)
            if value:
                (values if value in allowed else wrong).append(value)
        for value in wrong:
            result.refuse(
                name,
                _("“%(value)s” is not a %(filter)s Plenaria knows: it was left out.")
                % {"value": value[:40], "filter": label},
            )
        if values:
            result.chosen[name] = list(dict.fromkeys(values))
        return result.chosen.get(name, [])

    conditions: list[Q] = []
    if chosen := known("country", dict(iso_countries), _("country"), _upper):
        conditions.append(Q(country_id__in=chosen))
    if chosen := known("region", ItuRegion.values, _("region")):
        conditions.append(Q(country__itu_region__in=chosen))
    if chosen := known("grouping", GROUPINGS, _("group of countries"), _upper):
        # A subquery: a country in two groupings must not list its activities twice.
        members = Country.objects.filter(groupings__code__in=chosen).values("code")
        conditions.append(Q(country_id__in=members))
    if chosen := known("kind", ActivityKind.values, _("kind of activity")):
        conditions.append(Q(kind__in=chosen))
    if chosen := known("language", ACTIVITY_LANGUAGES, _("language"), _lower):
        conditions.append(_any(Q(languages__icontains=f'"{code}"') for code in chosen))
    conditions.extend(_date_conditions(query, result))
    if text := " ".join((query.get("q") or "").split())[:LONGEST_SEARCH]:
        result.chosen["q"] = [text]
        conditions.append(_search(text))
    for condition in conditions:
        result.activities = result.activities.filter(condition)
    return result


def _date_conditions(query, result: ActivityFilter) -> list[Q]:
    """``from`` and ``until`` (days, UTC): activities under way at some time in between."""
    conditions = []
    for name, lookup, shift in (("from", "ends_at__gte", 0), ("until", "starts_at__lt", 1)):
        raw = (query.get(name) or "").strip()[:20]
        if not raw:
            continue
        day = _day(raw)
        if day is None:
            result.refuse(
                name,
                _("“%(value)s” is not a date (write it as 2021-05-17): it was left out.")
                % {"value": raw},
            )
            continue
        result.chosen[name] = [day]
        moment = _utc_midnight(day) + datetime.timedelta(days=shift)
        conditions.append(Q(**{lookup: moment}))
    return conditions


def _upper(raw: str) -> str:
    return raw.strip().upper()


def _lower(raw: str) -> str:
    return raw.strip().lower()


def _any(conditions) -> Q:
    combined = Q()
    for condition in conditions:
        combined |= condition
    return combined


def _search(text: str) -> Q:
    """The words in an activity's title (any language), its organiser or its city."""
    found = Q(organiser_name__icontains=text) | Q(city__icontains=text)
    found |= Q(organisation__acronym__icontains=text)
    for code, _name in settings.LANGUAGES:
        found |= Q(**{f"title__{code}__icontains": text})
        found |= Q(**{f"organisation__name__{code}__icontains": text})
    return found


def figures(activities: QuerySet) -> dict:
    """``{"activities": N, "countries": M}`` in one query."""
    return activities.aggregate(activities=Count("pk"), countries=Count("country", distinct=True))


def figures_of(rows: list[dict]) -> dict:
    """The same figures from the counts per country (``by_country``), without a query."""
    return {"activities": sum(row["activities"] for row in rows), "countries": len(rows)}


def by_country(activities: QuerySet) -> list[dict]:
    """Per country: its code, name (in the reader's language) and number of activities, most
    activities first."""
    rows = activities.order_by().values("country").annotate(activities=Count("pk"))
    counted = [
        {"code": row["country"], "name": str(iso_countries.name(row["country"]))} | row
        for row in rows
    ]
    counted.sort(key=lambda row: (-row["activities"], row["name"]))
    return counted


def places(activities: QuerySet) -> list[dict]:
    """Each place where activities are held (a known city's coordinates) and how many: one
    point per place, as several activities in one city would be drawn on one spot anyway."""
    rows = (
        activities.filter(online=False, latitude__isnull=False, longitude__isnull=False)
        .order_by()
        .values("latitude", "longitude", "city", "country")
        .annotate(activities=Count("pk"))
        .order_by("country", "city")
    )
    return list(rows)


def listed(activities: QuerySet) -> QuerySet:
    """The activities as the list shows them: organiser and country in the same query."""
    return activities.select_related("organisation", "country").order_by("starts_at", "pk")
