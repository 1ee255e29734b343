"""What the organiser should be warned about: they may still decide to keep it.

A room booked twice, a speaker in two places at once, a session outside the event's dates,
an all-male session, a high-level session without a woman speaker.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from plenaria.programme.choices import Gender
from plenaria.programme.models import Session, SessionSpeaker

ROOM = "room_double_booked"
SPEAKER = "speaker_in_two_places"
OUTSIDE = "outside_event_dates"
ALL_MALE = "all_male_session"
HIGH_LEVEL_NO_WOMAN = "high_level_without_woman"


@dataclass
class Alert:
    kind: str
    message: str
    sessions: list = field(default_factory=list)


@dataclass(frozen=True)
class Balance:
    women: int
    counted: int

    @property
    def share(self) -> float | None:
        """Share of women among speakers whose gender is stated; None when nobody's is."""
        return self.women / self.counted if self.counted else None

    @property
    def percent(self) -> int | None:
        return None if self.share is None else round(self.share * 100)


def balance(speakers) -> Balance:
    stated = [s for s in speakers if s.gender]
    return Balance(sum(1 for s in stated if s.gender == Gender.WOMAN), len(stated))


def _with_speakers(sessions):
    return sessions.select_related("event", "room", "type").prefetch_related(
        Prefetch("participations", queryset=SessionSpeaker.objects.select_related("speaker"))
    )


def _overlapping_pairs(sessions):
    """Pairs of sessions that overlap in time, from sessions sorted by start."""
    ordered = sorted(sessions, key=lambda s: (s.start, s.end, s.pk))
    running = []
    for session in ordered:
        running = [other for other in running if other.end > session.start]
        for other in running:
            yield other, session
        running.append(session)


def _gender_warnings(session) -> list[Alert]:
    people = [link.speaker for link in session.participations.all()]
    counted = balance(people)
    warnings = []
    if people and counted.counted == len(people) and counted.women == 0:
        warnings.append(
            Alert(
                ALL_MALE,
                _("“%(title)s” has only men speaking.") % {"title": session.title},
                [session],
            )
        )
    if session.type.is_high_level and people and counted.women == 0:
        warnings.append(
            Alert(
                HIGH_LEVEL_NO_WOMAN,
                _("The high-level session “%(title)s” has no woman speaker.")
                % {"title": session.title},
                [session],
            )
        )
    return warnings


def _outside(session) -> list[Alert]:
    event = session.event
    if session.start < event.start or session.end > event.end:
        return [
            Alert(
                OUTSIDE,
                _("“%(title)s” falls outside the event's dates.") % {"title": session.title},
                [session],
            )
        ]
    return []


def _room_warning(first, second) -> Alert:
    return Alert(
        ROOM,
        _("%(room)s is booked twice: “%(first)s” and “%(second)s” overlap.")
        % {"room": first.room.name, "first": first.title, "second": second.title},
        [first, second],
    )


def _speaker_warning(speaker, first, second) -> Alert:
    return Alert(
        SPEAKER,
        _("%(name)s is in two places at once: “%(first)s” and “%(second)s”.")
        % {"name": speaker.name, "first": first.title, "second": second.title},
        [first, second],
    )


def for_event(event) -> list[Alert]:
    """Every warning for an event's programme, in a fixed number of queries."""
    sessions = list(_with_speakers(Session.objects.filter(event=event)))
    warnings = []
    by_room, by_speaker, speakers = defaultdict(list), defaultdict(list), {}
    for session in sessions:
        warnings += _outside(session) + _gender_warnings(session)
        if session.room_id:
            by_room[session.room_id].append(session)
        for link in session.participations.all():
            by_speaker[link.speaker_id].append(session)
            speakers[link.speaker_id] = link.speaker
    for room_sessions in by_room.values():
        warnings += [_room_warning(a, b) for a, b in _overlapping_pairs(room_sessions)]
    for speaker_id, speaker_sessions in by_speaker.items():
        warnings += [
            _speaker_warning(speakers[speaker_id], a, b)
            for a, b in _overlapping_pairs(speaker_sessions)
        ]
    return warnings


def for_session(session: Session) -> list[Alert]:
    """The warnings that involve one session, including clashes with other events' sessions."""
    session = _with_speakers(Session.objects.filter(pk=session.pk)).get()
    warnings = _outside(session) + _gender_warnings(session)
    speaker_ids = [link.speaker_id for link in session.participations.all()]
    clash = Q(participations__speaker_id__in=speaker_ids)
    if session.room_id:
        clash |= Q(room_id=session.room_id)
    others = _with_speakers(
        Session.objects.filter(clash, start__lt=session.end, end__gt=session.start)
        .exclude(pk=session.pk)
        .distinct()
    )
    for other in others:
        if session.room_id and other.room_id == session.room_id:
            warnings.append(_room_warning(session, other))
        for link in other.participations.all():
            if link.speaker_id in speaker_ids:
                warnings.append(_speaker_warning(link.speaker, session, other))
    return warnings
