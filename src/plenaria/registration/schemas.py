"""The shapes the registration API reads and writes (its OpenAPI document comes from these)."""

import datetime

from ninja import Schema
from pydantic import Field


class RegistrationIn(Schema):
    """What the public form asks. Choices are checked with the form's own rules and messages."""

    first_name: str = Field(description="at most 100 characters")
    last_name: str = Field(description="at most 100 characters")
    email: str = Field(description="e-mail address")
    gender: str = Field(description="woman, man, another or undisclosed")
    year_of_birth: int | None = None
    nationality: str = Field("", description="ISO 3166 country code")
    organisation: int | None = Field(None, description="identifier in the directory")
    capacity: str = Field(description="delegate, head, speaker, observer, media, secretariat")
    mode: str = Field(description="in_person or remote")
    interpretation_language: str = Field("", description="one of the languages offered")
    visa_requested: bool = False
    passport_number: str = ""
    passport_expiry: datetime.date | None = None
    accessibility_needs: str = ""
    consent: bool = False
    language: str | None = Field(
        None, description="language of the messages (default: the request's)"
    )


class ReceivedOut(Schema):
    """The answer to every registration taken, and to an address registered already: it
    names no registration. The private link goes only to the address."""

    status: str = Field(description='always "received"')
    detail: str = Field(description="what to do next, in the request's language")
    confirm_by: datetime.datetime = Field(
        description="the registration lapses unless its address is confirmed by then, by "
        "opening the private link mailed to it"
    )


class RegistrationOut(Schema):
    id: int
    event: str
    first_name: str
    last_name: str
    email: str
    gender: str
    year_of_birth: int | None
    nationality: str | None
    organisation: int | None
    organisation_name: str
    capacity: str
    mode: str
    interpretation_language: str
    visa_requested: bool
    status: str
    created_at: datetime.datetime

    @staticmethod
    def resolve_event(obj) -> str:
        return obj.event.slug

    @staticmethod
    def resolve_nationality(obj) -> str | None:
        return obj.nationality_id or None

    @staticmethod
    def resolve_organisation(obj) -> int | None:
        return obj.organisation_id

    @staticmethod
    def resolve_organisation_name(obj) -> str:
        return str(obj.organisation or "")


class RegistrationFilters(Schema):
    """The filters of the secretariat's list (all optional)."""

    status: str | None = None
    mode: str | None = None
    organisation: str | None = None
    country: str | None = None
    region: str | None = None
    grouping: str | None = None
    capacity: str | None = None
    gender: str | None = None
    interpretation: str | None = None


class OwnFilters(Schema):
    event: str | None = Field(None, description="only this event (its slug)")


class DecisionIn(Schema):
    approve: bool
    reason: str = Field("", description="required to reject; at most 1,000 characters")


class BalanceOut(Schema):
    size: int
    women: int
    young: int
    in_person: int
    remote: int
    women_share: float | None
    young_share: float | None


class DelegationBalanceOut(BalanceOut):
    organisation: int | None
    organisation_name: str


class EventBalanceOut(Schema):
    overall: BalanceOut
    delegations: list[DelegationBalanceOut]


class LanguageDemandOut(Schema):
    language: str
    label: str
    total: int
    in_person: int
    remote: int


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]]
