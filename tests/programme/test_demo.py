"""The demo programmes: the seed letters' facts, loaded twice without change."""

import datetime

import pytest

from plenaria.core.models import AuditEntry
from plenaria.demo import directory
from plenaria.demo.loader import load_events
from plenaria.events.models import Event
from plenaria.programme import conflicts, queries
from plenaria.programme.demo import load_programme_demo
from plenaria.programme.models import AgendaItem, Session, SessionSpeaker, Speaker
from plenaria.programme.numbering import flatten

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def counts():
    return [m.objects.count() for m in (AgendaItem, Session, Speaker, SessionSpeaker, AuditEntry)]


def test_the_demo_programmes(django_assert_max_num_queries):
    directory.load_member_states()
    directory.load_organisations()
    load_events()
    load_programme_demo()
    first = counts()
    load_programme_demo()
    assert counts() == first  # nothing new, nothing logged

    wtdc = Event.objects.get(acronym="WTDC-21")
    agenda = flatten(queries.agenda(wtdc))
    assert len(agenda) == 24 and agenda[-1].label == "14)"
    assert str(agenda[0].item.title.in_language("fr")).startswith("Rapport sur la mise en œuvre")
    assert agenda[0].item.title.in_language("en").startswith("Report on the implementation")

    forum = Session.objects.filter(event__acronym="WSIS Forum 2021")
    assert 200 <= forum.count() <= 400
    assert Speaker.objects.filter(participations__session__in=forum).distinct().count() > 300
    assert {s.type.code for s in forum.select_related("type")} >= {
        "high_level_policy_statement", "wsis_prizes", "ministerial_round_table",
        "action_line_facilitation", "country_workshop", "thematic_workshop", "training",
        "special_track", "knowledge_cafe", "hackathon", "exhibition",
    }  # fmt: skip

    p2c = Session.objects.filter(event__acronym="P2C Road to Addis 2021").order_by("start")
    assert (p2c.first().start, p2c.last().end) == (
        datetime.datetime(2021, 9, 20, 12, 30, tzinfo=UTC),  # 8:30 in New York (EDT)
        datetime.datetime(2021, 9, 20, 15, 30, tzinfo=UTC),
    )
    (round_table,) = Session.objects.filter(event__acronym="WTISD-23")
    assert round_table.local().times == "14:30–16:30 CEST (UTC+2)"
    assert round_table.room.name.in_language("en") == "Popov Room"
    with django_assert_max_num_queries(6):
        warnings = conflicts.for_event(forum.first().event)
    assert any(w.kind == conflicts.ALL_MALE for w in warnings)
