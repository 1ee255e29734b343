import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from plenaria.directory.models import Organisation
from plenaria.events import services
from plenaria.events.models import EventOrganiser
from tests.factories import EventFactory, OrganisationFactory, RoomFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_the_event_page_shows_local_time_with_abbreviation_and_offset(client, wtisd23):
    body = client.get(url("events:detail", slug="wtisd-23")).content.decode()
    assert "14:30–16:30 CEST (UTC+2)" in body
    assert "17 May 2023" in body
    assert "Popov Room" in body and "Empowering the least developed countries" in body


def test_the_event_page_in_french(client, wtisd23):
    response = client.get(url("events:detail", "fr", slug="wtisd-23"))
    body = response.content.decode()
    assert response.request["PATH_INFO"] == "/fr/events/wtisd-23/"
    assert '<html lang="fr"' in body
    assert "17 mai 2023" in body and "Salle Popov" in body
    assert "Donner des moyens d&#x27;action aux PMA" in body
    assert "Quand" in body


def test_the_viewers_zone_on_request_and_remembered(client, wtisd23):
    body = client.get(url("events:detail", slug="wtisd-23"), {"tz": "Asia/Tokyo"}).content.decode()
    assert "21:30–23:30 JST (UTC+9)" in body
    assert "14:30–16:30 CEST (UTC+2)" in body
    listed = client.get(url("events:list")).content.decode()
    assert "21:30–23:30 JST (UTC+9)" in listed
    cleared = client.get(url("events:list"), {"tz": ""}).content.decode()
    assert "JST" not in cleared


def test_an_unknown_viewer_zone_is_refused_clearly(client, wtisd23):
    response = client.get(url("events:detail", slug="wtisd-23"), {"tz": "Mars/Olympus"})
    assert response.status_code == 200
    assert "“Mars/Olympus” is not a known time zone." in response.content.decode()


def test_accept_language_picks_the_language_and_the_url_keeps_it(client, wtisd23):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CH,fr;q=0.9,en;q=0.5", follow=True)
    assert response.redirect_chain[-1][0] == "/fr/events/"
    assert "Journée mondiale des télécommunications" in response.content.decode()


def test_the_language_switcher_keeps_the_page(client, wtisd23):
    response = client.post(
        "/i18n/setlang/", {"language": "fr", "next": "/events/wtisd-23/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/fr/events/wtisd-23/"


def test_drafts_are_not_public(client):
    EventFactory(slug="secret", status="draft", acronym="DRAFT-1")
    missing = client.get(url("events:detail", "fr", slug="secret"))
    assert missing.status_code == 404 and "Page introuvable" in missing.content.decode()
    assert "DRAFT-1" not in client.get(url("events:list")).content.decode()


def test_upcoming_events_come_first_soonest_first_then_past_latest_first(client):
    today = datetime.date.today()
    for acronym, offset in [
        ("PAST-OLD", -400),
        ("NEXT-FAR", 200),
        ("PAST-RECENT", -30),
        ("NEXT-SOON", 10),
    ]:
        EventFactory(acronym=acronym, day=today + datetime.timedelta(days=offset))
    body = client.get(url("events:list")).content.decode()
    positions = [body.index(a) for a in ("NEXT-SOON", "NEXT-FAR", "PAST-RECENT", "PAST-OLD")]
    assert positions == sorted(positions)
    assert body.index("Upcoming events") < positions[0] < body.index("Past events") < positions[2]


def test_filters_by_series_year_and_format(client):
    EventFactory(acronym="WTISD-21", day=datetime.date(2021, 5, 17), format="virtual")
    EventFactory(acronym="WTISD-23", day=datetime.date(2023, 5, 17), format="hybrid")
    EventFactory(
        acronym="WTDC-21", series=SeriesFactory(acronym="WTDC"), day=datetime.date(2022, 6, 6)
    )

    def listed(**params):
        body = client.get(url("events:list"), params).content.decode()
        return {a for a in ("WTISD-21", "WTISD-23", "WTDC-21") if f">{a}<" in body}

    assert listed(series="WTISD") == {"WTISD-21", "WTISD-23"}
    assert listed(year="2021") == {"WTISD-21"}
    assert listed(format="virtual") == {"WTISD-21"}
    assert listed(year="banana", format="<script>") == {"WTISD-21", "WTISD-23", "WTDC-21"}
    assert (
        "No event matches these filters."
        in client.get(url("events:list"), {"year": "1999"}).content.decode()
    )


def test_relations_are_shown_both_ways(client):
    forum = EventFactory(
        acronym="WSIS Forum 2021", slug="wsis-forum-2021", title={"en": "WSIS Forum 2021"}
    )
    day = EventFactory(acronym="WTISD 2021", slug="wtisd-2021", title={"en": "WTISD 2021"})
    services.relate(None, day, "part_of", forum)
    assert (
        "Takes place within" in client.get(url("events:detail", slug="wtisd-2021")).content.decode()
    )
    assert "Includes" in client.get(url("events:detail", slug="wsis-forum-2021")).content.decode()


def make_events(count):
    series = SeriesFactory()
    for _ in range(count):
        event = EventFactory(series=series, room=RoomFactory())
        for role in ("organiser", "co_organiser"):
            EventOrganiser.objects.create(
                event=event, organisation=OrganisationFactory(), role=role
            )


def count_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_the_event_list_takes_as_many_queries_for_30_events_as_for_3(client):
    make_events(3)
    few = count_queries(client, url("events:list"))
    make_events(27)
    assert 0 < few <= 6
    assert count_queries(client, url("events:list")) == few


def test_the_event_page_takes_as_many_queries_with_10_organisers_and_relations_as_with_1(client):
    def queries_for(event):
        return count_queries(client, url("events:detail", slug=event.slug))

    small, large = EventFactory(), EventFactory()
    for event, n in ((small, 1), (large, 10)):
        for _ in range(n):
            EventOrganiser.objects.create(
                event=event, organisation=OrganisationFactory(), role="co_organiser"
            )
            services.relate(None, EventFactory(), "preceded_by", event)
            services.relate(None, event, "part_of", EventFactory())
    assert Organisation.objects.count() == 11
    few = queries_for(small)
    assert 0 < few <= 8
    assert queries_for(large) == few


def test_pages_run_on_from_upcoming_into_past_events(client):
    today = datetime.date.today()
    for n in range(15):
        EventFactory(acronym=f"NEXT-{n:02}", day=today + datetime.timedelta(days=n + 1))
    for n in range(10):
        EventFactory(acronym=f"PAST-{n:02}", day=today - datetime.timedelta(days=n + 1))
    first = client.get(url("events:list")).context["page"]
    second = client.get(url("events:list"), {"page": 2}).context["page"]
    assert [e.acronym for e in first.object_list] == [f"NEXT-{n:02}" for n in range(15)] + [
        f"PAST-{n:02}" for n in range(5)
    ]
    assert [e.acronym for e in second.object_list] == [f"PAST-{n:02}" for n in range(5, 10)]
    assert first.paginator.count == 25 and all(e.is_past for e in second.object_list)
