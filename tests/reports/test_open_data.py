"""Open data: aggregate figures for everyone, small counts suppressed (and the cell that would
give one back by subtraction), shares only from published counts, CSV and JSON carrying the
licence and definitions, drafts not found, and never a person in any output."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.reports.figures import snapshots
from plenaria.reports.open_data.suppression import published_share, suppress_column
from tests.factories import SeriesFactory
from tests.reports.test_across import edition

pytestmark = pytest.mark.usefixtures("reference_data")


def test_a_lone_small_count_takes_the_next_smallest_with_it(settings):
    settings.PLENARIA_OPEN_DATA_MIN_COUNT = 5
    assert suppress_column([10, 3, 8, 20]) == [10, None, None, 20]
    # Two hidden already: neither can be found by subtraction, nothing more is hidden.
    assert suppress_column([10, 3, 2, 20]) == [10, None, None, 20]
    assert suppress_column([10, 0, 7]) == [10, None, None]
    assert suppress_column([12, 30]) == [12, 30]
    settings.PLENARIA_OPEN_DATA_MIN_COUNT = 2  # read at each call
    assert suppress_column([10, 3, 8, 20]) == [10, 3, 8, 20]
    assert published_share(None, 20) is None and published_share(3, None) is None
    assert published_share(5, 20) == 25.0


@pytest.fixture
def forum():
    """18 people: 7 from Rwanda in person (5 women), 3 from Fiji remote (1 woman), 8 from
    Switzerland in person (4 women)."""
    series = SeriesFactory(acronym="WSIS", name={"en": "WSIS Forum"})
    people = (
        [("RW", {"gender": "woman", "first_name": "Aline", "last_name": "Mukamana"})] * 5
        + [("RW", {"gender": "man"})] * 2
        + [("FJ", {"gender": "woman", "mode": "remote"})]
        + [("FJ", {"gender": "man", "mode": "remote"})] * 2
        + [("CH", {"gender": "woman"})] * 4
        + [("CH", {"gender": "man"})] * 4
    )
    event = edition(series, "WSIS-26", 30, people)
    edition(series, "WSIS-27", 400, status="draft")
    return event


def _json(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def _row(rows, key):
    return next(row for row in rows if row["key"] == key)


def test_the_event_figures_are_suppressed_and_shares_follow(client, forum):
    found = _json(client, "/en/open-data/events/wsis-26/data.json")
    assert found["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert found["min_count"] == 5 and "subtraction" in found["suppression"]
    (document,) = found["events"]
    totals = document["totals"]
    assert (totals["participants"], totals["women"], totals["women_share"]) == (18, 10, 55.6)
    assert "18 to 29" in document["definitions"]["young"]
    assert "rejected" in document["definitions"]["participation"] and document["computed_at"]
    regions = document["breakdowns"]["region"]
    # Asia-Pacific (Fiji, 3) is hidden, and Africa (7), the next smallest, with it.
    assert _row(regions, "europe")["participants"] == 8
    for key in ("asia_pacific", "africa"):
        row = _row(regions, key)
        assert row["participants"] is None and "participants" in row["suppressed"]
        assert row["women_share"] is None and "women_share" in row["suppressed"]
    # 3 remote hidden: the 15 in person would give them back from the total of 18.
    modes = document["breakdowns"]["mode"]
    assert _row(modes, "in_person")["participants"] is None
    assert _row(modes, "in_person")["women"] is None and _row(modes, "remote")["women"] is None
    assert _row(document["breakdowns"]["grouping"], "SIDS")["participants"] is None


def test_the_threshold_is_read_when_the_data_is_asked_for(client, forum, settings):
    settings.PLENARIA_OPEN_DATA_MIN_COUNT = 1
    found = _json(client, "/en/open-data/events/wsis-26/?format=json")
    fiji = _row(found["events"][0]["breakdowns"]["region"], "asia_pacific")
    assert found["min_count"] == 1 and (fiji["participants"], fiji["women_share"]) == (3, 33.3)
    # Nobody young (all born in 1990): a count of 0 is below 1, so it is not published either.
    assert fiji["suppressed"] == ["young", "young_share"]


def test_the_csv_carries_the_licence_and_marks_suppressed_cells(client, forum):
    response = client.get("/en/open-data/events/wsis-26/data.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "event,breakdown,key,label,measure,value,suppressed"
    assert ",about,licence,,,CC BY 4.0," in lines and ",about,min_count,,,5," in lines
    assert any(line.startswith("wsis-26,about,definition_young,") for line in lines)
    assert "wsis-26,region,asia_pacific,Asia and the Pacific,participants,,suppressed" in lines
    assert "wsis-26,region,europe,Europe,participants,8," in lines
    assert "wsis-26,total,total,All participants,women_share,55.6," in lines


def test_a_series_is_published_edition_by_edition(client, forum):
    found = _json(client, "/en/open-data/series/WSIS/data.json")
    assert [doc["event"]["slug"] for doc in found["events"]] == ["wsis-26"]  # the draft left out
    page = client.get("/en/open-data/series/WSIS/")
    assert page.status_code == 200 and "WSIS-26" in page.content.decode()
    csv = client.get("/en/open-data/series/WSIS/?format=csv")
    assert b"CC BY 4.0" in b"".join(csv.streaming_content)


def test_the_page_shows_the_suppressed_cells_and_the_method(client, forum):
    page = client.get("/ar/open-data/events/wsis-26/").content.decode()
    assert "&lt;5" in page and 'dir="rtl"' in page
    page = client.get("/en/open-data/events/wsis-26/").content.decode()
    assert "CC BY 4.0" in page and "next smallest" in page and "data.csv" in page


def test_drafts_unknown_and_forged_requests_are_not_found(client, forum):
    for url in [
        "/en/open-data/events/wsis-27/",
        "/en/open-data/events/wsis-27/data.json",
        "/en/open-data/events/nope/",
        "/en/open-data/series/NOPE/",
        "/en/open-data/series/" + "W" * 300 + "/",
        "/en/open-data/events/wsis-26/?format=xml",
    ]:
        assert client.get(url).status_code == 404, url


def test_the_index_lists_announced_events_with_registrations(client, forum):
    edition(forum.series, "WSIS-25", 10)  # announced, nobody registered
    response = client.get("/en/open-data/")
    assert response.status_code == 200
    assert [event.slug for event in response.context["events"]] == ["wsis-26"]
    assert [series.acronym for series in response.context["series"]] == ["WSIS"]


def test_no_person_appears_in_any_output(client, forum):
    registrants = list(forum.registrations.values_list("first_name", "last_name", "email"))
    outputs = []
    for url in [
        "/en/open-data/",
        "/en/open-data/events/wsis-26/",
        "/en/open-data/events/wsis-26/data.json",
        "/en/open-data/series/WSIS/",
        "/en/open-data/series/WSIS/data.json",
    ]:
        outputs.append(client.get(url).content.decode())
    for url in ["/en/open-data/events/wsis-26/data.csv", "/en/open-data/series/WSIS/data.csv"]:
        outputs.append(b"".join(client.get(url).streaming_content).decode())
    text = "\n".join(outputs)
    for _first, last, email in registrants:
        assert last not in text and email not in text
    assert "Mukamana" not in text and "Rwanda" not in text


def test_a_series_takes_the_same_queries_for_two_and_four_editions(client):
    series = SeriesFactory(acronym="WTISD")
    for n in range(1, 3):
        snapshots.refresh(edition(series, f"WTISD-{n}", 10 * n, [("RW", {})] * 6))
    client.get("/en/open-data/series/WTISD/")
    with CaptureQueriesContext(connection) as two:
        assert client.get("/en/open-data/series/WTISD/").status_code == 200
    for n in range(3, 5):
        snapshots.refresh(edition(series, f"WTISD-{n}", 10 * n, [("FJ", {})]))
    with CaptureQueriesContext(connection) as four:
        assert client.get("/en/open-data/series/WTISD/").status_code == 200
    assert len(four.captured_queries) == len(two.captured_queries)
