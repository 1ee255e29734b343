"""Across events: a series' editions side by side, a period or a chosen set of events, the
Member States that took part in none; every bad input answered on the page; the queries do not
grow with the number of editions."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from plenaria.core.pickers import sort_key
from plenaria.directory.models import Country
from plenaria.reports.figures import snapshots
from tests.factories import EventFactory, OrganisationFactory, SeriesFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.usefixtures("reference_data")


def edition(series, acronym, days, people=(), status="published"):
    """An edition opening in ``days`` days, with ``people``: (country code, registration values)."""
    start = timezone.now() + datetime.timedelta(days=days)
    event = EventFactory(
        series=series,
        acronym=acronym,
        slug=acronym.lower(),
        start=start,
        end=start + datetime.timedelta(hours=3),
    )
    open_event(event=event, youth_max_age=29)
    for code, values in people:
        country = Country.objects.get(code=code) if code else None
        register(event, organisation=OrganisationFactory(country=country), **values)
    if status != "published":
        event.status = status
        event.save(update_fields=["status"])
    return event


@pytest.fixture
def wtdc():
    series = SeriesFactory(
        acronym="WTDC", name={"en": "World Telecommunication Development Conference"}
    )
    young = timezone.now().year - 20
    edition(
        series,
        "WTDC-21",
        30,
        [
            ("RW", {"gender": "woman", "capacity": "head", "year_of_birth": young}),
            ("", {"gender": "man"}),
        ],
    )
    edition(
        series,
        "WTDC-25",
        60,
        [
            ("FJ", {"gender": "woman", "mode": "remote"}),
            ("FJ", {"gender": "man", "capacity": "head"}),
            ("CH", {"gender": "woman"}),
        ],
    )
    return series


def test_a_series_compares_its_editions(secretariat_client, wtdc):
    response = secretariat_client.get("/en/reports/series/WTDC/")
    assert response.status_code == 200
    first, second = response.context["editions"]
    assert (first.event.acronym, second.event.acronym) == ("WTDC-21", "WTDC-25")
    assert (first.registrations, first.in_person, first.remote) == (2, 2, 0)
    assert (second.registrations, second.in_person, second.remote) == (3, 2, 1)
    assert (first.women_share, first.young_share, first.heads_women_share) == (50.0, 50.0, 100.0)
    assert (second.women_share, second.heads_women_share) == (66.7, 0.0)
    assert (first.countries, second.countries) == (1, 2)
    # Rwanda is a least developed and landlocked country; Fiji a small island developing state.
    assert first.grouping_countries == {"LDC": 1, "LLDC": 1, "SIDS": 0}
    assert second.grouping_registrations == {"LDC": 0, "LLDC": 0, "SIDS": 2}
    assert second.curve[-1][1] == 3
    page = response.content.decode()
    assert 'id="chart-shares"' in page and 'id="chart-curves"' in page
    assert "nothing to compare" not in page


def test_the_member_states_that_took_part_in_none_are_listed(secretariat_client, wtdc):
    absent = secretariat_client.get("/en/reports/series/WTDC/").context["absent"]
    names = [row["name"] for row in absent]
    member_states = Country.objects.filter(is_itu_member_state=True)
    assert len(absent) == member_states.exclude(code__in=["RW", "FJ", "CH"]).count()
    assert "Rwanda" not in names and "Fiji" not in names and "Kenya" in names
    assert names == sorted(names, key=sort_key)
    assert next(row for row in absent if row["code"] == "KE")["region"] == "Africa"


def test_a_series_of_one_edition_says_there_is_nothing_to_compare(secretariat_client):
    series = SeriesFactory(acronym="P2C", name={"en": "Partner2Connect"})
    edition(series, "P2C-24", 20, [("RW", {})])
    edition(series, "P2C-26", 40, [("RW", {})], status="draft")
    response = secretariat_client.get("/en/reports/series/P2C/")
    assert response.status_code == 200 and len(response.context["editions"]) == 1
    assert "nothing to compare it with yet" in response.content.decode()


def test_each_chart_downloads_and_a_forged_one_is_not_found(secretariat_client, wtdc):
    url = "/en/reports/series/WTDC/"
    csv = secretariat_client.get(url, {"export": "registrations", "format": "csv"})
    assert (
        csv.status_code == 200 and 'filename="wtdc-registrations.csv"' in csv["Content-Disposition"]
    )
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[1:] == ["WTDC-21,2,2,0", "WTDC-25,3,2,1"]
    xlsx = secretariat_client.get(url, {"export": "curves", "format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxml")
    assert secretariat_client.get(url, {"export": "nope", "format": "csv"}).status_code == 404
    assert secretariat_client.get(url, {"export": "shares", "format": "exe"}).status_code == 404


def test_unknown_or_impossible_series_are_not_found(secretariat_client):
    for acronym in ["NOPE", "A" * 500]:
        assert secretariat_client.get(f"/en/reports/series/{acronym}/").status_code == 404
    # A NUL byte is refused before any page, as everywhere on the site.
    assert secretariat_client.get("/en/reports/series/W%00X/").status_code == 400


def test_the_series_list_counts_announced_editions(secretariat_client, wtdc):
    edition(wtdc, "WTDC-29", 90, status="draft")
    response = secretariat_client.get("/en/reports/series/")
    assert response.status_code == 200
    assert [(s.acronym, s.editions) for s in response.context["series_list"]] == [("WTDC", 2)]


def test_a_period_and_a_set_of_events(secretariat_client, wtdc):
    today = timezone.now().date()
    period = secretariat_client.get(
        "/en/reports/across/",
        {
            "start": (today + datetime.timedelta(days=50)).isoformat(),
            "end": (today + datetime.timedelta(days=70)).isoformat(),
        },
    )
    assert [e.event.acronym for e in period.context["editions"]] == ["WTDC-25"]
    chosen = secretariat_client.get("/en/reports/across/", {"events": ["wtdc-25", "wtdc-21"]})
    assert [e.event.acronym for e in chosen.context["editions"]] == ["WTDC-21", "WTDC-25"]
    csv = secretariat_client.get(
        "/en/reports/across/", {"events": ["wtdc-21"], "export": "countries", "format": "csv"}
    )
    assert b"".join(csv.streaming_content).decode().splitlines()[1] == "WTDC-21,1,1,1,0"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"start": "2030-05-01", "end": "2030-04-01"},
            "The end of the period is before its start.",
        ),
        ({"start": "2030-02-30", "end": "2030-04-01"}, "Enter a valid date."),
        ({"start": "not a date", "end": "x" * 5000}, "Enter a valid date."),
        ({"start": "1990-01-01", "end": "1990-12-31"}, "No announced event opens in this period."),
        ({"start": "2030-01-01"}, "Give both the start and the end of the period."),
        ({"events": ["forged-slug"]}, "Select a valid choice."),
        ({"events": ["wtdc-29"]}, "Select a valid choice."),
        (
            {"events": ["wtdc-21"], "start": "2030-01-01"},
            "Choose a period or a set of events, not both.",
        ),
        ({"start": "", "end": "", "events": []}, "Choose a period or at least one event."),
    ],
)
def test_every_bad_choice_is_answered_on_the_page(secretariat_client, wtdc, query, message):
    edition(wtdc, "WTDC-29", 90, status="draft")
    response = secretariat_client.get("/en/reports/across/", query)
    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")
    assert "editions" not in response.context


def test_a_nul_byte_is_refused_before_the_page(secretariat_client, wtdc):
    for query in [{"start": "2030-01-01\x00", "end": "2030-04-01"}, {"events": ["wtdc-21\x00"]}]:
        assert secretariat_client.get("/en/reports/across/", query).status_code == 400


def test_only_the_secretariat_reads_across_events(client, django_user_model, wtdc):
    for url in ["/en/reports/series/", "/en/reports/series/WTDC/", "/en/reports/across/"]:
        assert client.get(url).status_code == 302  # signed out: asked to sign in
    person = django_user_model.objects.create_user("delegate", "d@example.org", "pw-delegate-1")
    client.force_login(person)
    for url in ["/en/reports/series/", "/en/reports/series/WTDC/", "/en/reports/across/"]:
        assert client.get(url).status_code == 403


def test_a_series_page_takes_the_same_queries_for_two_and_five_editions(secretariat_client):
    series = SeriesFactory(acronym="WTISD")
    found = [
        edition(series, f"WTISD-{n}", 10 * n, [("RW", {}), ("FJ", {"mode": "remote"})])
        for n in range(1, 3)
    ]
    for event in found:
        snapshots.refresh(event)
    secretariat_client.get("/en/reports/series/WTISD/")  # settle the session and caches
    with CaptureQueriesContext(connection) as two:
        assert secretariat_client.get("/en/reports/series/WTISD/").status_code == 200
    for n in range(3, 6):
        snapshots.refresh(edition(series, f"WTISD-{n}", 10 * n, [("KE", {})]))
    with CaptureQueriesContext(connection) as five:
        response = secretariat_client.get("/en/reports/series/WTISD/")
    assert len(response.context["editions"]) == 5
    assert len(five) == len(two)


def test_the_pages_read_in_arabic(secretariat_client, wtdc):
    response = secretariat_client.get("/ar/reports/series/WTDC/")
    assert response.status_code == 200 and 'dir="rtl"' in response.content.decode()
