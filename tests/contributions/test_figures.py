"""The figures against a small coalition counted by hand: every breakdown, combined
filters, the report's ``as_of``, and pledges that are not published never counted."""

import datetime
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.utils import translation

from plenaria.contributions.pledges.figures import figures
from plenaria.contributions.pledges.filters import filter_pledges
from tests.contributions.factories import CampaignFactory, PledgeFactory
from tests.factories import MemberStateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def at(day: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(hour=12, tzinfo=datetime.UTC)


def build_coalition() -> dict:
    """Three published pledges, and three that are not (draft, submitted, declined):

    P1 Rwanda's government, programmatic, USD 100, Rwanda (LDC, LLDC), 2022, campaign LDC5;
    P2 a French company, financial, USD 1,000, Fiji (SIDS) and Kenya, 2023;
    P3 an NGO with no country, advocacy, no value, global and Europe, 2023.
    """
    from plenaria.directory.models import Country

    government = MemberStateFactory()
    company = OrganisationFactory(
        category="private_sector", wsis_stakeholder_type="private_sector",
        country=Country.objects.get(code="FR"),
    )  # fmt: skip
    ngo = OrganisationFactory(category="civil_society", wsis_stakeholder_type="civil_society")
    campaign = CampaignFactory(slug="ldc5", title={"en": "LDC5", "fr": "PMA5"})
    p1 = PledgeFactory(
        organisation=government, status="published", pledge_type="programmatic",
        amount=Decimal("100"), countries=["RW"], focus_areas=["access"],
        pillars=["infrastructure"], beneficiaries=["women_girls", "youth"], sdgs=[9, 4],
        starts_on=datetime.date(2022, 3, 1), campaign=campaign, published_at=at("2023-05-01"),
        title={"en": "Schools online in Rwanda", "fr": "Écoles connectées au Rwanda"},
    )  # fmt: skip
    p2 = PledgeFactory(
        organisation=company, status="published", pledge_type="financial",
        amount=Decimal("1000"), countries=["FJ", "KE"], focus_areas=["access", "adoption"],
        pillars=["skills"], beneficiaries=["women_girls"], sdgs=[9],
        starts_on=datetime.date(2023, 1, 1), published_at=at("2023-12-01"),
        title={"en": "Island cables", "fr": "Câbles insulaires"},
    )  # fmt: skip
    p3 = PledgeFactory(
        organisation=ngo, status="published", pledge_type="advocacy", amount=None,
        is_global=True, regions=["europe"], countries=[], focus_areas=["adoption"], sdgs=[5],
        starts_on=datetime.date(2023, 6, 1), published_at=at("2024-02-01"),
        title={"en": "=HYPERLINK(\"http://x.example\")", "fr": "Plaidoyer"},
    )  # fmt: skip
    hidden = [
        PledgeFactory(
            organisation=company,
            status=status,
            pledge_type="financial",
            amount=Decimal("999999"),
            countries=["RW"],
            focus_areas=["accelerate"],
            title={"en": f"Hidden {status} pledge"},
        )
        for status in ("draft", "submitted", "declined", "returned")
    ]
    return {"p1": p1, "p2": p2, "p3": p3, "hidden": hidden, "campaign": campaign}


@pytest.fixture
def coalition():
    return build_coalition()


def table(breakdown) -> dict:
    return {row.key: (row.count, row.value_usd, row.share) for row in breakdown.rows}


D = Decimal


def test_the_counter_and_every_breakdown_match_the_hand_count(coalition):
    with translation.override("en"):
        found = figures()
    assert (found.pledges, found.value_usd, found.entities) == (3, D("1100"), 3)
    assert (found.pledger_countries, found.implementation_countries) == (2, 3)
    assert (found.ldc.count, found.ldc.value_usd, found.ldc.share) == (1, D("100"), D("33.3"))
    assert (found.women.count, found.women.share) == (2, D("66.7"))
    expected = {
        "focus_area": {
            "access": (2, D("1100"), D("66.7")), "adoption": (2, D("1000"), D("66.7")),
            "value_creation": (0, D("0"), D("0.0")), "accelerate": (0, D("0"), D("0.0")),
        },
        "type": {
            "programmatic": (1, D("100"), D("33.3")), "advocacy": (1, D("0"), D("33.3")),
            "policy": (0, D("0"), D("0.0")), "financial": (1, D("1000"), D("33.3")),
        },
        "grouping": {
            "LDC": (1, D("100"), D("33.3")), "LLDC": (1, D("100"), D("33.3")),
            "SIDS": (1, D("1000"), D("33.3")),
        },
        "year": {"2022": (1, D("100"), D("33.3")), "2023": (2, D("1000"), D("66.7"))},
        "campaign": {"ldc5": (1, D("100"), D("33.3")), None: (2, D("1000"), D("66.7"))},
    }  # fmt: skip
    for name, rows in expected.items():
        assert table(found.breakdown(name)) == rows, name
    pillars = {k: v[0] for k, v in table(found.breakdown("pillar")).items() if v[0]}
    assert pillars == {"infrastructure": 1, "skills": 1}
    stakeholders = {k: v[:2] for k, v in table(found.breakdown("stakeholder")).items() if v[0]}
    assert stakeholders == {
        "government": (1, D("100")), "private_sector": (1, D("1000")),
        "civil_society": (1, D("0")),
    }  # fmt: skip
    by_pledger = {k: v[:2] for k, v in table(found.breakdown("pledger_region")).items() if v[0]}
    assert by_pledger == {"africa": (1, D("100")), "europe": (1, D("1000")), None: (1, D("0"))}
    reached = {k: v[:2] for k, v in table(found.breakdown("region")).items() if v[0]}
    assert reached == {"africa": (2, D("1100")), "asia_pacific": (1, D("1000")), "europe": (1, 0)}
    groups = {k: v[0] for k, v in table(found.breakdown("beneficiary")).items() if v[0]}
    assert groups == {"women_girls": 2, "youth": 1}
    sdgs = [(row.key, row.count) for row in found.breakdown("sdg").rows]
    assert sdgs == [("9", 2), ("4", 1), ("5", 1)]  # the most served first
    assert found.breakdown("campaign").rows[0].label in ("LDC5", "No campaign")


def test_figures_as_of_a_day_count_what_was_published_by_then(coalition):
    assert figures(as_of=datetime.date(2023, 4, 30)).pledges == 0
    first = figures(as_of=datetime.date(2023, 5, 1))
    assert (first.pledges, first.value_usd, first.ldc.count) == (1, D("100"), 1)
    year_end = figures(as_of=datetime.date(2023, 12, 31))
    assert (year_end.pledges, year_end.value_usd, year_end.women.count) == (2, D("1100"), 2)
    assert table(year_end.breakdown("grouping"))["SIDS"][0] == 1


def chosen(query: str):
    return filter_pledges(QueryDict(query))


def test_filters_combine_financial_pledges_for_sids_in_asia_pacific(coalition):
    found = chosen("type=financial&grouping=SIDS&region=asia_pacific")
    assert list(found.pledges) == [coalition["p2"]]
    assert not found.problems
    numbers = figures(found.pledges)
    assert (numbers.pledges, numbers.value_usd, numbers.implementation_countries) == (
        1, D("1000"), 2,
    )  # fmt: skip
    assert chosen("type=financial&grouping=LDC").pledges.count() == 0
    # Values of one filter widen, different filters narrow.
    assert chosen("type=financial&type=advocacy").pledges.count() == 2
    assert set(chosen("focus_area=adoption&pledger_region=europe").pledges) == {coalition["p2"]}
    assert set(chosen("country=rw").pledges) == {coalition["p1"]}
    assert set(chosen("sdg=9&year=2022").pledges) == {coalition["p1"]}
    assert set(chosen("campaign=ldc5").pledges) == {coalition["p1"]}
    assert set(chosen("beneficiary=youth").pledges) == {coalition["p1"]}
    assert set(chosen("stakeholder=civil_society").pledges) == {coalition["p3"]}
    assert set(chosen("pillar=skills").pledges) == {coalition["p2"]}
    assert set(chosen("q=connectées").pledges) == {coalition["p1"]}  # French title
    assert set(chosen("q=ISLAND").pledges) == {coalition["p2"]}


def test_unknown_values_are_left_out_with_a_message_and_nothing_else_changes(coalition):
    found = chosen("type=bogus&country=XX&sdg=99&year=1066&campaign=nope&grouping=G77")
    assert found.pledges.count() == 3
    assert len(found.problems) == 6
    assert "“bogus”" in found.problems[0]
    assert not found.is_filtered


def test_a_pledge_naming_two_rows_of_a_breakdown_counts_once_in_the_total(coalition):
    found = figures(chosen("focus_area=access&focus_area=adoption").pledges)
    assert (found.pledges, found.value_usd) == (3, D("1100"))


def test_the_kept_figures_follow_a_publication_at_once(coalition):
    assert figures().pledges == 3
    submitted = next(p for p in coalition["hidden"] if p.status == "submitted")
    submitted.status, submitted.published_at = "published", at("2024-03-01")
    submitted.save()
    found = figures()
    assert (found.pledges, found.value_usd) == (4, D("1100") + D("999999"))
    submitted.status = "declined"  # taken back: out of the figures again
    submitted.save()
    assert figures().pledges == 3


def test_the_plain_form_for_the_api_keeps_every_figure(coalition):
    import json

    with translation.override("en"):
        found = figures()
    data = json.loads(json.dumps(found.as_data()))
    assert (data["pledges"], data["value_usd"], data["ldc"]["count"]) == (3, "1100.00", 1)
    sdg = next(part for part in data["breakdowns"] if part["name"] == "sdg")
    assert [(row["key"], row["count"]) for row in sdg["rows"]] == [("9", 2), ("4", 1), ("5", 1)]
