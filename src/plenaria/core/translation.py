"""Text that organisers write once per language (titles, themes, names).

A translated value is a mapping from language code to text, stored as JSON so that adding
a language never changes the schema. Reading it picks the reader's language, then the
languages of the ``PLENARIA_CONTENT_FALLBACK`` setting in their order, then whatever
language has text: a title is never shown blank while some version of it exists.
"""

from collections.abc import Mapping

from django.conf import settings
from django.utils import translation

DEFAULT_FALLBACK = ("en", "fr", "es", "ar", "ru", "zh-hans")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def fallback_languages() -> list[str]:
    """The setting's order, keeping only the site's languages (a code mistyped there is
    skipped rather than breaking every page)."""
    known = language_codes()
    wanted = getattr(settings, "PLENARIA_CONTENT_FALLBACK", DEFAULT_FALLBACK)
    return [code for code in wanted if code in known]


def language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


class TranslatedText(dict):
    """A dict of language code → text whose ``str()`` is the text for the active language."""

    def __init__(self, value: Mapping[str, str] | str | None = None):
        if isinstance(value, str):
            value = {settings.LANGUAGE_CODE: value}
        cleaned = {
            lang: text.strip() for lang, text in (value or {}).items() if text and text.strip()
        }
        super().__init__(cleaned)

    def pick(self, language: str | None = None) -> tuple[str, str]:
        """``(code, text)`` shown to a reader of ``language``; ``("", "")`` when empty.

        The one place where a version is chosen: every other reading goes through here."""
        wanted = language or translation.get_language() or settings.LANGUAGE_CODE
        for code in (wanted, wanted.split("-")[0], *fallback_languages()):
            if self.get(code):
                return code, self[code]
        return next(iter(self.items()), ("", ""))

    def in_language(self, language: str | None = None) -> str:
        return self.pick(language)[1]

    def language_of(self, language: str | None = None) -> str:
        """The language actually shown for ``language`` (for a ``lang`` attribute); empty
        when there is no text, which a ``lang`` attribute reads as "unknown"."""
        return self.pick(language)[0]

    def is_fallback(self, language: str | None = None) -> bool:
        """Whether the reader gets another language than their own."""
        wanted = language or translation.get_language() or settings.LANGUAGE_CODE
        shown = self.language_of(wanted)
        return bool(shown) and shown != wanted and shown != wanted.split("-")[0]

    def missing(self) -> list[str]:
        """The site's languages that have no version yet."""
        return [code for code in language_codes() if not self.get(code)]

    def __str__(self) -> str:
        return self.in_language()
