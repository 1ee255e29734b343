"""The public programme as visitors read it: days, tracks, filters, zones, stars, speakers."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from plenaria.programme import services
from plenaria.programme.starred import cookie_name
from tests.programme.factories import SessionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
BASE = "/en/events/wsis-forum-2021/programme/"


def page(client, path="", interface="en", **params):
    response = client.get(f"/{interface}/events/wsis-forum-2021/programme/{path}", params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def titles(body):
    names = ["Opening of the Forum", "Digital inclusion of older persons", "Knowledge café: data governance"]  # fmt: skip
    return [name for name in names if name in body]


def test_one_day_at_a_time_with_local_times_and_abbreviation(client, forum_programme):
    body = page(client)
    assert titles(body) == ["Opening of the Forum"]  # the first day, as the event is past
    assert "09:00–10:00 CEST (UTC+2)" in body and "Amina Uwase" in body
    assert "Women speakers: 50% of 2 speakers." in body
    assert titles(page(client, day="2021-05-18")) == titles(page(client, day="all"))[1:]
    assert len(titles(page(client, day="all"))) == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "knowledge_cafe"}, ["Knowledge café: data governance"]),
        ({"track": "high-level"}, ["Opening of the Forum"]),
        ({"action_line": "C3"}, ["Digital inclusion of older persons"]),
        ({"language": "fr"}, ["Opening of the Forum", "Digital inclusion of older persons"]),
    ],
)
def test_filters_apply_across_the_days(client, forum_programme, filters, expected):
    assert titles(page(client, **filters)) == expected


def test_grouped_by_track(client, forum_programme):
    body = page(client, day="all", group="track")
    assert body.index("<h2>High-Level Track</h2>") < body.index("<h2>Forum Track</h2>")


def test_malformed_filters_are_ignored_not_fatal(client, forum_programme):
    body = page(client, day="2021-99-99", language="xx", type="<script>", track="nope")
    assert "0 sessions" in body and "<script>" not in body


def test_the_programme_in_french(client, forum_programme):
    body = page(client, interface="fr", day="all")
    assert '<html lang="fr"' in body
    assert "Ouverture du Forum" in body and "Inclusion numérique des personnes âgées" in body
    assert "lundi 17 mai 2021" in body and "Partie Forum" in body


def test_the_viewers_zone_next_to_the_events(client, forum_programme):
    body = page(client, tz="America/New_York")
    assert "09:00–10:00 CEST (UTC+2)" in body and "03:00–04:00 EDT (UTC-4)" in body
    body = page(client, tz="Mars/Olympus")
    assert "is not a known time zone" in body


def test_the_page_does_not_grow_in_queries_with_the_sessions(client, forum_programme):
    def queries_for_page():
        with CaptureQueriesContext(connection) as captured:
            page(client, day="all")
        return len(captured)

    few = queries_for_page()
    event = forum_programme["event"]
    for n in range(20):
        session = SessionFactory(event=event, at=datetime.time(8 + n % 10, 0))
        services.add_speaker(None, session, SpeakerFactory(gender="man"))
        session.action_lines.set([1, 2])
    assert queries_for_page() == few
    assert few <= 14


def test_a_session_page_hides_the_remote_link_from_the_public(secretariat_client, forum_programme):
    path = f"sessions/{forum_programme['opening'].pk}/"
    body = page(Client(), path)
    assert "Opening of the Forum" in body and "Minister of ICT" not in body
    assert "https://meet.example.org/opening" not in body
    assert "sent to registered participants" in body
    assert "https://meet.example.org/opening" in page(secretariat_client, path)


def test_a_speaker_page_lists_their_sessions(client, forum_programme):
    body = page(client, f"speakers/{forum_programme['amina'].pk}/")
    assert "Amina Uwase" in body and "Minister of ICT" in body
    assert titles(body) == ["Opening of the Forum", "Digital inclusion of older persons"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/no-such-event/programme/",
        f"{BASE}sessions/999999/",
        f"{BASE}speakers/999999/",
        f"{BASE}sessions/999999.ics",
    ],
)
def test_unknown_addresses_are_not_found(client, forum_programme, path):
    assert client.get(path).status_code == 404


def test_a_draft_events_programme_is_not_public(client, forum_programme):
    forum_programme["event"].status = "draft"
    forum_programme["event"].save()
    assert client.get(BASE).status_code == 404


def test_starring_without_an_account(client, forum_programme):
    opening, cafe = forum_programme["opening"], forum_programme["cafe"]
    assert "You have not starred any session yet." in page(client, "my/")
    response = client.post(f"{BASE}sessions/{cafe.pk}/star/", {"next": f"{BASE}?day=all"})
    assert response.status_code == 302 and response["Location"] == f"{BASE}?day=all"
    response = client.post(f"{BASE}sessions/{opening.pk}/star/", HTTP_ACCEPT="application/json")
    assert response.json() == {"starred": True, "count": 2}
    mine = page(client, "my/")
    assert titles(mine) == ["Opening of the Forum", "Knowledge café: data governance"]
    assert 'aria-pressed="true"' in page(client, day="all")
    client.post(f"{BASE}sessions/{cafe.pk}/star/")
    assert titles(page(client, "my/")) == ["Opening of the Forum"]


def test_starring_refuses_strangers_and_forgeries(client, forum_programme):
    cafe = forum_programme["cafe"]
    assert client.get(f"{BASE}sessions/{cafe.pk}/star/").status_code == 405
    assert client.post(f"{BASE}sessions/999999/star/").status_code == 404
    response = client.post(f"{BASE}sessions/{cafe.pk}/star/", {"next": "https://evil.example/"})
    assert response["Location"] == BASE
    client.cookies[cookie_name(forum_programme["event"])] = "1.2.3:forged"
    assert "You have not starred any session yet." in page(client, "my/")


def test_the_organisers_warnings_are_for_the_secretariat(secretariat_client, forum_programme):
    signed_out = Client().get(f"{BASE}warnings/")
    assert signed_out.status_code == 302
    assert signed_out["Location"].startswith("/en/account/signin/?next=")
    body = page(secretariat_client, "warnings/")
    assert "Women speakers: 50% (1 of 2 whose gender is stated)." in body
