"""The open-data document of an event, and of a series edition by edition: aggregate counts
only (never a person, never a delegation, never a country: a country's few delegates could be
named), each small count suppressed (``suppression``)."""

from django.conf import settings
from django.utils.translation import gettext as _

from plenaria.directory.choices import ItuRegion, MembershipCategory
from plenaria.registration.choices import Mode
from plenaria.reports.open_data.suppression import (
    min_count,
    published_share,
    suppress_column,
    suppress_total,
)

# Each published count and the field of the tally it is read from.
COUNTS = {"participants": "n", "women": "women", "young": "young"}
SHARES = {"women_share": "women", "young_share": "young"}
BREAKDOWNS = ("mode", "region", "category", "grouping")
DEFAULT_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def licence() -> dict:
    name, url = getattr(settings, "PLENARIA_OPEN_DATA_LICENCE", DEFAULT_LICENCE)
    return {"name": name, "url": url}


def _labels(breakdown: str) -> dict:
    return {
        "mode": dict(Mode.choices),
        "region": dict(ItuRegion.choices),
        "category": dict(MembershipCategory.choices),
    }.get(breakdown, {})


def _rows(tallies: list[tuple[str, str, dict]]) -> list[dict]:
    """One row per (key, label, tally), each count column suppressed as a whole."""
    columns = {
        name: suppress_column([found[field] for _key, _label, found in tallies])
        for name, field in COUNTS.items()
    }
    rows = []
    for index, (key, label, _tally) in enumerate(tallies):
        row = {"key": key, "label": label, **{name: columns[name][index] for name in COUNTS}}
        rows.append(_with_shares(row))
    return rows


def _with_shares(row: dict) -> dict:
    for share, part in SHARES.items():
        row[share] = published_share(row[part], row["participants"])
    row["suppressed"] = [name for name in (*COUNTS, *SHARES) if row[name] is None]
    return row


def _breakdown(figures: dict, breakdown: str) -> list[dict]:
    found = figures.get(f"by_{breakdown}", {})
    labels = _labels(breakdown)
    tallies = [
        (key or "unknown", str(labels.get(key, key)) if key else _("Not known"), tally)
        for key, tally in sorted(found.items())
    ]
    return _rows(tallies)


def definitions(figures: dict) -> dict:
    given = figures.get("definitions", {})
    low, high = given.get("youth_min_age"), given.get("youth_max_age")
    if low is None or high is None:
        young = _("Not counted: the event took no registrations with a year of birth.")
    else:
        young = _(
            "Aged %(low)s to %(high)s in %(year)s, from the year of birth given at registration."
        ) % {"low": low, "high": high, "year": given.get("reference_year")}
    return {
        "young": young,
        "participation": _(
            "A registration counts once it is received and while it is neither rejected nor "
            "cancelled (statuses: %(statuses)s)."
        )
        % {"statuses": ", ".join(given.get("active_statuses", []))},
    }


def event_document(event, figures: dict) -> dict:
    overall = figures["overall"]
    totals = {name: suppress_total(overall[field]) for name, field in COUNTS.items()}
    return {
        "event": {
            "slug": event.slug,
            "acronym": event.acronym,
            "title": str(event.title),
            "opening": event.start.date().isoformat(),
            "series": event.series.acronym if event.series_id else None,
        },
        "computed_at": figures["computed_at"],
        "definitions": definitions(figures),
        "totals": _with_shares({"key": "total", "label": _("All participants"), **totals}),
        "breakdowns": {name: _breakdown(figures, name) for name in BREAKDOWNS},
    }


def publication(documents: list[dict]) -> dict:
    """The envelope every download carries: licence, threshold, method, and the events."""
    return {
        "licence": licence(),
        "min_count": min_count(),
        "suppression": _(
            "A count below %(min)d is not published (null); when it is the only one hidden in "
            "a column of a breakdown, the next smallest count of that column is hidden too, so "
            "that it cannot be found by subtraction. A share is published only when both its "
            "counts are."
        )
        % {"min": min_count()},
        "computed_at": min((doc["computed_at"] for doc in documents), default=None),
        "events": documents,
    }


def tables(document: dict) -> list[tuple[str, list[dict]]]:
    """The document's rows as the page shows them: one titled group per breakdown."""
    titles = {
        "mode": _("Attendance"),
        "region": _("ITU region"),
        "category": _("Membership category"),
        "grouping": _("UN grouping (LDC, LLDC, SIDS)"),
    }
    found = document["breakdowns"]
    return [(_("Overall"), [document["totals"]])] + [
        (titles[name], found[name]) for name in BREAKDOWNS
    ]
