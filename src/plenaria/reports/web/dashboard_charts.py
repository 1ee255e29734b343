"""Every chart of an event's dashboard, in the sections the page shows them in."""

from django.utils.translation import gettext as _

from plenaria.reports.web import dashboard_balance as balance
from plenaria.reports.web import event_charts as charts


def sections(event, document, previous=None, previous_per_day=None, whole=None) -> list:
    """(heading, charts) pairs. ``whole`` is the whole event's figures when ``document`` is a
    delegation's part: its balance is shown beside, its letters and speakers are not."""
    lines = [(event.acronym, document["registered_per_day"])]
    if previous is not None:
        lines.append((previous.acronym, previous_per_day or []))
    found = [
        (_("Registrations over time"), [charts.curve(lines), charts.by_status(document)]),
        (
            _("Attendance"),
            [
                charts.by_mode(document),
                charts.seats(document),
                charts.breakdown(
                    document, "capacity", "capacity", _("People by capacity"), _("Attending as")
                ),
            ],
        ),
        (
            _("Where people come from"),
            [
                charts.breakdown(
                    document,
                    "category",
                    "category",
                    _("People by membership category"),
                    _("Membership category"),
                ),
                charts.breakdown(
                    document, "region", "region", _("People by ITU region"), _("ITU region")
                ),
                charts.by_grouping(document),
                charts.by_country(document),
            ],
        ),
        (_("Women and young people"), [balance.shares(document, whole)]),
        (
            _("Interpretation and check-in"),
            [charts.interpretation(document), charts.arrivals(document)],
        ),
    ]
    if whole is None:
        found.insert(4, (_("Speakers of the programme"), balance.speakers(document)))
        found.append((_("Letters"), [charts.letters(document)]))
    return found
