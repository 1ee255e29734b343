"""Filters for the registration pages and mail: a deadline in the event's own time, and text
that can never break out of its line."""

import re

from django import template
from django.utils import formats, timezone

from plenaria.core.timezones import format_time, get_zone, zone_label
from plenaria.core.validators import HIDDEN, SINGLE_LINE_CONTROL

register = template.Library()


@register.filter
def in_event_zone(moment, event) -> str:
    """“3 December 2026, 14:30 CET (UTC+1)”: a moment as the event's time zone shows it."""
    if not moment:
        return ""
    local = timezone.localtime(moment, get_zone(event.timezone))
    return f"{formats.date_format(local, 'DATE_FORMAT')}, {format_time(local)} {zone_label(local)}"


@register.filter
def one_line(text) -> str:
    """The text on one line: control characters (line breaks among them) become spaces and
    invisible direction or format characters are dropped. Names are one line already (see
    ``core.validators``); this keeps a mail's layout safe whatever is stored."""
    text = HIDDEN.sub("", str(text or ""))
    return re.sub(r"\s+", " ", SINGLE_LINE_CONTROL.sub(" ", text)).strip()
