"""The gender and participation reports: their figures add up the registrations of the events
chosen (one, or a period's), with shares, definitions and the date of the figures; bad choices
get a clear message, and only the secretariat reads them."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from plenaria.directory.models import Country, FocalPoint
from plenaria.programme.models import SessionSpeaker
from plenaria.registration import services
from plenaria.reports.figures import snapshots
from tests.factories import ContactFactory, EventFactory, MemberStateFactory, OrganisationFactory
from tests.programme.factories import HighLevelTypeFactory, SessionFactory, SpeakerFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.usefixtures("reference_data")


def _state(code: str):
    return MemberStateFactory(country=Country.objects.get(code=code), acronym=f"{code}-GOV")


def _event(days: int, acronym: str, **settings_values):
    start = timezone.now() + datetime.timedelta(days=days)
    event = EventFactory(
        acronym=acronym, slug=acronym.lower(), start=start, end=start + datetime.timedelta(hours=3)
    )
    return open_event(event=event, **settings_values)


def two_events():
    """Two events a month apart, with seven active registrations and a cancelled one, and
    two speakers in the first one's programme (one a woman, in the high-level segment)."""
    rwanda, france, fiji = _state("RW"), _state("FR"), _state("FJ")
    university = OrganisationFactory(category="academia")
    first = _event(30, "FIRST-1", youth_min_age=18, youth_max_age=29)
    second = _event(60, "SECOND-2", youth_min_age=15, youth_max_age=24)
    year = first.start.year
    register(first, organisation=rwanda, gender="woman", capacity="head", year_of_birth=year - 20)
    register(first, organisation=rwanda, gender="man", mode="remote", year_of_birth=1960)
    register(first, organisation=france, gender="woman", capacity="speaker", year_of_birth=1980)
    register(first, organisation=france, gender="man", mode="remote")
    register(first, organisation=university, gender="woman")
    services.cancel(None, register(first, organisation=france, gender="woman"))
    register(second, organisation=fiji, gender="woman", mode="remote", year_of_birth=year - 20)
    register(second, organisation=rwanda, gender="man", capacity="head")
    high, workshop = (
        SessionFactory(event=first, type=HighLevelTypeFactory()),
        SessionFactory(event=first),
    )
    SessionSpeaker.objects.create(session=high, speaker=SpeakerFactory(gender="woman"))
    SessionSpeaker.objects.create(session=workshop, speaker=SpeakerFactory(gender="man"))
    return first, second


def period_of(first, second) -> str:
    return f"from={first.start.date().isoformat()}&to={second.start.date().isoformat()}"


def row(page: str, label: str) -> list[str]:
    """The cells of the first table row headed ``label``."""
    found = re.search(rf'<th scope="row">{re.escape(label)}</th>(.*?)</tr>', page, re.S)
    assert found, label
    return re.findall(r'<td class="number">([^<]*)</td>', found.group(1))


def section(page: str, name: str) -> str:
    return page.split(f'id="report-{name}"')[1].split("</section>")[0]


def test_the_gender_report_adds_up_both_events_of_a_period(secretariat_client):
    first, second = two_events()
    response = secretariat_client.get(f"/en/reports/gender/?{period_of(first, second)}")
    assert response.status_code == 200
    page = response.content.decode()
    assert "2 events opening from" in page and "Resolution 55" in page
    overview = section(page, "overview")
    # Seven active people (the cancelled one left out), four women; two young: one each in
    # the bands of each event (18–29 for the first, 15–24 for the second).
    assert row(overview, "Participants") == ["7", "4", "57.1 %", "2", "28.6 %"]
    assert row(overview, "Heads of delegation") == ["2", "1", "50.0 %", "1", "50.0 %"]
    assert row(overview, "Registered speakers") == ["1", "1", "100.0 %", "0", "0.0 %"]
    assert row(overview, "Speakers in the programme") == ["2", "1", "50.0 %", "–", "–"]
    assert row(overview, "Speakers in the programme&#x27;s high-level segment")[:3] == [
        "1",
        "1",
        "100.0 %",
    ]
    by_region = section(page, "women-by-region")
    assert row(by_region, "Africa") == ["3", "1", "33.3 %", "2", "1", "50.0 %", "0", "0", "–"]
    assert row(by_region, "Europe")[:3] == ["2", "1", "50.0 %"]
    assert row(by_region, "Asia and the Pacific")[:3] == ["1", "1", "100.0 %"]
    assert row(by_region, "Not known")[:3] == ["1", "1", "100.0 %"]
    assert row(section(page, "women-by-category"), "Academia")[:3] == ["1", "1", "100.0 %"]
    assert row(section(page, "young-by-region"), "Africa")[:3] == ["3", "1", "33.3 %"]
    per_event = section(page, "per-event")
    assert row(per_event, "FIRST-1")[:3] == ["5", "60.0 %", "100.0 %"]
    assert row(per_event, "SECOND-2")[:3] == ["2", "50.0 %", "0.0 %"]
    # The definitions: each event's youth band with its reference year, and what counts.
    year = first.start.year
    assert f"FIRST-1 ({year}): people aged 18 to 29" in page
    assert f"SECOND-2 ({second.start.year}): people aged 15 to 24" in page
    assert "unless it was rejected or cancelled" in page
    assert "country of the organisation" in page
    assert "Figures computed on" in page
    # A chart compares the shares, and its table downloads.
    assert 'id="chart-women-by-region"' in page
    export = secretariat_client.get(
        f"/en/reports/gender/?{period_of(first, second)}&export=women-by-region&format=csv"
    )
    assert export.status_code == 200
    assert "Africa,33.3,50.0," in b"".join(export.streaming_content).decode()


