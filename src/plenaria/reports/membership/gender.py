"""The gender report: women, and young people, among the participants, the heads of
delegation and the speakers, overall, by ITU region and by membership category, and per event
over a period. Shares only; the counts behind them are in the same rows."""

from django.utils.translation import gettext as _

from plenaria.reports.figures.tally import share
from plenaria.reports.membership import labels
from plenaria.reports.membership.places import category_keys, region_keys
from plenaria.reports.membership.sums import Sums
from plenaria.reports.membership.tables import COUNT, SHARE, Column, Table

# The people each breakdown counts, as (column name, tally field of everyone, of the women,
# of the young); the tally's fields are those of ``figures.tally``.
GROUPS = (
    ("participants", "n", "women", "young"),
    ("heads", "heads", "heads_women", "heads_young"),
    ("speakers", "speakers", "speakers_women", "speakers_young"),
)


def _group_names() -> dict[str, str]:
    return {
        "participants": _("Participants"),
        "heads": _("Heads of delegation"),
        "speakers": _("Registered speakers"),
    }


def overview(sums: Sums) -> Table:
    table = Table(
        "overview",
        _("Women and young people at a glance"),
        _("Who"),
        [
            Column(_("All")),
            Column(_("Women")),
            Column(_("Share of women"), SHARE),
            Column(_("Young people")),
            Column(_("Share of young people"), SHARE),
        ],
    )
    names, found = _group_names(), sums.overall
    for group, everyone, women, young in GROUPS:
        n = found[everyone]
        values = [n, found[women], share(found[women], n), found[young], share(found[young], n)]
        table.add(names[group], values)
    programme = sums.speakers
    for label, part in (
        (_("Speakers in the programme"), programme["overall"]),
        (_("Speakers in the programme's high-level segment"), programme["high_level"]),
    ):
        table.add(label, [part["n"], part["women"], share(part["women"], part["n"]), None, None])
    return table.draw(
        _("Share of women and of young people"), {2: _("Women"), 4: _("Young people")}
    )


def _by(sums: Sums, breakdown: str, keys, label, measure: str) -> Table:
    """Women (``measure`` = "women") or young people among each group, one row per key."""
    names = _group_names()
    heading = _("ITU region") if breakdown == "region" else _("Membership category")
    who = _("Women") if measure == "women" else _("Young people")
    columns = []
    for group, *_fields in GROUPS:
        columns += [Column(names[group]), Column(who), Column(_("Share"), SHARE)]
    title = {
        ("region", "women"): _("Women by ITU region"),
        ("category", "women"): _("Women by membership category"),
        ("region", "young"): _("Young people by ITU region"),
        ("category", "young"): _("Young people by membership category"),
    }[breakdown, measure]
    table = Table(f"{measure}-by-{breakdown}", title, heading, columns)
    found = sums.by[breakdown]
    for key in keys(found):
        counts = found.get(key, {})
        values = []
        for _group, everyone, women, young in GROUPS:
            n, part = counts.get(everyone, 0), counts.get(women if measure == "women" else young, 0)
            values += [n, part, share(part, n)]
        table.add(label(key), values)
    chart_title = (
        _("Share of women among participants, heads of delegation and registered speakers")
        if measure == "women"
        else _(
            "Share of young people among participants, heads of delegation and registered speakers"
        )
    )
    # Short series names: the chart's title says whom they stand for.
    return table.draw(chart_title, {2: _("Participants"), 5: _("Heads"), 8: _("Speakers")})


def programme_speakers(sums: Sums) -> Table:
    table = Table(
        "programme-speakers",
        _("Speakers in the programme"),
        _("Who"),
        [Column(_("Speakers")), Column(_("Women")), Column(_("Share of women"), SHARE)],
    )
    found = sums.speakers
    rows = [(_("All speakers"), found["overall"]), (_("High-level segment"), found["high_level"])]
    by_region = found.get("by_region", {})
    rows += [
        (labels.region(key), by_region.get(key, {"n": 0, "women": 0}))
        for key in region_keys(by_region)
    ]
    for label, count in rows:
        table.add(label, [count["n"], count["women"], share(count["women"], count["n"])])
    return table.draw(_("Share of women among the programme's speakers"), {2: _("Women")})


def per_event(sums: Sums) -> Table:
    table = Table(
        "per-event",
        _("Event by event"),
        _("Event"),
        [
            Column(_("Participants"), COUNT),
            Column(_("Women"), SHARE),
            Column(_("Women among heads of delegation"), SHARE),
            Column(_("Women among registered speakers"), SHARE),
            Column(_("Women among the programme's speakers"), SHARE),
            Column(_("Young people"), SHARE),
        ],
    )
    for event in sums.events:
        found = sums.documents[event.pk]
        counts, programme = found["overall"], found.get("speakers", {}).get("overall", {})
        table.add(
            labels.event(event),
            [
                counts["n"],
                share(counts["women"], counts["n"]),
                share(counts["heads_women"], counts["heads"]),
                share(counts["speakers_women"], counts["speakers"]),
                share(programme.get("women", 0), programme.get("n", 0)),
                share(counts["young"], counts["n"]),
            ],
        )
    return table.draw(
        _("Share of women among participants, heads of delegation and the programme's speakers"),
        {1: _("Participants"), 2: _("Heads"), 4: _("Programme")},
    )


def tables(sums: Sums) -> list[Table]:
    found = [
        overview(sums),
        _by(sums, "region", region_keys, labels.region, "women"),
        _by(sums, "category", category_keys, labels.category, "women"),
        programme_speakers(sums),
        _by(sums, "region", region_keys, labels.region, "young"),
        _by(sums, "category", category_keys, labels.category, "young"),
    ]
    return [*found, per_event(sums)] if len(sums.events) > 1 else found
