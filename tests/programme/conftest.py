import datetime

import pytest

from plenaria.programme import services
from plenaria.programme.models import ActionLine
from tests.factories import RoomFactory
from tests.programme.factories import (
    ForumEventFactory,
    HighLevelTypeFactory,
    SessionFactory,
    SessionTypeFactory,
    SpeakerFactory,
    TrackFactory,
)


@pytest.fixture
def forum_programme():
    """A forum with a high-level and a forum track, three sessions over two days."""
    forum = ForumEventFactory(
        acronym="WSIS Forum 2021",
        slug="wsis-forum-2021",
        title={"en": "WSIS Forum 2021", "fr": "Forum 2021 du SMSI"},
    )
    high, track = (
        TrackFactory(event=forum, slug="high-level", name={"en": "High-Level Track", "fr": "Partie de haut niveau"}),
        TrackFactory(event=forum, slug="forum", name={"en": "Forum Track", "fr": "Partie Forum"}, order=1),
    )  # fmt: skip
    room = RoomFactory()
    opening = SessionFactory(
        event=forum,
        track=high,
        type=HighLevelTypeFactory(),
        title={"en": "Opening of the Forum", "fr": "Ouverture du Forum"},
        day=datetime.date(2021, 5, 17),
        at=datetime.time(9, 0),
        room=room,
        format="hybrid",
        languages="ar zh-hans en fr ru es",
        remote_link="https://meet.example.org/opening",
    )
    workshop = SessionFactory(
        event=forum,
        track=track,
        type=SessionTypeFactory(),
        title={"en": "Digital inclusion of older persons", "fr": "Inclusion numérique des personnes âgées"},
        day=datetime.date(2021, 5, 18),
        at=datetime.time(14, 0),
        languages="fr",
    )  # fmt: skip
    workshop.action_lines.set([ActionLine.objects.get(code="C3")])
    cafe = SessionFactory(
        event=forum,
        track=track,
        type=SessionTypeFactory(code="knowledge_cafe", name={"en": "Knowledge café", "fr": "Café-découverte"}),
        title={"en": "Knowledge café: data governance", "fr": "Café-découverte : gouvernance des données"},
        day=datetime.date(2021, 5, 18),
        at=datetime.time(16, 0),
    )  # fmt: skip
    amina = SpeakerFactory(name="Amina Uwase", gender="woman", position="Minister of ICT")
    services.add_speaker(None, opening, amina, "speaker")
    services.add_speaker(
        None, opening, SpeakerFactory(name="Kwame Osei", gender="man"), "moderator"
    )
    services.add_speaker(None, workshop, amina, "panellist")
    return {"event": forum, "opening": opening, "workshop": workshop, "cafe": cafe, "amina": amina}
