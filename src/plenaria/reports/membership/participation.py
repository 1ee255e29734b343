"""The participation report: in person and remote, by ITU region, by UN grouping (LDC, LLDC,
SIDS) and by membership category; how many countries took part; per event over a period."""

from django.utils.translation import gettext as _

from plenaria.reports.figures.tally import share
from plenaria.reports.membership import labels
from plenaria.reports.membership.places import Places, category_keys, region_keys
from plenaria.reports.membership.sums import Sums
from plenaria.reports.membership.tables import COUNT, SHARE, Column, Table


def _attendance_columns(*more: Column) -> list[Column]:
    return [
        Column(_("Participants")),
        Column(_("In person")),
        Column(_("Remote")),
        Column(_("Share remote"), SHARE),
        *more,
        Column(_("Share of all participants"), SHARE),
    ]


def _attendance(counts: dict, whole: int, *more) -> list:
    n = counts.get("n", 0)
    remote = counts.get("remote", 0)
    return [n, counts.get("in_person", 0), remote, share(remote, n), *more, share(n, whole)]


def overview(sums: Sums) -> Table:
    table = Table(
        "overview",
        _("Participation at a glance"),
        _("Figure"),
        [Column(_("Total")), Column(_("Share"), SHARE)],
    )
    found = sums.overall
    table.add(_("Participants"), [found["n"], None])
    table.add(_("In person"), [found["in_person"], share(found["in_person"], found["n"])])
    table.add(_("Remote"), [found["remote"], share(found["remote"], found["n"])])
    table.add(_("Countries taking part"), [len(sums.countries), None])
    return table


def by_region(sums: Sums, where: Places) -> Table:
    table = Table(
        "by-region",
        _("By ITU region"),
        _("ITU region"),
        _attendance_columns(Column(_("Countries"))),
    )
    countries: dict[str, int] = {}
    for code in sums.countries:
        region = where.regions.get(code, "")
        countries[region] = countries.get(region, 0) + 1
    found, whole = sums.by["region"], sums.overall["n"]
    for key in region_keys(found):
        table.add(labels.region(key), _attendance(found.get(key, {}), whole, countries.get(key, 0)))
    return table.draw(_("In person and remote, by ITU region"), {1: _("In person"), 2: _("Remote")})


def by_grouping(sums: Sums, where: Places) -> Table:
    table = Table(
        "by-grouping",
        _("Least developed, landlocked developing and small island developing States"),
        _("UN grouping"),
        _attendance_columns(
            Column(_("Countries taking part")), Column(_("Countries in the grouping"))
        ),
    )
    found, whole = sums.by["grouping"], sums.overall["n"]
    for grouping in where.groupings:
        members = where.members.get(grouping.code, set())
        taking_part = len(members & sums.countries)
        label = f"{grouping.code} — {grouping.name}"
        table.add(
            label, _attendance(found.get(grouping.code, {}), whole, taking_part, len(members))
        )
    return table.draw(
        _("In person and remote, by UN grouping"), {1: _("In person"), 2: _("Remote")}
    )


def by_category(sums: Sums) -> Table:
    table = Table(
        "by-category", _("By membership category"), _("Membership category"), _attendance_columns()
    )
    found, whole = sums.by["category"], sums.overall["n"]
    for key in category_keys(found):
        table.add(labels.category(key), _attendance(found.get(key, {}), whole))
    return table.draw(
        _("In person and remote, by membership category"), {1: _("In person"), 2: _("Remote")}
    )


def per_event(sums: Sums) -> Table:
    table = Table(
        "per-event",
        _("Event by event"),
        _("Event"),
        [
            Column(_("Participants")),
            Column(_("In person")),
            Column(_("Remote")),
            Column(_("Countries"), COUNT),
        ],
    )
    for event in sums.events:
        found = sums.documents[event.pk]
        counts = found["overall"]
        countries = sum(1 for code, n in found.get("by_country", {}).items() if code and n["n"])
        table.add(
            labels.event(event), [counts["n"], counts["in_person"], counts["remote"], countries]
        )
    return table.draw(
        _("In person and remote, event by event"), {1: _("In person"), 2: _("Remote")}
    )


def tables(sums: Sums, where: Places) -> list[Table]:
    found = [overview(sums), by_region(sums, where), by_grouping(sums, where), by_category(sums)]
    return [*found, per_event(sums)] if len(sums.events) > 1 else found
