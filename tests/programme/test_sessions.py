"""Sessions and speakers through the services: bad input refused, conflicts warned about."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from plenaria.core.models import AuditEntry
from plenaria.core.timezones import make_local
from plenaria.programme import conflicts, services
from plenaria.programme.models import Session, SessionSpeaker
from tests.factories import ContactFactory, RoomFactory
from tests.programme.factories import (
    ForumEventFactory,
    HighLevelTypeFactory,
    SessionFactory,
    SessionTypeFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def at(event, day, hour, minute=0):
    return make_local(datetime.date(2021, 5, day), datetime.time(hour, minute), event.timezone)


@pytest.fixture
def forum():
    return ForumEventFactory(acronym="WSIS Forum 2021", slug="wsis-forum-2021")


def new_session(event, **values):
    defaults = {
        "title": {"en": "Digital inclusion of older persons"},
        "type": SessionTypeFactory(),
        "start": at(event, 18, 10),
        "end": at(event, 18, 11),
    }
    return Session(event=event, **{**defaults, **values})


def test_a_valid_session_is_saved_and_logged(forum):
    session = new_session(forum, languages="en, fr")
    assert services.save_session(None, session) == []
    session.refresh_from_db()
    assert session.languages == "en fr"
    assert session.local().times == "10:00–11:00 CEST (UTC+2)"
    assert AuditEntry.objects.filter(action="create", object_id=str(session.pk)).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e, s: {"end": s.start}, "must end after it starts"),
        (lambda e, s: {"start": at(e, 16, 10), "end": at(e, 16, 11)}, "within the event's dates"),
        (lambda e, s: {"start": at(e, 21, 23), "end": at(e, 22, 1)}, "within the event's dates"),
        (lambda e, s: {"languages": "en xx"}, "Unknown language code: xx"),
    ],
    ids=["ends-before-start", "before-the-event", "after-the-event", "unknown-language"],
)
def test_bad_sessions_are_refused_and_nothing_changes(forum, change, message):
    session = new_session(forum)
    for key, value in change(forum, session).items():
        setattr(session, key, value)
    with pytest.raises(ValidationError, match=message):
        services.save_session(None, session)
    assert not Session.objects.exists() and not AuditEntry.objects.exists()


def test_a_track_of_another_event_is_refused(forum):
    from tests.programme.factories import TrackFactory

    with pytest.raises(ValidationError, match="another event"):
        services.save_session(None, new_session(forum, track=TrackFactory()))


def test_a_speaker_added_twice_is_refused(forum):
    session, speaker = SessionFactory(event=forum), SpeakerFactory(name="Amina Uwase")
    services.add_speaker(None, session, speaker, "moderator")
    with pytest.raises(ValidationError, match="Amina Uwase is already a speaker"):
        services.add_speaker(None, session, speaker, "panellist")
    assert list(SessionSpeaker.objects.values_list("role", flat=True)) == ["moderator"]


def kinds(alerts):
    return sorted(alert.kind for alert in alerts)


def test_a_room_booked_twice_is_a_warning_not_a_refusal(forum):
    room = RoomFactory()
    first = SessionFactory(event=forum, room=room, at=datetime.time(10, 0), minutes=90)
    second = new_session(forum, room=room, start=at(forum, 18, 11), end=at(forum, 18, 12))
    alerts = services.save_session(None, second)
    assert kinds(alerts) == [conflicts.ROOM]
    assert "Popov Room is booked twice" in alerts[0].message
    assert Session.objects.count() == 2
    # Back to back is no clash.
    second.start, second.end = at(forum, 18, 11, 30), at(forum, 18, 12, 30)
    assert services.save_session(None, second) == []
    assert kinds(conflicts.for_event(forum)) == []
    first.end = at(forum, 18, 11, 45)
    first.save()
    assert kinds(conflicts.for_event(forum)) == [conflicts.ROOM]


def test_a_speaker_in_two_places_at_once_even_across_events(forum):
    other_event = ForumEventFactory()
    person = SpeakerFactory(name="Kwame Osei", gender="man")
    woman = SpeakerFactory()
    morning = SessionFactory(event=forum, at=datetime.time(9, 0), minutes=120)
    elsewhere = SessionFactory(event=other_event, at=datetime.time(10, 0))
    services.add_speaker(None, morning, woman)
    services.add_speaker(None, morning, person)
    _link, alerts = services.add_speaker(None, elsewhere, person)
    assert kinds(alerts) == [conflicts.ALL_MALE, conflicts.SPEAKER]
    assert any("Kwame Osei is in two places at once" in a.message for a in alerts)
    assert conflicts.SPEAKER in kinds(
        conflicts.for_event(other_event) + conflicts.for_session(morning)
    )


def test_gender_balance_and_its_warnings(forum):
    high_level = SessionFactory(event=forum, type=HighLevelTypeFactory())
    men = [SpeakerFactory(gender="man") for _ in range(3)]
    for man in men:
        services.add_speaker(None, high_level, man)
    assert kinds(conflicts.for_session(high_level)) == [
        conflicts.ALL_MALE,
        conflicts.HIGH_LEVEL_NO_WOMAN,
    ]
    _link, alerts = services.add_speaker(None, high_level, SpeakerFactory(gender=""))
    assert kinds(alerts) == [conflicts.HIGH_LEVEL_NO_WOMAN]  # one gender unknown: not all-male
    _link, alerts = services.add_speaker(None, high_level, SpeakerFactory(gender="woman"))
    assert alerts == []
    speakers = [link.speaker for link in high_level.participations.all()]
    assert conflicts.balance(speakers).percent == 25  # 1 woman of 4 whose gender is stated


def test_a_session_outside_the_dates_after_the_event_moved_is_warned_about(forum):
    session = SessionFactory(event=forum, day=datetime.date(2021, 5, 21))
    forum.end = at(forum, 20, 18)
    forum.save()
    assert kinds(conflicts.for_event(forum)) == [conflicts.OUTSIDE]
    assert kinds(conflicts.for_session(session)) == [conflicts.OUTSIDE]


def test_a_contact_of_the_directory_becomes_a_speaker_once(forum):
    contact = ContactFactory(
        title="Ms", first_name="Amina", last_name="Uwase", job_title="Director"
    )
    speaker = services.speaker_from_contact(None, contact, gender="woman")
    assert (speaker.name, speaker.position, speaker.organisation) == (
        "Ms Amina Uwase",
        "Director",
        contact.organisation,
    )
    assert services.speaker_from_contact(None, contact) == speaker
