"""The national activities API: read-only and public, over the same queries as the pages.

Anyone reads the calls, a call's approved activities (never a duplicate) with the public
pages' filters, the counts per country, and one activity. The contact shows only where its
organiser made it public. A filter value Plenaria does not know is refused (400), named by
its filter, rather than left out as on the pages, so that a program never reads the wrong set.
"""

import datetime

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from plenaria.contributions.activities import queries
from plenaria.contributions.models import ActivityCall
from plenaria.core.pagination import BoundedPageNumberPagination
from plenaria.registration.schemas import ErrorOut

router = Router(tags=["national activities"])
PAGE_SIZE = 50
ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class ActivityFilters(Schema):
    """Each filter may be given several times (any of them); different filters narrow the
    choice (all of them)."""

    country: list[str] = Field(default_factory=list, description="ISO 3166 code")
    region: list[str] = Field(default_factory=list, description="ITU region")
    grouping: list[str] = Field(default_factory=list, description="LDC, LLDC or SIDS")
    kind: list[str] = Field(default_factory=list, description="conference, workshop, …")
    language: list[str] = Field(default_factory=list, description="language code, e.g. fr")
    from_: str = Field("", alias="from", description="under way on or after this day (UTC)")
    until: str = Field("", description="under way on or before this day (UTC)")
    q: str = Field("", description="words of the title, the organiser or the city")


class CallOut(Schema):
    slug: str
    event: str = Field(description="the event's acronym")
    event_title: dict[str, str] = Field(description="text by language code")
    theme: dict[str, str]
    introduction: dict[str, str]
    opens_on: datetime.date
    closes_on: datetime.date
    held_from: datetime.date
    held_until: datetime.date
    kinds: list[str] = Field(description="kinds accepted; empty: every kind")
    who_may_submit: str
    is_open: bool
    letter: str | None = Field(description="reference of the letter announcing the call")
    activities: int = Field(description="approved activities")

    @staticmethod
    def resolve_event(obj) -> str:
        return obj.event.acronym

    @staticmethod
    def resolve_event_title(obj) -> dict:
        return obj.event.title

    @staticmethod
    def resolve_is_open(obj) -> bool:
        return queries.is_open(obj)

    @staticmethod
    def resolve_letter(obj) -> str | None:
        return str(obj.letter) if obj.letter_id and not obj.letter.is_draft else None

    @staticmethod
    def resolve_activities(obj) -> int:
        return obj.approved


class ContactOut(Schema):
    name: str
    email: str
    phone: str


class ActivityOut(Schema):
    id: int
    call: str = Field(description="the call's address (slug)")
    title: dict[str, str] = Field(description="text by language code")
    description: dict[str, str]
    kind: str
    organiser: str
    organisation: int | None = Field(description="the organiser's identifier in the directory")
    co_organisers: list[str]
    country: str = Field(description="ISO 3166 code")
    city: str
    online: bool
    latitude: str | None
    longitude: str | None
    starts_at: datetime.datetime = Field(description="in UTC")
    ends_at: datetime.datetime
    timezone: str = Field(description="the activity's own IANA time zone")
    languages: list[str]
    audiences: list[str]
    expected_participants: int | None
    website: str
    contact: ContactOut | None = Field(description="only where the organiser made it public")
    url: str = Field(description="the activity's public page")

    @staticmethod
    def resolve_call(obj) -> str:
        return obj.call.slug

    @staticmethod
    def resolve_organisation(obj) -> int | None:
        return obj.organisation_id

    @staticmethod
    def resolve_co_organisers(obj) -> list[str]:
        return [str(org) for org in obj.co_organisers.all()]

    @staticmethod
    def resolve_country(obj) -> str:
        return obj.country_id

    @staticmethod
    def resolve_latitude(obj) -> str | None:
        return None if obj.latitude is None else str(obj.latitude)

    @staticmethod
    def resolve_longitude(obj) -> str | None:
        return None if obj.longitude is None else str(obj.longitude)

    @staticmethod
    def resolve_contact(obj) -> dict | None:
        if not obj.contact_public:
            return None
        return {"name": obj.contact_name, "email": obj.contact_email, "phone": obj.contact_phone}

    @staticmethod
    def resolve_url(obj) -> str:
        return reverse("activities:activity", args=[obj.call.slug, obj.pk])


class CountryCountOut(Schema):
    code: str
    name: str
    activities: int


def _call(slug: str) -> ActivityCall:
    return get_object_or_404(ActivityCall.objects.select_related("event", "letter"), slug=slug)


def _chosen(request, call):
    chosen = queries.filter_activities(call, request.GET)
    if chosen.wrong:
        raise ValidationError(chosen.wrong)
    return chosen


def _listed(activities):
    return activities.select_related("call", "organisation").prefetch_related("co_organisers")


@router.get("/calls", auth=None, response={200: list[CallOut], **ERRORS})
def calls(request):
    """Every call for activities, open ones first, with its number of approved activities."""
    return list(queries.calls_listed())


@router.get("/calls/{slug}", auth=None, response={200: CallOut, **ERRORS})
def call(request, slug: str):
    """One call."""
    return get_object_or_404(queries.calls_listed(), slug=slug)


@router.get("/calls/{slug}/activities", auth=None, response={200: list[ActivityOut], **ERRORS})
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def call_activities(request, slug: str, filters: Query[ActivityFilters]):
    """The call's approved activities, earliest first, with the filters of the public page."""
    return _listed(queries.listed(_chosen(request, _call(slug)).activities))


@router.get("/calls/{slug}/countries", auth=None, response={200: list[CountryCountOut], **ERRORS})
def call_countries(request, slug: str, filters: Query[ActivityFilters]):
    """Per country, the number of the call's approved activities the filters choose."""
    rows = queries.by_country(_chosen(request, _call(slug)).activities)
    return [
        {"code": row["code"], "name": row["name"], "activities": row["activities"]} for row in rows
    ]


@router.get("/calls/{slug}/activities/{int:pk}", auth=None, response={200: ActivityOut, **ERRORS})
def call_activity(request, slug: str, pk: int):
    """One approved activity of the call."""
    return get_object_or_404(_listed(queries.approved(_call(slug))), pk=pk)
