"""A country's page: who has pledged what for it, its region and groupings, and the
pledgers already at work in its region; an unknown code is a 404 page."""

from decimal import Decimal

import pytest

from tests.contributions.factories import PledgeFactory
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

RWANDA = "/en/pledges/country/RW/"


def published(**kwargs):
    return PledgeFactory(status="published", **kwargs)


def test_the_country_page_shows_its_pledges_region_groupings_and_nearby_pledgers(client):
    school = OrganisationFactory(name={"en": "School Connect"}, acronym="SC")
    nearby = OrganisationFactory(name={"en": "Kenya Fibre"}, acronym="KF")
    published(
        organisation=school,
        countries=["RW"],
        pillars=["infrastructure"],
        title={"en": "Schools of Kigali online"},
        amount=Decimal("2500000"),
    )
    published(organisation=nearby, countries=["KE"], title={"en": "Fibre to Nairobi"})
    PledgeFactory(countries=["RW"], title={"en": "Still a draft"})

    body = client.get(RWANDA).content.decode()

    assert "<h1>Rwanda</h1>" in body
    assert "ITU region: Africa" in body and ">LDC</abbr>" in body and ">LLDC</abbr>" in body
    pledged = body.split('id="pledged-heading"')[1].split('id="nearby-heading"')[0]
    assert "Schools of Kigali online" in pledged and "Infrastructure" in pledged
    assert "School Connect" in pledged and "2,500,000" in pledged
    assert "Still a draft" not in body and "Fibre to Nairobi" not in pledged
    looking = body.split('id="nearby-heading"')[1]
    assert "Kenya Fibre" in looking and "School Connect" not in looking


def test_a_country_without_pledges_says_what_to_do(client):
    body = client.get("/en/pledges/country/fj/").content.decode()
    assert "<h1>Fiji</h1>" in body
    assert "No published pledge names Fiji yet." in body


@pytest.mark.parametrize("code", ["XX", "R", "RWA", "ÀB", "1Z", "ZZ", "R W"])
def test_an_unknown_code_is_a_404_page(client, code):
    answer = client.get(f"/en/pledges/country/{code}/")
    assert answer.status_code == 404
    assert 'class="site-header"' in answer.content.decode()


def test_the_page_queries_do_not_grow_with_its_pledges(client, django_assert_max_num_queries):
    published(countries=["RW"], pillars=["skills"])
    published(countries=["KE"])
    with django_assert_max_num_queries(50) as few:
        client.get(RWANDA)
    for _ in range(8):
        published(countries=["RW", "UG"], pillars=["skills", "infrastructure"])
        published(organisation=OrganisationFactory(), countries=["TZ"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(RWANDA).status_code == 200
