"""The check-in desk counts arrivals against those expected, and finds by name a person whose
badge is lost: a typed name is a search, not a forged badge."""

import pytest

from plenaria.core.models import AuditEntry
from plenaria.registration import services
from plenaria.registration.badges import badge_code, issue_badge
from plenaria.registration.checkin import (
    arrivals_today,
    check_in_by_name,
    check_in_typed,
    looks_like_code,
)
from plenaria.registration.models import CheckIn
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return open_event()


@pytest.fixture
def people(event, rwanda):
    zoe = register(event, first_name="Zoë", last_name="Ngô", organisation=rwanda)
    aline = register(event, first_name="Aline", last_name="Mukamana", organisation=rwanda)
    online = register(event, first_name="Aline", last_name="Online", mode="remote")
    gone = register(event, first_name="Aline", last_name="Gone")
    services.cancel(None, gone)
    return zoe, aline, online, gone


def url(event):
    return f"/en/registration/checkin/{event.slug}/"


def test_codes_and_names_are_told_apart():
    assert looks_like_code("42.x1Yz_Ab9:Zk3-signature")
    assert not looks_like_code("Aline Mukamana")
    assert not looks_like_code("hello")


def test_a_typed_name_lists_those_admitted_in_person(event, people, secretariat_user):
    zoe, aline, online, gone = people  # noqa: RUF059
    result = check_in_typed(secretariat_user, event, "aline")
    assert result.outcome == "search" and "not genuine" not in result.message
    assert result.matches == [aline]  # neither the remote participant nor the cancelled one
    assert [r.pk for r in check_in_typed(secretariat_user, event, "ngô zoë").matches] == [zoe.pk]
    nobody = check_in_typed(secretariat_user, event, "Nobody")
    assert nobody.outcome == "search" and nobody.matches == []
    assert "No one admitted in person" in nobody.message
    assert not CheckIn.objects.exists()


def test_a_forged_code_is_still_not_genuine(event, people, secretariat_user):
    result = check_in_typed(secretariat_user, event, "1.abcdefgh:forgedsignatureforged")
    assert result.outcome == "refused" and "not genuine" in result.message


def test_checking_in_by_name_is_audited_and_once_a_day(event, people, secretariat_user):
    zoe, aline, online, gone = people  # noqa: RUF059
    first = check_in_by_name(secretariat_user, event, aline.pk)
    assert first.outcome == "checked_in" and "Aline Mukamana is checked in." in first.message
    assert check_in_by_name(secretariat_user, event, str(aline.pk)).outcome == "already"
    arrival = CheckIn.objects.get()
    assert arrival.registration == aline and arrival.badge is None
    assert arrival.by == secretariat_user
    assert AuditEntry.objects.filter(action="check in by name").count() == 1


@pytest.mark.parametrize("which", ["online", "gone", "other event", "nonsense"])
def test_by_name_only_someone_admitted_in_person_here(event, people, secretariat_user, which):
    zoe, aline, online, gone = people  # noqa: RUF059
    other = register(open_event(), first_name="Aline", last_name="Elsewhere")
    pk = {"online": online.pk, "gone": gone.pk, "other event": other.pk, "nonsense": "x'"}[which]
    result = check_in_by_name(secretariat_user, event, pk)
    assert result.outcome == "refused"
    assert not CheckIn.objects.exists()


def test_arrivals_so_far_against_expected(event, people, secretariat_user):
    zoe, aline, online, gone = people  # noqa: RUF059
    assert arrivals_today(event) == {"arrived": 0, "expected": 2}
    check_in_typed(secretariat_user, event, badge_code(issue_badge(None, zoe)))
    assert arrivals_today(event) == {"arrived": 1, "expected": 2}


def test_the_desk_page_counts_searches_and_checks_in_by_name(event, people, secretariat_client):
    zoe, aline, online, gone = people  # noqa: RUF059
    page = secretariat_client.get(url(event)).content.decode()
    assert "0 of 2 arrived today" in page
    page = secretariat_client.post(url(event), {"code": "Mukamana"}).content.decode()
    assert "not genuine" not in page
    assert "1 person matches" in page and f'name="registration" value="{aline.pk}"' in page
    page = secretariat_client.post(url(event), {"registration": aline.pk}).content.decode()
    assert "Aline Mukamana is checked in." in page and "1 of 2 arrived today" in page
    page = secretariat_client.post(url(event), {"registration": "nonsense"})
    assert page.status_code == 200 and "not admitted" in page.content.decode()
    assert CheckIn.objects.count() == 1


def test_by_name_is_refused_to_a_focal_point(event, people, client, rwanda_focal_point):
    zoe, aline, online, gone = people  # noqa: RUF059
    client.force_login(rwanda_focal_point)
    assert client.post(url(event), {"registration": aline.pk}).status_code == 403
    assert not CheckIn.objects.exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("reference_data")
def test_a_lost_badge_in_a_browser(live_server, secretariat_user):
    from tests.browser.conftest import in_chromium

    event = open_event()
    register(event, first_name="Aline", last_name="Mukamana")
    register(event, first_name="Zoë", last_name="Ngô")
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/account/signin/")
        page.fill("#id_username", "officer")
        page.fill("#id_password", "pw-officer-1")
        page.click("form.stacked button[type=submit]")
        page.goto(f"{live_server.url}{url(event)}")
        seen["before"] = page.locator("#checkin-progress").inner_text()
        page.fill("#checkin-code", "mukamana")
        page.keyboard.press("Enter")
        page.wait_for_selector(".checkin-matches")
        seen["search"] = page.locator(".checkin-result").inner_text()
        page.locator(".checkin-matches button").click()
        page.wait_for_selector(".checkin-result.checked_in")
        seen["done"] = page.locator(".checkin-result").inner_text()
        seen["after"] = page.locator("#checkin-progress").inner_text()
        seen["url"] = page.url

    in_chromium(journey)
    assert "0 of 2 arrived today" in seen["before"]
    assert "1 person matches" in seen["search"]
    assert "Aline Mukamana is checked in." in seen["done"]
    assert "1 of 2 arrived today" in seen["after"]
    assert CheckIn.objects.count() == 1
