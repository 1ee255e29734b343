from django import template

from plenaria.core.timezones import shown_in

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
def unprefixed_path(context):
    """This page's path without its language prefix: after a language change, the locale
    middleware sends the visitor to the same page in the language they chose."""
    request = context["request"]
    prefix = f"/{context.get('LANGUAGE_CODE', '')}/"
    path = request.get_full_path()
    return "/" + path[len(prefix) :] if path.startswith(prefix) else path
