"""The shapes the pledges API reads and writes (its OpenAPI document comes from these).

Vocabularies are named by their codes (``access``, ``women_girls``), goals by their number,
countries by their ISO 3166 code, regions by their ITU code; money as decimal strings, so
that no cent is lost to floating point."""

import datetime
import uuid

from ninja import Schema
from pydantic import Field


class PledgeFilters(Schema):
    """The filters of the public pages; each may be given several times (any of them), and
    different filters narrow the choice (all of them)."""

    focus_area: list[str] = Field(default_factory=list, description="focus area code")
    pillar: list[str] = Field(default_factory=list, description="pillar code")
    type: list[str] = Field(default_factory=list, description="programmatic, advocacy, …")
    stakeholder: list[str] = Field(default_factory=list, description="pledger's stakeholder type")
    pledger_region: list[str] = Field(default_factory=list, description="pledger's ITU region")
    region: list[str] = Field(default_factory=list, description="ITU region reached")
    grouping: list[str] = Field(default_factory=list, description="LDC, LLDC or SIDS")
    beneficiary: list[str] = Field(default_factory=list, description="beneficiary group code")
    sdg: list[str] = Field(default_factory=list, description="goal number, 1 to 17")
    year: list[str] = Field(default_factory=list, description="year the pledge starts")
    campaign: list[str] = Field(default_factory=list, description="campaign address (slug)")
    country: list[str] = Field(default_factory=list, description="ISO 3166 code")
    q: str = Field("", description="words of the title or the pledger's name")


class FiguresQuery(PledgeFilters):
    as_of: datetime.date | None = Field(
        None, description="count the pledges published on or before this day"
    )


class OrganisationOut(Schema):
    id: int
    name: str
    country: str | None = Field(description="ISO 3166 code")


class PledgeOut(Schema):
    id: int
    organisation: OrganisationOut
    title: dict[str, str] = Field(description="text by language code")
    description: dict[str, str]
    pledge_type: str
    focus_areas: list[str]
    pillars: list[str]
    beneficiaries: list[str]
    sdgs: list[int]
    is_global: bool
    countries: list[str]
    regions: list[str] = Field(description="ITU regions named by the pledger")
    targets_ldc: bool
    targets_lldc: bool
    targets_sids: bool
    amount: str | None = Field(description="estimated value in its currency")
    currency: str
    amount_usd: str | None = Field(description="the value in US dollars at the start year's rate")
    starts_on: datetime.date
    target_on: datetime.date | None
    partners: list[int] = Field(description="identifiers of partner organisations")
    contact_name: str
    contact_email: str
    campaign: str | None = Field(description="campaign address (slug)")
    published_at: datetime.datetime | None

    # Related rows come prefetched (see api.py): each resolver reads memory, not the database.
    @staticmethod
    def resolve_organisation(obj) -> dict:
        org = obj.organisation
        return {"id": org.pk, "name": org.name.in_language(), "country": org.country_id}

    @staticmethod
    def resolve_title(obj) -> dict:
        return dict(obj.title or {})

    @staticmethod
    def resolve_description(obj) -> dict:
        return dict(obj.description or {})

    @staticmethod
    def resolve_focus_areas(obj) -> list[str]:
        return [row.code for row in obj.focus_areas.all()]

    @staticmethod
    def resolve_pillars(obj) -> list[str]:
        return [row.code for row in obj.pillars.all()]

    @staticmethod
    def resolve_beneficiaries(obj) -> list[str]:
        return [row.code for row in obj.beneficiaries.all()]

    @staticmethod
    def resolve_sdgs(obj) -> list[int]:
        return [row.number for row in obj.sdgs.all()]

    @staticmethod
    def resolve_countries(obj) -> list[str]:
        return [str(row.code) for row in obj.countries.all()]

    @staticmethod
    def resolve_partners(obj) -> list[int]:
        return [row.pk for row in obj.partners.all()]

    @staticmethod
    def resolve_amount(obj) -> str | None:
        return None if obj.amount is None else str(obj.amount)

    @staticmethod
    def resolve_amount_usd(obj) -> str | None:
        return None if obj.amount_usd is None else str(obj.amount_usd)

    @staticmethod
    def resolve_campaign(obj) -> str | None:
        return obj.campaign.slug if obj.campaign else None


class CommentOut(Schema):
    kind: str
    text: str
    created_at: datetime.datetime


class OwnPledgeOut(PledgeOut):
    """A pledge as its pledger sees it, at any stage, with the secretariat's comments."""

    status: str
    submission_key: uuid.UUID
    submitted_at: datetime.datetime | None
    comments: list[CommentOut]

    @staticmethod
    def resolve_comments(obj) -> list:
        return list(obj.comments.all())


class PledgeIn(Schema):
    """A draft pledge. Checked as a whole with the pages' rules and messages."""

    title: dict[str, str] = Field(description='text by language code, e.g. {"en": "…"}')
    description: dict[str, str]
    pledge_type: str = Field(description="programmatic, advocacy, policy or financial")
    focus_areas: list[str] = Field(description="focus area codes, at least one")
    pillars: list[str] = Field(default_factory=list, description="pillar codes")
    beneficiaries: list[str] = Field(default_factory=list, description="beneficiary group codes")
    sdgs: list[int] = Field(default_factory=list, description="goal numbers")
    is_global: bool = False
    countries: list[str] = Field(default_factory=list, description="ISO 3166 codes")
    regions: list[str] = Field(default_factory=list, description="ITU region codes")
    amount: str | None = Field(None, description="estimated value, a decimal number")
    currency: str = Field("", description="ISO 4217 code of the value, e.g. USD")
    starts_on: datetime.date | None = None
    target_on: datetime.date | None = None
    partners: list[int] = Field(default_factory=list, description="organisation identifiers")
    contact_name: str = ""
    contact_email: str = ""
    campaign: str | None = Field(None, description="campaign address (slug)")
    language: str | None = Field(None, description="the pledger's language")


class NewPledgeIn(PledgeIn):
    organisation: int = Field(description="identifier of the organisation pledging")
    submission_key: uuid.UUID | None = Field(
        None,
        description="a key the caller makes once per new pledge: sending it again returns "
        "the pledge already made instead of a second one",
    )


class ReportOut(Schema):
    cycle: int
    progress: str = Field(description="not_started, in_progress, completed or discontinued")
    share_achieved: int = Field(description="per cent")
    disbursed: str | None
    disbursed_currency: str
    narrative: str
    links: str
    published_at: datetime.datetime | None

    @staticmethod
    def resolve_disbursed(obj) -> str | None:
        return None if obj.disbursed is None else str(obj.disbursed)


class RowOut(Schema):
    key: str | None = Field(description="the filter value of this row; null for not stated")
    label: str
    count: int
    value_usd: str
    share: str = Field(description="per cent of the pledges counted")


class BreakdownOut(Schema):
    name: str
    title: str
    rows: list[RowOut]
    several: bool = Field(description="a pledge may count in several rows")


class FiguresOut(Schema):
    pledges: int
    value_usd: str
    entities: int
    pledger_countries: int
    implementation_countries: int
    ldc: RowOut
    women: RowOut
    breakdowns: list[BreakdownOut]
    as_of: datetime.date | None
