"""Text that organisers write once per language (titles, themes, names).

A translated value is a mapping from language code to text, stored as JSON so that adding
a language never changes the schema. Reading it picks the active language, then falls back
to English, then French, then whatever language has text.
"""

from collections.abc import Mapping

from django.conf import settings
from django.utils import translation

FALLBACK_LANGUAGES = ("en", "fr")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


class TranslatedText(dict):
    """A dict of language code → text whose ``str()`` is the text for the active language."""

    def __init__(self, value: Mapping[str, str] | str | None = None):
        if isinstance(value, str):
            value = {settings.LANGUAGE_CODE: value}
        cleaned = {
            lang: text.strip() for lang, text in (value or {}).items() if text and text.strip()
        }
        super().__init__(cleaned)

    def in_language(self, language: str | None = None) -> str:
        wanted = language or translation.get_language() or settings.LANGUAGE_CODE
        for code in (wanted, wanted.split("-")[0], *FALLBACK_LANGUAGES):
            if self.get(code):
                return self[code]
        return next(iter(self.values()), "")

    def language_of(self, language: str | None = None) -> str | None:
        """The language actually shown for ``language`` (for a ``lang`` attribute)."""
        text = self.in_language(language)
        return next((code for code, value in self.items() if value == text), None)

    def __str__(self) -> str:
        return self.in_language()