def test_the_participation_report_of_one_event(secretariat_client):
    first, _second = two_events()
    page = secretariat_client.get(f"/en/reports/participation/?event={first.slug}")
    assert page.status_code == 200
    text = page.content.decode()
    overview = section(text, "overview")
    assert row(overview, "Participants") == ["5", "–"]
    assert row(overview, "In person") == ["3", "60.0 %"]
    assert row(overview, "Remote") == ["2", "40.0 %"]
    assert row(overview, "Countries taking part") == ["2", "–"]
    # Participants, in person, remote, share remote, countries, share of all.
    assert row(section(text, "by-region"), "Africa") == ["2", "1", "1", "50.0 %", "1", "40.0 %"]
    grouping = row(section(text, "by-grouping"), "LDC — Least Developed Countries")
    assert grouping[:5] == ["2", "1", "1", "50.0 %", "1"]
    assert row(section(text, "by-category"), "Member State")[:3] == ["4", "2", "2"]
    assert 'id="report-per-event"' not in text  # one event: no line per event


@pytest.mark.parametrize("kind", ["gender", "participation"])
def test_figures_come_from_the_snapshots_and_the_queries_do_not_grow(secretariat_client, kind):
    first, second = two_events()
    url = f"/en/reports/{kind}/?{period_of(first, second)}"
    secretariat_client.get(url)  # the snapshots are made
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url)
    for number in range(12):
        register(first, gender="woman" if number % 2 else "man")
    snapshots.refresh(first)
    with CaptureQueriesContext(connection) as many:
        page = secretariat_client.get(url).content.decode()
    assert len(many) == len(few)
    assert row(section(page, "overview"), "Participants")[0] == "19"


@pytest.mark.parametrize(
    "query, message",
    [
        ("from=2030-05-10&to=2030-05-01", "The end of the period is before its start."),
        ("from=2030-02-31&to=2030-03-01", "Enter a valid date."),
        ("from=yesterday&to=2030-03-01", "Enter a valid date."),
        ("from=2030-01-01", "Give both the first and the last day of the period."),
        ("from=1990-01-01&to=1990-12-31", "No announced event opens in this period."),
        ("event=no-such-event", "There is no announced event at this address."),
        ("event=draft-1", "There is no announced event at this address."),
        ("event=" + "x" * 500, "Ensure this value has at most"),
        ("event=first-1&from=2030-01-01&to=2030-01-02", "Choose one event or a period, not both."),
    ],
)
def test_a_bad_choice_is_said_plainly(secretariat_client, query, message):
    two_events()
    EventFactory(slug="draft-1", status="draft")
    for kind in ("gender", "participation"):
        page = secretariat_client.get(f"/en/reports/{kind}/?{query}")
        assert page.status_code == 200 and message in page.content.decode()
        assert 'id="report-overview"' not in page.content.decode()
        refused = secretariat_client.get(f"/en/reports/{kind}.pdf?{query}")
        assert refused.status_code == 400 and message in refused.content.decode()


def test_no_choice_shows_the_form_and_an_unknown_export_is_not_found(secretariat_client):
    first, _second = two_events()
    page = secretariat_client.get("/en/reports/gender/")
    assert page.status_code == 200
    assert "Choose one event, or the first and last day of a period" in page.content.decode()
    assert 'role="alert"' not in page.content.decode()
    missing = secretariat_client.get(f"/en/reports/gender/?event={first.slug}&export=nope")
    assert missing.status_code == 404
    refused = secretariat_client.get("/en/reports/gender.pdf")
    assert refused.status_code == 400 and "No PDF for this choice" in refused.content.decode()


def test_an_event_without_registrations_shows_zeros_not_an_error(secretariat_client):
    empty = _event(10, "EMPTY-1")
    page = secretariat_client.get(f"/en/reports/participation/?event={empty.slug}")
    assert page.status_code == 200
    assert "Nobody is registered for this yet" in page.content.decode()
    assert row(section(page.content.decode(), "overview"), "Participants") == ["0", "–"]
    # An event that takes no registrations at all: zeros too, and no age band to state.
    observance = EventFactory(acronym="DAY-1", slug="day-1")
    page = secretariat_client.get(f"/en/reports/gender/?event={observance.slug}")
    assert page.status_code == 200
    assert "DAY-1 (2023): no registration form, so nobody is counted as young." in (
        page.content.decode()
    )


def test_only_the_secretariat_reads_the_reports(client):
    first, _second = two_events()
    url = f"/en/reports/gender/?event={first.slug}"
    signed_out = client.get(url)
    assert signed_out.status_code == 302 and "next=" in signed_out["Location"]
    user = get_user_model().objects.create_user("fp", "fp@example.org", "pw-fp-12345")
    FocalPoint.objects.create(contact=ContactFactory(organisation=_state("KE")), user=user)
    client.force_login(user)
    for kind in ("gender", "gender.pdf", "participation", "participation.pdf"):
        suffix = "" if kind.endswith(".pdf") else "/"
        refused = client.get(f"/en/reports/{kind}{suffix}?event={first.slug}")
        assert refused.status_code == 403
