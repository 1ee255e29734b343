"""The figures of one or more events added up: every tally and every count of the programme's
speakers summed over the events, read from their snapshots (one query whatever the number of
registrations), with each event's own document kept for the lines per event."""

import datetime
from dataclasses import dataclass, field

from plenaria.reports.figures import snapshots, tally

BREAKDOWNS = ("mode", "capacity", "category", "region", "grouping", "country")


@dataclass
class Sums:
    events: list
    documents: dict  # event pk → its figures
    overall: dict = field(default_factory=tally.empty)
    by: dict = field(default_factory=lambda: {name: {} for name in BREAKDOWNS})
    speakers: dict = field(default_factory=dict)
    computed_at: datetime.datetime | None = None

    @property
    def countries(self) -> set[str]:
        """The countries with at least one participant ("" — not known — is not one)."""
        return {code for code, found in self.by["country"].items() if code and found["n"]}


def _add_speakers(into: dict, found: dict) -> None:
    for part in ("overall", "high_level"):
        into.setdefault(part, {"n": 0, "women": 0})
        for key in ("n", "women"):
            into[part][key] += found.get(part, {}).get(key, 0)
    for group in ("by_region", "by_type"):
        for code, count in found.get(group, {}).items():
            slot = into.setdefault(group, {}).setdefault(code, {"n": 0, "women": 0})
            slot["n"] += count["n"]
            slot["women"] += count["women"]


def summed(events) -> Sums:
    """The sums over ``events``; computed_at is the oldest of their documents' times, the
    moment from which every figure shown is at least as recent."""
    events = list(events)
    documents = snapshots.figures_of(events)
    sums = Sums(events=events, documents=documents)
    _add_speakers(sums.speakers, {})
    for event in events:
        document = documents[event.pk]
        tally.merge(sums.overall, document["overall"])
        for name in BREAKDOWNS:
            for key, found in document.get(f"by_{name}", {}).items():
                tally.merge(sums.by[name].setdefault(key, tally.empty()), found)
        _add_speakers(sums.speakers, document.get("speakers", {}))
        computed = datetime.datetime.fromisoformat(document["computed_at"])
        if sums.computed_at is None or computed < sums.computed_at:
            sums.computed_at = computed
    return sums
