"""The check-in desk: one arrival per person per event-local day, and codes that are refused."""

import datetime

import pytest

from plenaria.registration import services
from plenaria.registration.badges import badge_code, issue_badge, replace_badge, revoke_badge
from plenaria.registration.checkin import check_in
from plenaria.registration.models import Badge, CheckIn
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


@pytest.fixture
def event():
    return open_event()  # its zone is Europe/Zurich


@pytest.fixture
def person(event, rwanda):
    return register(event, first_name="Zoë", last_name="Ngô", organisation=rwanda)


def test_once_a_day_in_the_events_own_calendar(event, person, secretariat_user):
    code = badge_code(issue_badge(secretariat_user, person))
    morning = datetime.datetime(2026, 6, 3, 7, 12, tzinfo=UTC)  # 09:12 in Geneva (CEST)

    first = check_in(secretariat_user, event, code, now=morning)
    assert first.outcome == "checked_in" and "Zoë Ngô is checked in" in first.message
    again = check_in(secretariat_user, event, f"  {code}\n", now=morning.replace(hour=12))
    assert again.outcome == "already"
    assert "already checked in at 09:12 CEST" in again.message
    assert CheckIn.objects.count() == 1

    # 23:30 UTC is already the next day in Geneva: a second day of attendance.
    late = check_in(secretariat_user, event, code, now=morning.replace(hour=23, minute=30))
    assert late.outcome == "checked_in"
    days = list(CheckIn.objects.order_by("day").values_list("day", flat=True))
    assert days == [datetime.date(2026, 6, 3), datetime.date(2026, 6, 4)]


@pytest.mark.parametrize(
    "code, message",
    [
        ("", "Scan a badge or type its code."),
        ("   ", "Scan a badge or type its code."),
        ("hello", "not genuine"),
        ("1.abcdefgh:forgedsignatureforgedsignatureforgedsign", "not genuine"),
        ("\x00\xff\x89PNG binary", "not genuine"),
        ("9" * 500, "This is not a badge code."),
    ],
)
def test_garbage_is_refused_and_records_nothing(event, person, secretariat_user, code, message):
    issue_badge(secretariat_user, person)
    result = check_in(secretariat_user, event, code)
    assert result.outcome == "refused" and message in result.message
    assert not CheckIn.objects.exists()


def test_replaced_cancelled_and_other_events_badges_are_refused(event, person, secretariat_user):
    old = badge_code(issue_badge(secretariat_user, person))
    new = badge_code(replace_badge(secretariat_user, person))
    assert "no longer valid" in check_in(secretariat_user, event, old).message
    other = open_event()
    assert "for another event" in check_in(secretariat_user, other, new).message
    services.cancel(None, person)
    assert "cancelled" in check_in(secretariat_user, event, new).message
    revoke_badge(secretariat_user, Badge.objects.get(revoked_at__isnull=True))
    assert "no longer valid" in check_in(secretariat_user, event, new).message
    assert not CheckIn.objects.exists()


def test_the_desk_page_checks_in_and_counts_per_day(event, person, secretariat_client):
    code = badge_code(issue_badge(None, person))
    url = f"/en/registration/checkin/{event.slug}/"
    assert "No one is checked in yet." in secretariat_client.get(url).content.decode()
    page = secretariat_client.post(url, {"code": code}).content.decode()
    assert "Zoë Ngô is checked in." in page
    page = secretariat_client.post(url, {"code": code}).content.decode()
    assert "is already checked in at" in page
    assert "<td>1</td>" in page  # one person on today's row
    page = secretariat_client.post(url, {"code": "x" * 10_000}).content.decode()
    assert "This is not a badge code." in page
    assert CheckIn.objects.count() == 1


def test_only_the_secretariat_runs_the_desk(event, person, client, rwanda_focal_point):
    url = f"/en/registration/checkin/{event.slug}/"
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(rwanda_focal_point)
    code = badge_code(issue_badge(None, person))
    assert client.get(url).status_code == 403
    assert client.post(url, {"code": code}).status_code == 403
    assert not CheckIn.objects.exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("reference_data")
def test_desk_in_a_browser_typing_a_code(live_server, secretariat_user):
    from tests.browser.conftest import in_chromium
    from tests.factories import MemberStateFactory

    event = open_event()
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    person = register(event, first_name="Aline", last_name="Mukamana", organisation=rwanda)
    code = badge_code(issue_badge(None, person))
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/registration/login/")
        page.fill("#id_username", "officer")
        page.fill("#id_password", "pw-officer-1")
        page.click("form.stacked button[type=submit]")
        page.goto(f"{live_server.url}/en/registration/checkin/{event.slug}/")
        page.fill("#checkin-code", code)
        page.get_by_role("button", name="Check in").click()
        page.wait_for_selector(".checkin-result.checked_in")
        seen["first"] = page.locator(".checkin-result").inner_text()
        seen["url"] = page.url
        page.fill("#checkin-code", code)
        page.keyboard.press("Enter")
        page.wait_for_selector(".checkin-result.already")
        seen["second"] = page.locator(".checkin-result").inner_text()
        seen["count"] = page.locator("#checkin-attendance td").nth(1).inner_text()
        seen["field"] = page.input_value("#checkin-code")

    in_chromium(journey)
    assert "Aline Mukamana is checked in." in seen["first"]
    assert "already checked in at" in seen["second"]
    assert seen["count"] == "1" and seen["field"] == ""  # updated in place, field cleared
    assert CheckIn.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_desks_scanning_at_once_record_one_arrival(reference_data):
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    from tests.factories import MemberStateFactory

    event = open_event()
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    code = badge_code(issue_badge(None, register(event, organisation=rwanda)))
    desks, start, outcomes = 8, threading.Barrier(8), []

    def desk():
        try:
            start.wait()
            outcomes.append(check_in(None, event, code).outcome)
        except Exception as error:  # reported below
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["already"] * (desks - 1) + ["checked_in"]
    assert CheckIn.objects.count() == 1
