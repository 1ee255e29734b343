"""The demonstration's pledges: the coalition's published figures of 6 December 2023 come out
of them, loading again writes nothing, and the demo pledger signs in to its pledges."""

import datetime
from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import F
from django.urls import reverse

from plenaria.circulars.demo import load_circulars_demo
from plenaria.contributions.demo import PLEDGER_LOGIN, load_contributions_demo
from plenaria.contributions.demo.entities import PLEDGER_ORGANISATION
from plenaria.contributions.models import (
    Campaign,
    Pledge,
    PledgeComment,
    ProgressReport,
    ProgressRequest,
)
from plenaria.contributions.pledges.figures import figures
from plenaria.contributions.pledges.money import to_usd
from plenaria.demo import directory
from plenaria.demo.loader import load_events
from plenaria.directory.models import Organisation

pytestmark = pytest.mark.django_db
AS_OF = datetime.date(2023, 12, 6)
BILLION = Decimal(1_000_000_000)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once for the module, in a transaction rolled back after its last test (each
    test runs in a savepoint of it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        directory.load_member_states()
        directory.load_organisations()
        load_events()
        load_circulars_demo()
        yield load_contributions_demo(today=datetime.date(2026, 12, 2))
        transaction.set_rollback(True)


def near(actual, target, within=0.02) -> bool:
    return abs(Decimal(actual) - Decimal(target)) <= Decimal(str(within)) * Decimal(target)


def row(numbers, breakdown: str, key: str):
    return next(r for r in numbers.breakdown(breakdown).rows if r.key == key)


def test_the_figures_as_of_6_december_2023_are_the_coalitions(demo):
    numbers = figures(as_of=AS_OF)
    assert near(numbers.pledges, 845) and near(numbers.value_usd, Decimal("36.78") * BILLION)
    assert near(numbers.entities, 408) and near(numbers.pledger_countries, 138)
    assert near(numbers.ldc.count, 261) and near(numbers.ldc.value_usd, Decimal("12.24") * BILLION)
    assert near(numbers.women.share, 52)
    governments = row(numbers, "stakeholder", "government")
    assert near(governments.count, 470) and near(governments.value_usd, Decimal("9.7") * BILLION)
    private = row(numbers, "stakeholder", "private_sector")
    assert near(private.count, 144) and near(private.value_usd, Decimal("24.46") * BILLION)
    programmatic = row(numbers, "type", "programmatic")
    assert near(programmatic.count, 389)
    assert near(programmatic.value_usd, Decimal("20.76") * BILLION)
    for region, count in (("europe", 245), ("africa", 174), ("americas", 171)):
        assert near(row(numbers, "pledger_region", region).count, count)
    africa = row(numbers, "region", "africa")
    assert near(africa.count, 274) and near(africa.value_usd, Decimal("17.24") * BILLION)


def test_values_are_kept_in_their_currency_and_converted_at_the_start_years_rate(demo):
    foreign = Pledge.objects.exclude(currency="USD").order_by("pk")
    assert foreign.values("currency").distinct().count() >= 5
    for pledge in foreign[:: max(1, foreign.count() // 25)]:
        assert pledge.amount_usd == to_usd(pledge.amount, pledge.currency, pledge.starts_on.year)


def test_campaigns_progress_and_pledges_awaiting_the_secretariat(demo):
    roundtable = Campaign.objects.get(slug="p2c-roundtable-wtdc-21")
    assert roundtable.event.acronym == "WTDC-21" and roundtable.letter.reference == "DM-22/1002"
    ldc = Campaign.objects.get(slug="wtisd-23-ldc")
    assert ldc.event.acronym == "WTISD-23" and ldc.letter.reference == "CL-23/9"
    assert not ldc.pledges.filter(targets_ldc=False).exists() and ldc.pledges.count() >= 50
    upcoming = Campaign.objects.exclude(pk__in=[roundtable.pk, ldc.pk]).get()
    assert upcoming.is_open_on(datetime.date(2026, 12, 2)) and upcoming.pledges.exists()
    assert {"draft", "submitted", "returned"} <= set(
        Pledge.objects.values_list("status", flat=True)
    )
    for cycle in (2022, 2023):
        states = set(ProgressReport.objects.filter(cycle=cycle).values_list("state", flat=True))
        assert "published" in states and ProgressRequest.objects.filter(cycle=cycle).exists()
    assert {"submitted", "returned"} <= set(ProgressReport.objects.values_list("state", flat=True))
    # Every report answers a request of its cycle, for a pledge published by then.
    assert not ProgressReport.objects.exclude(pledge__requests__cycle=F("cycle")).exists()


def test_loading_again_writes_nothing_and_keeps_what_users_changed(demo):
    counted = (Pledge, PledgeComment, ProgressReport, ProgressRequest, Campaign, Organisation)
    before = {model: model.objects.count() for model in counted}
    pledge = Pledge.objects.filter(status="published").first()
    pledge.title = {"en": "Corrected by the secretariat"}
    pledge.save()
    assert load_contributions_demo(today=datetime.date(2026, 12, 2)) == 0
    assert {model: model.objects.count() for model in counted} == before
    pledge.refresh_from_db()
    assert pledge.title["en"] == "Corrected by the secretariat"


def test_the_pledger_signs_in_and_finds_its_organisations_pledges(demo, client):
    assert client.login(username=PLEDGER_LOGIN[0], password=PLEDGER_LOGIN[1])
    own = Pledge.objects.filter(organisation__name__en=PLEDGER_ORGANISATION)
    assert own.filter(status="published").count() >= 5
    assert {"draft", "returned"} <= set(own.values_list("status", flat=True))
    page = client.get(reverse("contributions:mine")).content.decode()
    for pledge in own.filter(status__in=["draft", "returned"]):
        assert pledge.title["en"] in page
        assert reverse("contributions:mine_pledge", args=[pledge.pk]) in page
    stranger = Pledge.objects.exclude(organisation__name__en=PLEDGER_ORGANISATION)
    stranger = stranger.filter(status="returned").first()
    assert reverse("contributions:mine_pledge", args=[stranger.pk]) not in page
