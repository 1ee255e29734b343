"""Session lists as plain rows, for pages that show hundreds of sessions at once.

Model instances and template tags cost more than the page can afford at a thousand sessions;
the lists read only the columns they show (three queries whatever the number of sessions)
and hand the template dictionaries whose strings are ready to print.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from plenaria.core.timezones import get_zone, shown_in
from plenaria.events.choices import EventFormat
from plenaria.events.models import Room
from plenaria.programme.choices import SpeakerRole
from plenaria.programme.models import ActionLine, Session, SessionSpeaker, SessionType, Track

COLUMNS = ("pk", "title", "start", "end", "format", "languages", "type_id", "track_id", "room_id")


def short_languages(codes: str) -> str:
    """Language codes as a reader knows them: "EN ZH", never "ZH-HANS"."""
    return " ".join(code.split("-")[0].upper() for code in codes.split())


def language_names(codes: str) -> list[str]:
    """The languages' names in the reader's language, the code where the name is unknown."""
    names = dict(settings.LANGUAGES)
    return [str(names.get(code, code.upper())) for code in codes.split()]


def _speakers_by_session(pks, base: str) -> dict[int, list[dict]]:
    roles = {value: str(label).lower() for value, label in SpeakerRole.choices}
    roles[SpeakerRole.SPEAKER] = ""  # the usual role is not written out
    rows = (
        SessionSpeaker.objects.filter(session_id__in=pks)
        .order_by("order", "id")
        .values_list("session_id", "speaker_id", "speaker__name", "role")
    )
    out: dict[int, list[dict]] = {}
    for session_id, speaker_id, name, role in rows:
        out.setdefault(session_id, []).append(
            {"name": name, "url": f"{base}speakers/{speaker_id}/", "role": roles.get(role, "")}
        )
    return out


def _action_lines_by_session(pks, language: str) -> dict[int, list[dict]]:
    # The eleven lines are read once; each session only names theirs.
    lines = {
        line.pk: {"code": line.code, "name": line.name.in_language(language)}
        for line in ActionLine.objects.all()
    }
    pairs = (
        Session.action_lines.through.objects.filter(session_id__in=pks)
        .order_by("actionline_id")
        .values_list("session_id", "actionline_id")
    )
    out: dict[int, list[dict]] = {}
    for session_id, line_id in pairs:
        out.setdefault(session_id, []).append(lines[line_id])
    return out


def _names(queryset, language: str) -> dict[int, str]:
    return {pk: name.in_language(language) for pk, name in queryset.values_list("pk", "name")}


def rows(sessions, event, *, viewer_zone=None, starred=()) -> list[dict]:
    """The sessions of ``sessions`` (a queryset) as dictionaries for the session cards.

    Types, tracks, rooms and Action Lines are few: they are read once and named by id,
    rather than joined and decoded again on every row.
    """
    base = reverse("programme:programme", kwargs={"event_slug": event.slug})
    zone = get_zone(event.timezone)
    other_zone = viewer_zone if viewer_zone and viewer_zone != event.timezone else None
    formats = dict(EventFormat.choices)
    starred = set(starred)
    your_time = _("your time: %(times)s")
    language = get_language()
    values = list(sessions.values(*COLUMNS))
    pks = [value["pk"] for value in values]
    speakers = _speakers_by_session(pks, base)
    lines = _action_lines_by_session(pks, language)
    types = _names(SessionType.objects.all(), language)
    tracks = {
        track.pk: ((track.order, track.pk), track.name.in_language(language))
        for track in Track.objects.filter(event=event)
    }
    rooms = _names(Room.objects.filter(pk__in={v["room_id"] for v in values} - {None}), language)
    out = []
    for value in values:
        pk, title = value["pk"], value["title"]
        track_key, track = tracks.get(value["track_id"], ((10_000, 0), ""))
        out.append(
            {
                "pk": pk,
                "title": title.in_language(language),
                "lang": title.language_of(language),
                "start": value["start"],
                "day": value["start"].astimezone(zone).date(),
                "times": shown_in(value["start"], value["end"], event.timezone).times,
                "mine": your_time
                # Isolated (LRI…PDI) so the range keeps its order inside a right-to-left sentence.
                % {
                    "times": f"\u2066{shown_in(value['start'], value['end'], other_zone).times}\u2069"
                }
                if other_zone
                else "",
                "url": f"{base}sessions/{pk}/",
                "star_url": f"{base}sessions/{pk}/star/",
                "type": types.get(value["type_id"], ""),
                "track": track,
                "track_key": track_key,
                "room": rooms.get(value["room_id"], ""),
                "format": value["format"],
                "format_label": formats.get(value["format"], ""),
                "languages": short_languages(value["languages"]),
                "action_lines": lines.get(pk, []),
                "speakers": speakers.get(pk, []),
                "starred": pk in starred,
            }
        )
    return out


def labels() -> dict:
    """The star button's two states, written once per page."""
    return {"on": "★ " + _("In my agenda"), "off": "☆ " + _("Add to my agenda")}


def grouped(session_rows: list[dict], by_track: bool) -> list[tuple]:
    """Rows under headings: their local day (a date), or their track's name."""
    groups: dict = {}
    for row in session_rows:
        if by_track:
            key = (row["track_key"], row["track"] or _("No track"))
        else:
            key = (row["day"], row["day"])
        groups.setdefault(key, []).append(row)
    return [(key[1], items) for key, items in sorted(groups.items(), key=lambda kv: kv[0][0])]


EXPORT_COLUMNS = (
    "pk", "uid", "title", "description", "start", "end", "updated_at", "languages",
    "type__name", "track_id", "track__name", "room__name",
)  # fmt: skip


TRANSLATED_COLUMNS = ("title", "description", "type__name", "track__name", "room__name")


def export_rows(sessions, language: str | None = None) -> list[dict]:
    """What the exports need of each session, texts in ``language``, speakers in order."""
    language = language or get_language()
    values = list(sessions.values(*EXPORT_COLUMNS))
    names: dict[int, list[tuple[int, str]]] = {}
    speaking = (
        SessionSpeaker.objects.filter(session_id__in=[value["pk"] for value in values])
        .order_by("order", "id")
        .values_list("session_id", "speaker_id", "speaker__name")
    )
    for session_id, speaker_id, name in speaking:
        names.setdefault(session_id, []).append((speaker_id, name))
    for value in values:
        for column in TRANSLATED_COLUMNS:
            text = value[column]
            value[column] = text.in_language(language) if text is not None else ""
        value["speakers"] = names.get(value["pk"], [])
        value["language_codes"] = value["languages"].split()
    return values
