"""Reference patterns of numbering series: ``CL-{yy}/{n}``, ``BDT/DIR/{n:03}``…

Placeholders: ``{yy}`` (two-digit year), ``{yyyy}`` (four-digit year) and ``{n}`` (the number,
optionally zero-padded: ``{n:04}``). A pattern with a year restarts its count every year.
"""

import re
import string

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

YEAR_PLACEHOLDERS = {"yy", "yyyy"}
NUMBER_SPEC = re.compile(r"^(0\d{1,2})?$")


def _fields(pattern: str) -> list[tuple[str, str]]:
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        raise ValidationError(
            _(
                "The pattern has an unmatched brace “{” or “}”. Write placeholders as {n}, {yy} or {yyyy}."
            ),
            code="braces",
        ) from None
    return [(name, spec or "") for _text, name, spec, _conv in parsed if name is not None]


def validate_pattern(pattern: str) -> None:
    """Refuse a pattern with an unknown placeholder, a bad padding or no (or several) {n}."""
    fields = _fields(pattern)
    for name, spec in fields:
        if name not in YEAR_PLACEHOLDERS | {"n"}:
            raise ValidationError(
                _("Unknown placeholder “{%(name)s}” in the pattern. Use {n}, {yy} or {yyyy}."),
                code="unknown_placeholder",
                params={"name": name},
            )
        if name == "n" and not NUMBER_SPEC.match(spec):
            raise ValidationError(
                _("“{n:%(spec)s}” is not a valid padding. Write for example {n:03} for 001."),
                code="bad_padding",
                params={"spec": spec},
            )
        if name != "n" and spec:
            raise ValidationError(
                _("The year placeholder {%(name)s} takes no format."),
                code="bad_year_format",
                params={"name": name},
            )
    if [name for name, _spec in fields].count("n") != 1:
        raise ValidationError(
            _("The pattern must contain the number placeholder {n} exactly once."),
            code="no_number",
        )


def restarts_yearly(pattern: str) -> bool:
    return any(name in YEAR_PLACEHOLDERS for name, _spec in _fields(pattern))


def format_reference(pattern: str, year: int, number: int) -> str:
    return pattern.format(yy=f"{year % 100:02d}", yyyy=f"{year:04d}", n=number)
