"""Telephone numbers, validated and stored in E.164 (+41227306036)."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def normalise_phone(raw: str, region: str | None = None) -> str:
    """E.164 form of ``raw``; a national number is read in ``region`` (ISO 3166 alpha-2)."""
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "“%(raw)s” is not a valid telephone number; write it with its country code, e.g. +41 22 730 5111."
            ),
            code="invalid_phone",
            params={"raw": raw[:40]},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """+41 22 730 60 36 — the international form people read."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
