"""Demo-like data for the no-server-error fuzzers: every route reaches real code.

An event open for registration (with approval) where Rwanda's focal point has a delegation
awaiting a decision and a seated delegate with a badge; a forum with a programme; an issued and
a draft letter. Three identities send the requests: anonymous, the secretariat, a focal point.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django.utils import timezone

from plenaria.circulars.models import Letter
from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.directory.models import FocalPoint
from plenaria.programme import services as programme_services
from plenaria.registration.badges import issue_badge
from plenaria.registration.tokens import private_url
from tests.circulars.factories import ready_letter
from tests.factories import ContactFactory, MemberStateFactory, RoomFactory
from tests.programme.factories import (
    ForumEventFactory,
    SessionFactory,
    SessionTypeFactory,
    SpeakerFactory,
    TrackFactory,
)
from tests.registration.factories import open_event, register


@dataclass
class Scene:
    event: object
    forum: object
    registrations: list
    session: object
    speaker: object
    letters: list
    private_path: str
    clients: dict[str, Client] = field(default_factory=dict)

    def path_values(self) -> dict[str, list]:
        """Real values for each name a URL pattern or API route takes."""
        return {
            "slug": [self.event.slug, self.forum.slug],
            "event_slug": [self.forum.slug, self.event.slug],
            "pk": [r.pk for r in self.registrations]
            + [self.session.pk, self.speaker.pk]
            + [letter.pk for letter in self.letters],
            "part_pk": [1],
            "token": [self.private_path.rstrip("/").rsplit("/", 1)[-1]],
            "language": ["en", "fr"],
            "kind": ["signatory", "annex", "addressee"],
        }


def _user(username: str, **extra):
    return get_user_model().objects.create_user(
        username, f"{username}@example.org", f"pw-{username}-12345", **extra
    )


def build_scene() -> Scene:
    ensure_role_groups()
    officer = _user("officer-fuzz", is_staff=True)
    officer.groups.add(Group.objects.get(name=SECRETARIAT))
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda", "fr": "Rwanda"})
    focal = _user("fp-fuzz")
    FocalPoint.objects.create(contact=ContactFactory(organisation=rwanda), user=focal)

    event = open_event(approval_required=True)
    pending = register(event, organisation=rwanda)
    seated = register(event, focal, True, organisation=rwanda)
    public = register(event, organisation=None)
    issue_badge(officer, seated)

    forum = ForumEventFactory(acronym="WSIS-FUZZ", slug="wsis-fuzz")
    track = TrackFactory(event=forum, slug="forum", name={"en": "Forum Track"})
    session = SessionFactory(
        event=forum,
        track=track,
        type=SessionTypeFactory(),
        day=datetime.date(2021, 5, 18),
        at=datetime.time(14, 0),
        room=RoomFactory(),
    )
    speaker = SpeakerFactory(name="Amina Uwase", gender="woman")
    programme_services.add_speaker(None, session, speaker, "speaker")

    draft = ready_letter()
    issued = ready_letter()
    Letter.objects.filter(pk=issued.pk).update(
        status="issued", reference="CL-23/9", number=9, issued_at=timezone.now()
    )

    anonymous, secretariat, focal_point = Client(), Client(), Client()
    # A forced login has no client address, which django-axes would record as "unknown" (and
    # PostgreSQL refuse in an address column): these tests are not about sign-in.
    with override_settings(AXES_ENABLED=False):
        secretariat.force_login(officer)
        focal_point.force_login(focal)
    return Scene(
        event=event,
        forum=forum,
        registrations=[pending, seated, public],
        session=session,
        speaker=speaker,
        letters=[issued, draft],
        private_path=private_url(pending),
        clients={"anonymous": anonymous, "secretariat": secretariat, "focal point": focal_point},
    )
