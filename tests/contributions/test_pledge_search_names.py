"""The pledge search reads words as people type them: any case, with or without accents,
on SQLite (whose own case-folding stops at ASCII) as on PostgreSQL."""

import pytest
from django.http import QueryDict

from plenaria.contributions.pledges.filters import filter_pledges
from tests.contributions.test_figures import build_coalition

pytestmark = pytest.mark.django_db


def found(query: str) -> set:
    return set(filter_pledges(QueryDict(query)).pledges)


def test_accents_and_case_of_non_ascii_letters_are_ignored():
    coalition = build_coalition()
    p1, p2 = coalition["p1"], coalition["p2"]
    assert found("q=ÉCOLES") == found("q=ecoles") == found("q=Écoles") == {p1}
    assert found("q=CÂBLES+insulaires") == {p2}  # every word, in any order
    assert found("q=ecoles+cables") == set()
    assert found("q=%5B.*%5D") == set()  # a pattern typed is read as text
