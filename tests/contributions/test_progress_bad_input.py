"""Bad input to a progress report gets a clear message and changes nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import ProgressReport
from plenaria.contributions.pledges import progress
from plenaria.core.models import AuditEntry
from tests.contributions.factories import (
    ExchangeRateFactory,
    PledgeFactory,
    PledgerAccessFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CYCLE = 2026
GOOD = {
    "progress": "in_progress",
    "share_achieved": "40",
    "disbursed": "1000",
    "disbursed_currency": "EUR",
    "narrative": "Forty schools connected.",
    "links": "https://example.org/report",
}


@pytest.fixture
def pledge():
    ExchangeRateFactory(year=2025, currency="EUR")
    return PledgeFactory(
        status=Moderation.PUBLISHED,
        published_at=datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC),
    )


@pytest.fixture
def writer(pledge):
    return PledgerAccessFactory(organisation=pledge.organisation, user=UserFactory()).user


@pytest.fixture
def browser(writer):
    client = Client()
    client.force_login(writer)
    return client


def url(pledge, cycle=CYCLE):
    return f"/en/pledges/mine/{pledge.pk}/reports/{cycle}/"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"share_achieved": "150"}, "share_achieved", "less than or equal to 100"),
        ({"share_achieved": "-5"}, "share_achieved", "greater than or equal to 0"),
        ({"disbursed": "-1"}, "disbursed", "greater than or equal to 0"),
        ({"disbursed": "1e30"}, "disbursed", "digits"),
        ({"disbursed_currency": "XYZ"}, "disbursed_currency", "valid choice"),
        ({"disbursed_currency": ""}, "disbursed_currency", "Give the currency"),
        ({"narrative": "   "}, "narrative", "required"),
        ({"links": "javascript:alert(1)"}, "links", "is not a web address"),
        ({"links": "https://ok.example.org\nftp://files.example.org"}, "links", "ftp://"),
    ],
)
def test_the_form_refuses_and_saves_nothing(browser, pledge, change, field, words):
    answer = browser.post(url(pledge), {**GOOD, **change})
    assert answer.status_code == 200
    assert words in " ".join(answer.context["form"].errors[field])
    assert not ProgressReport.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"share_achieved": 101}, "share_achieved"),
        ({"share_achieved": "lots"}, "share_achieved"),
        ({"disbursed_currency": "XYZ"}, "disbursed_currency"),
        ({"disbursed_currency": "GBP"}, "disbursed_currency"),  # no rate recorded
        ({"links": "http://"}, "links"),
        ({"narrative": ""}, "narrative"),
    ],
)
def test_the_service_refuses_what_the_form_would(writer, pledge, change, field):
    with pytest.raises(ValidationError) as refused:
        progress.save_report(writer, pledge, CYCLE, {**GOOD, **change})
    assert field in refused.value.message_dict
    assert not ProgressReport.objects.exists() and not AuditEntry.objects.exists()


@pytest.mark.parametrize("status", [Moderation.DRAFT, Moderation.SUBMITTED, Moderation.DECLINED])
def test_no_report_on_a_pledge_that_is_not_published(browser, writer, pledge, status):
    pledge.status = status
    pledge.save()
    answer = browser.post(url(pledge), GOOD)
    assert answer.status_code == 409
    assert "only on a published pledge" in answer.content.decode()
    with pytest.raises(ValidationError, match="published pledge"):
        progress.save_report(writer, pledge, CYCLE, GOOD)
    assert not ProgressReport.objects.exists()


@pytest.mark.parametrize("cycle", [2024, 2099])
def test_no_report_for_a_year_before_publication_or_to_come(browser, pledge, cycle):
    answer = browser.post(url(pledge, cycle), GOOD)
    assert answer.status_code == 409 and not ProgressReport.objects.exists()


def test_no_report_on_another_organisations_pledge(pledge):
    stranger = PledgerAccessFactory(user=UserFactory(username="stranger")).user
    client = Client()
    client.force_login(stranger)
    assert client.get(url(pledge)).status_code == 403
    assert client.post(url(pledge), GOOD).status_code == 403
    with pytest.raises(PermissionDenied):
        progress.save_report(stranger, pledge, CYCLE, GOOD)
    assert not ProgressReport.objects.exists()


def test_a_submitted_report_is_not_changed_nor_submitted_twice(browser, writer, pledge):
    report = progress.save_report(writer, pledge, CYCLE, GOOD)
    progress.submit_report(writer, report)
    browser.post(url(pledge), {**GOOD, "share_achieved": "90"})
    answer = browser.post(url(pledge) + "submit/", follow=True)
    assert "This report is submitted for review already." in answer.content.decode()
    report.refresh_from_db()
    assert report.share_achieved == 40 and report.state == Moderation.SUBMITTED
    assert AuditEntry.objects.filter(action="submit").count() == 1


def test_the_secretariat_cannot_decide_twice_nor_return_without_a_word(
    secretariat_client, secretariat_user, writer, pledge
):
    report = progress.submit_report(writer, progress.save_report(writer, pledge, CYCLE, GOOD))
    page = f"/en/pledges/review/reports/{report.pk}/"
    answer = secretariat_client.post(page + "return/", {"comment": "  "})
    assert answer.status_code == 200 and answer.context["form"].errors["comment"]
    assert secretariat_client.post(page + "publish/").status_code == 302
    answer = secretariat_client.post(page + "decline/", {"comment": "Too late."}, follow=True)
    assert "not waiting for review" in answer.content.decode()
    assert secretariat_client.get(page + "erase/").status_code == 404
    report.refresh_from_db()
    assert report.state == Moderation.PUBLISHED and report.comment == ""
    with pytest.raises(PermissionDenied):
        progress.decline_report(writer, report, "I decline my own report.")
