"""No input makes the extractor or the readers raise anything but ``IntakeError``."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenaria.intake.extraction import IntakeError, extract, extract_letter
from plenaria.intake.readers import read_letter_bytes

from .conftest import seed_text

SEEDS = [seed_text(n) for n in range(5)]
FRAGMENTS = [line for text in SEEDS for line in text.splitlines() if line.strip()]
NOISE = st.sampled_from(
    [
        "**",
        "[",
        "](#)",
        "\\(",
        "^{",
        "}",
        "I'",
        "|'",
        " a ",
        "\u00a0",
        "\ufb01",
        "\n\n",
        "(",
        ")",
        "Réf.:",
        "Objet:",
        "Madame, Monsieur,",
        "du 6 au",
        " 31 février 2021",
        "de 24 h 99 à 25 h",
        "CL-",
        "/",
        "EST",
        "(CEST)",
        "[Original signé]",
        "Annexe 1:",
        "- Aux ",
        "+41 22",
        "@itu.int",
        '"',
        "Kigali (Rwanda)",
        "qui se tiendra",
        "lors de la",
        "sera précédée du",
        "Forum",
        "(WTDC-",
    ]
)
settings_ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _check(text):
    result = extract(text)
    for path, found in result.found():
        assert 0 <= found.start <= found.end <= len(text), path
        assert 0.0 <= found.confidence <= 1.0, path
    result.to_dict()
    return result


@settings_
@given(st.text(max_size=3000))
def test_any_text(text):
    _check(text)


@settings_
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), NOISE, st.text(max_size=20)), max_size=80))
def test_letter_like_text(parts):
    _check("\n".join(parts))


@settings_
@given(
    st.sampled_from(SEEDS),
    st.integers(0, 6000),
    st.integers(0, 6000),
    st.text(alphabet=string.printable + "éàèçœ«»–—", max_size=40),
)
def test_seeds_cut_and_spliced(text, a, b, insert):
    a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    _check(text[:a] + insert + text[b:])


@settings_
@given(st.text(max_size=500))
def test_extract_letter_raises_only_intake_error(text):
    try:
        extract_letter(text)
    except IntakeError as error:
        assert error.code == "not_a_letter"


@settings_
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.md", "a.pdf", "", "a.doc"]))
def test_readers_raise_only_intake_error(data, name):
    try:
        text = read_letter_bytes(data, name, max_bytes=3000)
    except IntakeError as error:
        assert error.code
    else:
        assert isinstance(text, str) and text.strip()


@settings_
@given(st.binary(max_size=2000))
def test_pdf_like_bytes(data):
    try:
        read_letter_bytes(b"%PDF-1.4\n" + data, "x.pdf")
    except IntakeError as error:
        assert error.code in ("unreadable_pdf", "no_text_layer", "empty")
