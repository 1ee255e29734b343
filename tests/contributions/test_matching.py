"""Matchmaking: the pledges closest to a pledge, who pledges for a country, and the pledgers
already at work in its region."""

from decimal import Decimal

import pytest
from django.db.models import Count, F, Q

from plenaria.contributions.models import Pledge
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


def test_related_pledges_closest_first_in_two_queries(django_assert_num_queries):
    pledge = published(countries=["RW", "KE"], pillars=["infrastructure", "skills"])
    closest = published(countries=["RW", "KE"], pillars=["infrastructure"])  # 2 + 1
    same_country = published(countries=["RW"])  # 1 + 0
    same_pillar = published(countries=["FR"], pillars=["skills"])  # 0 + 1
    published(countries=["FR"], pillars=["affordability"])  # nothing shared
    PledgeFactory(countries=["RW", "KE"], pillars=["infrastructure", "skills"])  # a draft

    with django_assert_num_queries(2):
        found = related_pledges(pledge, limit=10)

    assert found[0] == closest and found[0].closeness == 3
    assert found[0].shared_countries == 2 and found[0].shared_pillars == 1
    assert set(found[1:]) == {same_country, same_pillar}
    assert [p.closeness for p in found[1:]] == [1, 1]
    assert related_pledges(pledge, limit=1) == [closest]


def test_the_grouped_scan_agrees_with_the_orms_own_counts():
    """``related_pledges`` reads the link tables in SQL of its own (measured faster): the
    ORM's counts of shared countries and pillars must give the same pledges in the same order."""
    codes = ["RW", "KE", "UG", "FR", "FJ"]
    pillars = ["infrastructure", "skills", "affordability", "policy_regulation"]
    for n in range(24):
        published(
            countries=[codes[(n + k) % 5] for k in range(n % 3)],
            pillars=[pillars[(n * 3 + k) % 4] for k in range(n % 4)],
        )
    PledgeFactory(countries=["RW"], pillars=["skills"])  # a draft
    compared = 0
    for pledge in Pledge.objects.filter(status="published").order_by("pk")[:6]:
        # As subqueries: an empty list would make the ORM drop the whole query.
        own_countries = Pledge.countries.through.objects.filter(pledge=pledge).values("country")
        own_pillars = Pledge.pillars.through.objects.filter(pledge=pledge).values("pillar")
        expected = (
            Pledge.objects.filter(status="published")
            .exclude(pk=pledge.pk)
            .annotate(
                c=Count("countries", filter=Q(countries__in=own_countries), distinct=True),
                p=Count("pillars", filter=Q(pillars__in=own_pillars), distinct=True),
            )
            .annotate(closeness=F("c") + F("p"))
            .filter(closeness__gt=0)
            .order_by("-closeness", "-published_at", "-pk")
            .values_list("pk", "c", "p")
        )
        found = related_pledges(pledge, limit=100)
        assert [(o.pk, o.shared_countries, o.shared_pillars) for o in found] == list(expected)
        compared += len(found)
    assert compared > 30


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
