"""The shared validators of what a person types: names, one-line and multi-line text, e-mail
addresses as the mail layer reads them."""

import pytest
from django.core.exceptions import ValidationError
from django.core.mail.message import sanitize_address
from hypothesis import given
from hypothesis import strategies as st

from plenaria.core.validators import (
    PersonNameValidator,
    validate_deliverable_email,
    validate_multi_line,
    validate_person_name,
    validate_single_line,
)

NAMES = [
    "Aline",
    "Jean-Pierre N'Guessan",
    "María José Ñúñez",
    "محمد بن سلمان",
    "می\u200cخواهم",  # Persian, with a zero-width non-joiner
    "क्\u200dष",  # Devanagari, with a zero-width joiner
    "王小明",
    "Ólafur Ragnar Grímsson",
    "H.E. Dr",
    "Ngũgĩ wa Thiong'o",
]
BAD_NAMES = {
    "Aline\nURGENT: confirm your seat": "control_character",
    "Aline\r\n": "control_character",
    "Tab\there": "control_character",
    "Null\x00": "control_character",
    "C1\x85next line": "control_character",
    "Line\u2028separator": "control_character",
    "evil\u202egnp.exe": "hidden_character",
    "isolate\u2066x\u2069": "hidden_character",
    "zero\u200bwidth": "hidden_character",
    "mark\u200fright": "hidden_character",
    "bom\ufeff": "hidden_character",
    "tag\U000e0041": "hidden_character",
    "lone \ud800 surrogate": "surrogate",
    "see http://phish.example": "name_with_address",
    "hxxp://x or ftp://x": "name_with_address",
    "visit www.example.org": "name_with_address",
    "A" * 101: "name_too_long",
}


def code_of(validator, value) -> str:
    with pytest.raises(ValidationError) as caught:
        validator(value)
    assert caught.value.messages[0]  # a sentence for the person
    return caught.value.code


@pytest.mark.parametrize("name", NAMES)
def test_names_of_every_script_pass(name):
    validate_person_name(name)


@pytest.mark.parametrize("name, code", BAD_NAMES.items())
def test_names_that_could_inject_or_disguise_text_are_refused(name, code):
    assert code_of(validate_person_name, name) == code


def test_length_limit_follows_the_field():
    PersonNameValidator(200)("A" * 200)
    assert code_of(PersonNameValidator(30), "A" * 31) == "name_too_long"


def test_multi_line_text_allows_line_breaks_and_tabs_only():
    validate_multi_line("Wheelchair access\n\tand a hearing loop\r\nplease")
    validate_multi_line("سلام\u200cها")
    for bad in ("bell\x07", "nul\x00", "\u202eoverride", "\x1b[31mred", "zero\u200bwidth"):
        with pytest.raises(ValidationError):
            validate_multi_line(bad)
    with pytest.raises(ValidationError):
        validate_single_line("two\nlines")


def test_translated_texts_are_checked_in_every_language():
    validate_multi_line({"en": "One\ntwo", "fr": "Un"})
    with pytest.raises(ValidationError):
        validate_multi_line({"en": "fine", "fr": "\u202eà l'envers"})


SAFE_CHARACTERS = st.characters(
    blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"), blacklist_characters="\x85"
)


@given(st.text(SAFE_CHARACTERS, max_size=60))
def test_visible_text_always_passes(text):
    validate_single_line(text)


@given(
    st.text(SAFE_CHARACTERS, max_size=20),
    st.sampled_from(["\n", "\r", "\x00", "\x1b", "\x85", "\u2028", "\u202e", "\u2067", "\u200b"]),
    st.text(SAFE_CHARACTERS, max_size=20),
)
def test_one_forbidden_character_anywhere_is_refused(before, bad, after):
    with pytest.raises(ValidationError):
        validate_single_line(before + bad + after)


@pytest.mark.parametrize(
    "address", ["aline@example.org", "x@bücher.de", "a.b+tag@sub.example.co.uk", "a@[192.0.2.1]"]
)
def test_deliverable_addresses_pass_and_the_mail_layer_reads_them(address):
    validate_deliverable_email(address)
    sanitize_address(address, "utf-8")


@pytest.mark.parametrize(
    "address",
    [
        "x@。.com",  # the ideographic full stop makes an empty label
        "x@a。b.com",  # … or another address than the one typed
        "a@ex\u200bample.com",  # a zero-width space the encoding drops
        "a@ＥＸ.com",  # full-width letters it maps
        "a@exa\u00admple.com",  # a soft hyphen
        "a@" + "a" * 64 + ".com",  # a label longer than 63
        "ü@bücher.de",  # the part before @ must be plain ASCII
        "a@ex.com\n",
        "a@ex..com",
        "not an address",
    ],
)
def test_addresses_the_mail_layer_would_fail_on_or_change_are_refused(address):
    with pytest.raises(ValidationError) as caught:
        validate_deliverable_email(address)
    assert caught.value.messages[0]
