from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from plenaria.core.timezones import shown_in, timezone_choices

register = template.Library()


@register.filter
def in_zone(event, zone_name):
    """The event's start and end as ``zone_name`` sees them (empty when no zone is set)."""
    if not zone_name or zone_name == event.timezone:
        return None
    return shown_in(event.start, event.end, zone_name, event.times_announced)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (for pagination and filters)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return f"?{query.urlencode()}" if query else "?"


@register.simple_tag(takes_context=True)
def query_pairs(context, *left_out):
    """(name, value) of every query parameter but ``left_out``, for hidden form fields.

    A template cannot loop over ``request.GET.items``: ``?items=1`` makes that lookup the
    parameter's value, and the page fail."""
    request = context.get("request")
    if request is None:
        return []
    return [
        (name, value)
        for name, values in request.GET.lists()
        if name not in left_out
        for value in values
    ]


@register.simple_tag(takes_context=True)
def unprefixed_path(context):
    """This page's path without its language prefix: after a language change, the locale
    middleware sends the visitor to the same page in the language they chose."""
    request = context.get("request")
    if request is None:  # an error page rendered without its request (Django's 400)
        return "/"
    prefix = f"/{context.get('LANGUAGE_CODE', '')}/"
    path = request.get_full_path()
    return "/" + path[len(prefix) :] if path.startswith(prefix) else path


@register.simple_tag
def timezone_options(selected: str | None):
    """The <option>s of every IANA zone; built in Python because a template loop over
    some 600 zones would dominate the page's time."""
    options = format_html_join("", '<option value="{}">{}</option>', timezone_choices())
    if selected:
        marker = f'<option value="{selected}">'
        options = mark_safe(options.replace(marker, f'<option value="{selected}" selected>', 1))
    return options


# Bidi isolation: in a right-to-left page a run of digits and Latin letters takes the line's
# direction at its edges, so "09:45–10:00" is shown "10:00–09:45" and a quotation mark or a
# number next to an English phrase jumps to the other end. Isolating the run at its source keeps
# its own order, whatever the language around it.


@register.filter
def ltr(value):
    """A run that always reads left to right: a time range, a reference (CL-23/9), an e-mail
    address, a URL, an acronym, a page count."""
    if value is None or value == "":
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.filter
def isolated(value):
    """Text whose direction is its own (a name, a title in another language): set apart so that
    it neither takes the line's direction nor pulls the quotation marks and numbers beside it."""
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def shown(span):
    """A start and end as a zone shows them: the dates, then the times as one left-to-right run."""
    if not span:
        return ""
    if not span.times:
        return span.dates
    return format_html('{}, <bdi dir="ltr">{}</bdi>', span.dates, span.times)
