"""The charts of an event's dashboard, built from its figures document (see
``figures/event.py``): who registered, when, from where, and in which capacity."""

from django.utils import formats
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from plenaria.core.charts import BarChart, Line, LineChart, Series
from plenaria.reports.figures.timeline import cumulative
from plenaria.reports.web import dashboard_labels as labels


def with_empty(chart, text: str):
    """``chart`` with the sentence shown in its place when it has nothing to draw."""
    chart.empty_text = text
    return chart


def bars(name, title, heading, pairs, series_label=None, empty=None) -> BarChart:
    """One series of bars from (label, value) pairs."""
    chart = BarChart(
        name=name,
        title=title,
        categories=[label for label, _value in pairs],
        series=[Series(series_label or _("People"), [value for _label, value in pairs])],
        heading=heading,
    )
    return with_empty(chart, empty or _("No one is registered yet: nothing to count."))


def curve(lines: list[tuple[str, list]]) -> LineChart:
    """Registrations received so far, by days before the opening, one line per edition."""
    chart = LineChart(
        name="registrations",
        title=_("Registrations received, cumulative, by days before the opening"),
        x_label=_("Days before the opening"),
        y_label=_("Registrations"),
        lines=[Line(label, cumulative(per_day)) for label, per_day in lines if per_day],
        reversed_x=True,
    )
    return with_empty(chart, _("No registration received yet: the curve starts with the first."))


def _count(breakdown: dict) -> dict:
    return {key: found["n"] for key, found in breakdown.items() if found["n"]}


def by_status(document) -> BarChart:
    counts = {code: n for code, n in document["by_status"].items() if n}
    return bars(
        "status",
        _("Registrations by status"),
        _("Status"),
        labels.ordered("status", counts),
        series_label=_("Registrations"),
        empty=_("No registration received yet."),
    )


def by_mode(document) -> BarChart:
    """Active registrations per attendance mode beside each mode's capacity."""
    counts = _count(document["by_mode"])
    capacity = document["capacity"]
    # Both modes side by side once anyone is registered: an empty mode is a figure too.
    modes = {mode: mode for mode in ("in_person", "remote")} if counts else {}
    rows = labels.ordered("mode", modes)
    chart = BarChart(
        name="mode",
        title=_("Attendance mode and capacity"),
        categories=[label for label, _mode in rows],
        series=[
            Series(_("Registered"), [counts.get(mode, 0) for _label, mode in rows]),
            Series(_("Capacity"), [capacity.get(mode) for _label, mode in rows]),
        ],
        heading=_("Attendance"),
    )
    return with_empty(chart, _("No one is registered yet: nothing to count."))


def seats(document) -> BarChart:
    capacity = document["capacity"]
    pairs = []
    if capacity["seated"] or capacity["waiting"]:
        pairs.append((_("Seats taken"), capacity["seated"]))
        if capacity.get("in_person"):
            pairs.append((_("Seats in the room"), capacity["in_person"]))
        pairs.append((_("On the waiting list"), capacity["waiting"]))
    return bars(
        "seats",
        _("Seats in the room"),
        _("Seats"),
        pairs,
        empty=_("No seat taken and no one waiting yet."),
    )


def breakdown(document, kind: str, name: str, title: str, heading: str) -> BarChart:
    return bars(name, title, heading, labels.ordered(kind, _count(document[f"by_{kind}"])))


def by_grouping(document) -> BarChart:
    return bars(
        "groupings",
        _("People from the least developed, landlocked and small island countries"),
        _("Grouping"),
        labels.groupings(_count(document["by_grouping"])),
        empty=_("No one registered from a least developed, landlocked or small island country."),
    )


def by_country(document) -> BarChart:
    found = labels.countries(_count(document["by_country"]))
    found.sort(key=lambda pair: -pair[1])  # stable: equal counts stay in name order
    return bars("countries", _("People by country"), _("Country"), found)


def interpretation(document) -> BarChart:
    demand = document["interpretation"]
    rows = labels.ordered("language", demand)
    chart = BarChart(
        name="interpretation",
        title=_("Interpretation asked for, per language"),
        categories=[label for label, _found in rows],
        series=[
            Series(_("In person"), [found["in_person"] for _label, found in rows]),
            Series(_("Remote"), [found["remote"] for _label, found in rows]),
        ],
        heading=_("Language"),
    )
    return with_empty(chart, _("No one has asked for interpretation yet."))


def arrivals(document) -> BarChart:
    """People checked in each day, against the people holding a seat."""
    days = document["arrivals_per_day"]
    seated = document["capacity"]["seated"]
    chart = BarChart(
        name="arrivals",
        title=_("Check-ins per day"),
        categories=[formats.date_format(parse_date(day), "DATE_FORMAT") for day, _n in days],
        series=[
            Series(_("Checked in"), [n for _day, n in days]),
            Series(_("Holding a seat"), [seated for _day in days]),
        ],
        heading=_("Day"),
    )
    return with_empty(chart, _("No one has checked in yet: arrivals appear from the first day."))


def letters(document) -> BarChart:
    """Each letter sent for the event, with its deliveries by state."""
    found = document.get("letters", [])
    fields = (
        ("delivered", _("Delivered")),
        ("bounced", _("Bounced")),
        ("failed", _("Failed")),
        ("waiting", _("Waiting")),
    )
    chart = BarChart(
        name="letters",
        title=_("Letters sent for the event"),
        categories=[row["reference"] or _("Letter %(id)s") % {"id": row["id"]} for row in found],
        series=[Series(label, [row[field] for row in found]) for field, label in fields],
        heading=_("Letter"),
    )
    return with_empty(
        chart, _("No letter concerns this event yet — write one at the letters desk.")
    )
