"""Letter Markdown that the PDF cannot lay out is refused when it is saved, with a message,
so that a saved letter can always be sent."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenaria.circulars.markup import MAX_LIST_NUMBER, MAX_NESTING, to_safe_html, validate_markdown
from plenaria.circulars.rendering.pdf import check_text, pdf_from_parts
from tests.circulars.factories import ready_letter
from tests.circulars.test_desk import version_fields


def nested(levels: int, marker: str = "-") -> str:
    return "".join("    " * level + f"{marker} item {level}\n" for level in range(levels))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9223372036854775808. item\n", "cannot start at 9223372036854775808"),
        (f"{MAX_LIST_NUMBER + 1}. item\n", "list numbers go up to 999,999"),
        ("Intro\n\n1. one\n2. two\n\nthen\n\n18446744073709551616. far\n", "cannot start at"),
        (nested(40), "nested too deeply"),
        (nested(40, "1."), "nested too deeply"),
        (">" * 40 + " quoted", "nested too deeply"),
        (nested(400), "nested too deeply"),  # deeper than the Markdown reader can go
        (nested(MAX_NESTING + 1), f"at most {MAX_NESTING} levels"),
    ],
)
def test_what_the_pdf_cannot_lay_out_is_refused_with_a_clear_message(text, message):
    with pytest.raises(ValidationError) as error:
        validate_markdown(text)
    assert message in error.value.messages[0]


def test_the_limits_leave_room_for_real_letters():
    validate_markdown(nested(MAX_NESTING))
    validate_markdown(f"{MAX_LIST_NUMBER}. the last\n\n> quoted\n>\n> > within\n")
    validate_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n5. five\n6. six\n")


def test_text_stored_before_the_limits_still_reaches_the_page_and_the_pdf():
    assert "item 399" in to_safe_html(nested(400))  # plain text rather than an error
    check_text("9223372036854775808. item\n")  # the number is dropped, the text laid out


@st.composite
def nestings(draw):
    """Lists and quotations nested in any order, any depth up to the limit and one past it."""
    depth = draw(st.integers(1, MAX_NESTING + 1))
    lines, indent = [], ""
    for level in range(depth):
        kind = draw(st.sampled_from(["ul", "ol", "quote"]))
        start = draw(st.integers(0, MAX_LIST_NUMBER))
        marker = {"ul": "- ", "ol": f"{start}. ", "quote": "> "}[kind]
        lines.append(f"{indent}{marker}level {level} *emphasis* **strong** [l](https://itu.int)")
        indent += "    " if kind != "quote" else "> "
    return "\n".join(lines) + "\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nestings())
def test_whatever_is_accepted_can_be_laid_out(text):
    try:
        validate_markdown(text)
    except ValidationError:
        return
    check_text(text)  # raises if the PDF cannot be made


@pytest.mark.django_db
def test_the_letters_desk_says_why_and_keeps_the_text_unchanged(secretariat_client):
    letter = ready_letter()
    version = letter.versions.get(language="fr")
    before = version.body
    response = secretariat_client.post(
        reverse("circulars:desk_part", args=[letter.pk, "version", version.pk]),
        version_fields(body=nested(40)),
    )
    assert response.status_code == 200 and "nested too deeply" in response.content.decode()
    version.refresh_from_db()
    assert version.body == before


def test_an_ordinary_letter_still_makes_a_pdf():
    parts_body = "I have the honour to invite you.\n\n1. First\n2. Second\n"
    validate_markdown(parts_body)
    assert pdf_from_parts(
        {
            "lang": "en",
            "dir": "ltr",
            "title": "CL-23/1",
            "reference": "CL-23/1",
            "office": "Office",
            "place_date": "Geneva, 1 May 2023",
            "ref_rows": [],
            "addressees": ["Member States"],
            "subject_label": "Subject:",
            "subject": "WTISD",
            "salutation": "Dear Sir/Madam,",
            "body": [],
            "closing": "Yours faithfully,",
            "signatories": [],
            "annexes": [],
        }
    ).startswith(b"%PDF")
