"""The evaluation over the corpus, and the scoring itself."""

import json

import pytest

from plenaria.intake.evaluation import evaluate, format_table, score_letter


@pytest.fixture(scope="module")
def result(corpus):
    return evaluate(corpus)


def _names(result, prefix):
    return [letter.name for letter in result.letters if letter.name.startswith(prefix)]


def test_corpus_has_seeds_and_own_letters(result):
    assert len(_names(result, "seed_")) == 5
    assert len(_names(result, "own_")) >= 8


def test_seeds_are_read_perfectly(result):
    seeds = _names(result, "seed_")
    total = result.total(seeds)
    mistakes = [m for letter in result.letters if letter.name in seeds for m in letter.mistakes]
    assert mistakes == []
    assert total.accuracy == 1.0
    assert (total.precision, total.recall) == (1.0, 1.0)
    assert total.slots >= 150


def test_own_letters_at_least_95_percent(result):
    own = _names(result, "own_")
    total = result.total(own)
    assert total.accuracy >= 0.95, format_table(result, {"own": own})
    assert total.f1 >= 0.95


def test_table_lists_fields_and_totals(result):
    table = format_table(result, {"seeds": _names(result, "seed_"), "own": _names(result, "own_")})
    assert "event.start_date" in table and "letter.reference" in table
    assert "seeds: 5 letters, field accuracy 100.0%" in table


def test_scoring_counts_wrong_missing_and_invented_values():
    text = "Genève, le 6 mai 2021\n\nRéf.: CL-21/20\n\nObjet: Essai\n\nMadame, Monsieur,\n\nTexte."
    expected = {
        "letter": {
            "date": "2021-05-07",
            "reference": "CL-21/20",
            "email": "a@itu.int",
            "subject": None,
        }
    }
    score = score_letter("probe", text, expected)
    assert score.fields["letter.reference"].tp == 1
    wrong = score.fields["letter.date"]
    assert (wrong.tp, wrong.fp, wrong.fn, wrong.correct) == (0, 1, 1, 0)
    missing = score.fields["letter.email"]
    assert (missing.fp, missing.fn) == (0, 1)
    invented = score.fields["letter.subject"]  # stated as absent, but found: a false positive
    assert (invented.fp, invented.fn) == (1, 0)
    assert len(score.mistakes) == 3


def test_expected_files_are_complete(corpus):
    for path in sorted(corpus.glob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"letter", "events", "deadlines"}, path.name
        assert data["events"], path.name
        assert (corpus / path.name.replace(".expected.json", ".txt")).exists()
