"""What a person may type into the fields that name or reach them.

Names and short texts are written into official mail and badges as they are, so they must stay
on one line and show what they say: control characters (line breaks among them), the
characters that reverse or isolate the direction of text, and the invisible format characters
used to disguise text are refused. The zero-width joiner and non-joiner (U+200C, U+200D) are
kept: Arabic, Persian and Indic names need them. Multi-line texts (accessibility needs, a
biography) may hold line breaks (LF, or CR LF as browsers send them) and tabs, nothing else of
the kind.

E-mail addresses are checked the way the mail layer will read them: the domain is encoded to
IDNA as ``django.core.mail`` does when it sends, and an address the encoding refuses, or
silently changes (an ideographic full stop, a zero-width space, full-width letters), is refused
at the door with a message rather than failing — or reaching another mailbox — later.
"""

import re

from django.core.exceptions import ValidationError
from django.core.mail.message import sanitize_address
from django.core.validators import validate_email
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 controls (NUL included), DEL, C1 controls, and the Unicode line and paragraph separators.
_CONTROL = "\x00-\x1f\x7f-\x9f\u2028\u2029"
# The same but the tab and the line break (a browser sends a textarea's as CR LF).
_CONTROL_BUT_LINES = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
# Direction embeddings, overrides and isolates, and the direction marks.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Invisible characters that only disguise text: zero-width space, word joiner and invisible
# operators, the byte-order mark, soft hyphen, interlinear annotations, tag characters.
# Not U+200C/U+200D (zero-width non-joiner and joiner).
_INVISIBLE = "\u00ad\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
_SURROGATE = "\ud800-\udfff"

SINGLE_LINE_CONTROL = re.compile(f"[{_CONTROL}]")
MULTI_LINE_CONTROL = re.compile(f"[{_CONTROL_BUT_LINES}]|\r(?!\n)")
HIDDEN = re.compile(f"[{_BIDI}{_INVISIBLE}]")
SURROGATE = re.compile(f"[{_SURROGATE}]")
WEB_ADDRESS = re.compile(r"://|\bwww\.|\bhttps?:|\bmailto:", re.IGNORECASE)

NAME_MAX_LENGTH = 100


def _texts(value):
    """The strings to check: one, or each language's of a translated text."""
    if isinstance(value, dict):
        return [text for text in value.values() if isinstance(text, str)]
    return [value] if isinstance(value, str) else []


def _check_characters(value, control) -> None:
    for text in _texts(value):
        if SURROGATE.search(text):
            raise ValidationError(
                _("This text contains characters that are not valid (broken encoding)."),
                code="surrogate",
            )
        if control.search(text):
            raise ValidationError(
                _("Remove the control characters (such as line breaks) from this field.")
                if control is SINGLE_LINE_CONTROL
                else _("Remove the control characters from this field (line breaks are fine)."),
                code="control_character",
            )
        if HIDDEN.search(text):
            raise ValidationError(
                _(
                    "Remove the invisible characters (text-direction or zero-width marks) "
                    "from this field."
                ),
                code="hidden_character",
            )


def validate_single_line(value) -> None:
    """One line of visible text: no control, direction or invisible format characters."""
    _check_characters(value, SINGLE_LINE_CONTROL)


def validate_multi_line(value) -> None:
    """Like ``validate_single_line``, but line breaks and tabs are allowed."""
    _check_characters(value, MULTI_LINE_CONTROL)


@deconstructible
class PersonNameValidator:
    """A person's name (or title): one line, no web address, not too long."""

    def __init__(self, max_length: int = NAME_MAX_LENGTH):
        self.max_length = max_length

    def __call__(self, value) -> None:
        validate_single_line(value)
        for text in _texts(value):
            if WEB_ADDRESS.search(text):
                raise ValidationError(
                    _("A name cannot contain a web address."), code="name_with_address"
                )
            if len(text) > self.max_length:
                raise ValidationError(
                    _("A name can have at most %(limit)d characters."),
                    code="name_too_long",
                    params={"limit": self.max_length},
                )

    def __eq__(self, other) -> bool:
        return isinstance(other, PersonNameValidator) and other.max_length == self.max_length


validate_person_name = PersonNameValidator()


def validate_deliverable_email(value) -> None:
    """An address the mail layer can send to, exactly as typed (apart from letter case)."""
    if not value:
        return
    validate_single_line(value)
    validate_email(value)
    domain = value.rsplit("@", 1)[1]
    message = _(
        "This e-mail address cannot be used: its domain “%(domain)s” is not a valid "
        "internet name. Type it again with ordinary characters."
    )
    if not domain.startswith("["):  # an address literal such as [192.0.2.1] is not encoded
        try:
            encoded = domain.encode("idna").decode("ascii")
            back = encoded.encode("ascii").decode("idna")
        except UnicodeError:
            raise ValidationError(message, code="idna", params={"domain": domain}) from None
        # The encoding maps some characters to others or drops them (。 to ".", a zero-width
        # space to nothing): the mail would go to another address than the one stored.
        if back.lower() != domain.lower():
            raise ValidationError(message, code="idna_changed", params={"domain": domain})
    try:
        sanitize_address(value, "utf-8")
    except (ValueError, UnicodeError, IndexError):
        raise ValidationError(
            _("This e-mail address cannot be used for sending mail."), code="unsendable"
        ) from None
