"""The names of the rows of a report, in the active language."""

from django.utils.translation import gettext as _

from plenaria.directory.choices import ItuRegion, MembershipCategory
from plenaria.reports.figures.people import UNKNOWN


def region(key: str) -> str:
    return str(dict(ItuRegion.choices).get(key, key)) if key != UNKNOWN else _("Not known")


def category(key: str) -> str:
    if key == UNKNOWN:
        return _("Not known")
    return str(dict(MembershipCategory.choices).get(key, key))


def event(event) -> str:
    return event.acronym
