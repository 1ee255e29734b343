"""A membership report, whole: its title and purpose, what it covers, when its figures were
computed, its tables (with their charts) and its definitions; the page and the PDF both show
this one object, so they cannot differ."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plenaria.reports.membership import gender, participation
from plenaria.reports.membership.definitions import definitions
from plenaria.reports.membership.places import places
from plenaria.reports.membership.sums import summed
from plenaria.reports.membership.tables import Table

KINDS = ("gender", "participation")


@dataclass
class Report:
    kind: str
    title: str
    intro: str
    scope: str
    computed_at: str
    participants: int
    tables: list[Table]
    definitions: list[tuple[str, str]]


def _day(value: datetime.date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def scope(events, period: tuple | None) -> str:
    if period is None:
        event = events[0]
        opening = event.start.astimezone(ZoneInfo(event.timezone)).date()
        return _("%(acronym)s — %(title)s, opening on %(day)s") % {
            "acronym": event.acronym,
            "title": event.title,
            "day": _day(opening),
        }
    start, end = period
    return ngettext(
        "%(count)d event opening from %(start)s to %(end)s",
        "%(count)d events opening from %(start)s to %(end)s",
        len(events),
    ) % {"count": len(events), "start": _day(start), "end": _day(end)}


def texts(kind: str) -> tuple[str, str]:
    if kind == "gender":
        return _("Gender report"), _(
            "Women and young people among those who take part: the participants, the heads of "
            "delegation and the speakers, by ITU region and by membership category. These are "
            "the figures behind a report on gender mainstreaming to the membership: under "
            "Resolution 55 of the World Telecommunication Development Conference and Resolution "
            "70 of the Plenipotentiary Conference. The share of young people is given beside "
            "that of women, as the invitations ask for both in delegations."
        )
    return _("Participation report"), _(
        "Who took part, and how: in person or remotely, from which ITU regions, from the least "
        "developed, landlocked developing and small island developing States, from how many "
        "countries and from which membership categories."
    )


def build(kind: str, events, period: tuple | None = None) -> Report:
    """The report of ``kind`` over ``events`` (one event, or those of ``period``)."""
    sums = summed(events)
    title, intro = texts(kind)
    if kind == "gender":
        where, found = None, gender.tables(sums)
    else:
        where = places(sums.countries)
        found = participation.tables(sums, where)
    computed = timezone.localtime(sums.computed_at, datetime.UTC)
    return Report(
        kind=kind,
        title=title,
        intro=intro,
        scope=scope(sums.events, period),
        computed_at=f"{formats.date_format(computed, 'DATETIME_FORMAT')} UTC",
        participants=sums.overall["n"],
        tables=found,
        definitions=definitions(sums, where),
    )
