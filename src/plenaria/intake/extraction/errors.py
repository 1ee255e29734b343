"""The one error the intake raises: a message a person can read, and a code a program can test."""

from __future__ import annotations


class IntakeError(Exception):
    """A file or text that cannot be read as a letter.

    ``message`` is translatable (a lazy string); ``code`` is stable: ``empty``, ``too_large``,
    ``binary``, ``encoding``, ``unsupported``, ``no_text_layer``, ``unreadable_pdf``,
    ``pdf_too_complex``, ``too_many_pages``, ``not_a_letter``.
    """

    def __init__(self, message, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
