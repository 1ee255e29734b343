"""Campaigns: opened and edited by the secretariat through the services (dates checked,
audited), each with a public page and its own counter; letters and events show theirs."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import services as letters
from plenaria.contributions.models import Campaign
from plenaria.contributions.pledges.campaigns import open_campaign, update_campaign
from plenaria.core.models import AuditEntry
from tests.circulars.factories import ready_letter
from tests.contributions.factories import CampaignFactory, PledgeFactory
from tests.factories import EventFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

NEW = "/en/pledges/campaigns/manage/new/"


def form(**changes) -> dict:
    data = {
        "slug": "wtisd-23-ldc",
        "title_en": "WTISD-23: pledges for the least developed countries",
        "title_fr": "JMTSI-23 : engagements pour les PMA",
        "theme_en": "Empowering the least developed countries through ICTs",
        "opens_on": "2023-03-01",
        "closes_on": "2023-05-17",
    }
    return {**data, **changes}


def test_a_campaign_closing_before_it_opens_is_refused_everywhere(secretariat_client):
    page = secretariat_client.post(NEW, form(closes_on="2023-02-01"))
    assert page.status_code == 200
    assert "A campaign cannot close before it opens." in page.content.decode()
    with pytest.raises(ValidationError) as refused:
        open_campaign(None, {"slug": "x", "title": {"en": "X"}, "opens_on": datetime.date(2023, 3, 1), "closes_on": datetime.date(2023, 2, 1)})  # fmt: skip
    assert "closes_on" in refused.value.message_dict
    campaign = CampaignFactory(opens_on=datetime.date(2023, 3, 1))
    with pytest.raises(ValidationError):
        update_campaign(None, campaign, {"closes_on": datetime.date(2022, 12, 31)})
    campaign.refresh_from_db()
    assert campaign.closes_on is None
    assert Campaign.objects.count() == 1 and not AuditEntry.objects.exists()


def test_opening_and_editing_are_audited(secretariat_client, secretariat_user):
    event = EventFactory(acronym="WTISD-23")
    answer = secretariat_client.post(NEW, form(event=event.pk))
    assert answer.status_code == 302 and answer["Location"] == "/en/pledges/campaign/wtisd-23-ldc/"
    campaign = Campaign.objects.get(slug="wtisd-23-ldc")
    assert campaign.event == event and campaign.title["fr"].startswith("JMTSI-23")
    created = AuditEntry.objects.get(object_id=str(campaign.pk), action="create")
    assert created.actor == secretariat_user

    edit = f"/en/pledges/campaigns/manage/{campaign.slug}/"
    assert secretariat_client.get(edit).status_code == 200
    secretariat_client.post(edit, form(event=event.pk, closes_on="2023-06-30"))
    changed = AuditEntry.objects.get(object_id=str(campaign.pk), action="update")
    assert changed.changes == {"closes_on": ["2023-05-17", "2023-06-30"]}
    assert changed.actor == secretariat_user


def test_the_campaign_page_counts_its_published_pledges_only(client, django_assert_max_num_queries):
    campaign = CampaignFactory(slug="p2c-roundtable", title={"en": "P2C Roundtable at WTDC-21"})
    giver = OrganisationFactory(acronym="GIVER")
    PledgeFactory(campaign=campaign, status="published", organisation=giver, countries=["RW", "KE"], amount=Decimal("1500000"))  # fmt: skip
    PledgeFactory(campaign=campaign, status="published", organisation=giver, countries=["RW"], amount=Decimal("500000.25"))  # fmt: skip
    PledgeFactory(campaign=campaign, status="submitted", countries=["FR"], title={"en": "Under review"})  # fmt: skip
    PledgeFactory(status="published", countries=["FR"], title={"en": "Another campaign's"})

    with django_assert_max_num_queries(12):
        body = client.get("/en/pledges/campaign/p2c-roundtable/").content.decode()

    counter = body.split('class="pledge-counter"')[1].split("</dl>")[0]
    figures = [cell.split("</dd>")[0] for cell in counter.split("<dd>")[1:]]
    assert figures == ["2", "2,000,000", "1", "2"]  # pledges, USD, entities, countries
    assert "Under review" not in body and "Another campaign" not in body
    assert client.get("/en/pledges/campaign/no-such-campaign/").status_code == 404
    listing = client.get("/en/pledges/campaigns/").content.decode()
    assert "P2C Roundtable at WTDC-21" in listing and "2 published pledges" in listing


def test_a_letter_and_an_event_show_their_campaign(client):
    letter = letters.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    event = EventFactory(acronym="WTISD-23")
    campaign = CampaignFactory(title={"en": "Pledges for the LDCs"}, letter=letter, event=event)
    showcased = PledgeFactory(campaign=campaign, status="published", title={"en": "Schools online"})
    PledgeFactory(campaign=campaign, status="draft", title={"en": "Not yet public"})

    page = client.get(f"/en/letters/{letter.pk}/").content.decode()
    assert f'<a href="/en/pledges/campaign/{campaign.slug}/">Pledges for the LDCs</a>' in page

    page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "Pledges showcased at this event" in page
    assert f'href="/en/pledges/{showcased.pk}/">Schools online</a>' in page
    assert "Not yet public" not in page
    quiet = EventFactory()
    assert "Pledges showcased" not in client.get(f"/en/events/{quiet.slug}/").content.decode()


def test_the_campaign_counter_agrees_with_the_coalition_figures():
    """The campaign's counter is read in two queries, not the figures' twelve: it must give
    the same numbers as the figures of the same pledges."""
    from plenaria.contributions.pledges.figures import count
    from plenaria.contributions.pledges.filters import published
    from plenaria.contributions.pledges.places import summary

    campaign = CampaignFactory()
    for codes, amount in ((["RW", "KE"], "10.10"), (["RW"], "5"), ([], None), (["FJ"], "0.90")):
        PledgeFactory(campaign=campaign, status="published", countries=codes, amount=amount and Decimal(amount))  # fmt: skip
    PledgeFactory(status="published", countries=["FR"])
    pledges = published().filter(campaign=campaign)

    totals = count(pledges)["totals"]
    assert (
        summary(pledges)
        == {
            "pledges": totals["pledges"],
            "usd": totals["value_usd"],
            "organisations": totals["entities"],
            "countries": totals["implementation_countries"],
        }
        == {"pledges": 4, "usd": Decimal("16.00"), "organisations": 4, "countries": 3}
    )


def test_the_campaign_page_queries_do_not_grow(client, django_assert_max_num_queries):
    from plenaria.directory.models import Country

    campaign = CampaignFactory(slug="giga")
    kenya = Country.objects.get(code="KE")

    def add(how_many):
        for _ in range(how_many):
            PledgeFactory(campaign=campaign, status="published", countries=["RW", "KE"], organisation=OrganisationFactory(country=kenya))  # fmt: skip

    add(2)
    with django_assert_max_num_queries(50) as few:
        client.get("/en/pledges/campaign/giga/")
    add(8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/en/pledges/campaign/giga/").status_code == 200
