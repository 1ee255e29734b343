"""Matchmaking: the pledges closest to a pledge, who pledges for a country, and the pledgers
already at work in its region."""

from decimal import Decimal

import pytest

from plenaria.contributions.pledges.matching import (
    pledged_for,
    pledgers_nearby,
    related_pledges,
)
from plenaria.directory.models import Country
from tests.contributions.factories import PledgeFactory
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def published(**kwargs):
    return PledgeFactory(status="published", **kwargs)


def test_related_pledges_closest_first_in_one_query(django_assert_num_queries):
    pledge = published(countries=["RW", "KE"], pillars=["infrastructure", "skills"])
    closest = published(countries=["RW", "KE"], pillars=["infrastructure"])  # 2 + 1
    same_country = published(countries=["RW"])  # 1 + 0
    same_pillar = published(countries=["FR"], pillars=["skills"])  # 0 + 1
    published(countries=["FR"], pillars=["affordability"])  # nothing shared
    PledgeFactory(countries=["RW", "KE"], pillars=["infrastructure", "skills"])  # a draft

    with django_assert_num_queries(1):
        found = related_pledges(pledge, limit=10)

    assert found[0] == closest and found[0].closeness == 3
    assert found[0].shared_countries == 2 and found[0].shared_pillars == 1
    assert set(found[1:]) == {same_country, same_pillar}
    assert [p.closeness for p in found[1:]] == [1, 1]
    assert related_pledges(pledge, limit=1) == [closest]


def test_a_pledge_with_nothing_shared_has_no_relation():
    pledge = published(countries=["FJ"], focus_areas=["access"])
    published(countries=["FR"], pillars=["skills"])
    assert related_pledges(pledge) == []


def test_who_has_pledged_what_for_a_country_and_who_works_nearby():
    rwanda = Country.objects.get(code="RW")
    here = OrganisationFactory(acronym="HERE")
    near = OrganisationFactory(acronym="NEAR")
    far = OrganisationFactory(acronym="FAR")
    small = published(organisation=here, countries=["RW"], amount=Decimal("10"))
    large = published(organisation=here, countries=["RW", "KE"], amount=Decimal("500"))
    published(organisation=near, countries=["KE"], amount=Decimal("70"))
    published(organisation=near, countries=["UG"], amount=Decimal("30"))
    published(organisation=far, countries=["FR"])
    PledgeFactory(organisation=far, countries=["KE"])  # a draft does not count

    assert list(pledged_for(rwanda)) == [large, small]
    nearby = pledgers_nearby(rwanda)
    assert nearby == [near]
    assert nearby[0].pledges_in_region == 2 and nearby[0].usd_in_region == Decimal("100")
