"""Showing organisers' text in the reader's language, or saying which language it is in.

A text shown in another language than the page's carries ``lang`` so that screen readers
pronounce it right; where a reader could be misled (an event's title or theme), a short note
says which language they are reading.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from plenaria.core.translation import TranslatedText, language_name

register = template.Library()


def _translated(value) -> TranslatedText:
    return value if isinstance(value, TranslatedText) else TranslatedText(value or {})


@register.filter
def with_lang(value):
    """The text for the reader, in a ``<bdi lang>`` when it is in another language: marked for
    screen readers, and isolated so that an English title keeps its order in an Arabic line."""
    text = _translated(value)
    code, shown = text.pick()
    if not text.is_fallback():
        return shown
    return format_html('<bdi lang="{}">{}</bdi>', code, shown)


@register.simple_tag
def fallback_note(value):
    """ " (in English)" after a text the reader gets in another language; else nothing."""
    text = _translated(value)
    if not text.is_fallback():
        return ""
    note = _("(in %(language)s)") % {"language": language_name(text.language_of())}
    return format_html(
        ' <span class="fallback-note" lang="{}">{}</span>', translation.get_language(), note
    )
