import datetime

import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import services
from plenaria.circulars.models import NumberingSeries, SeriesCounter
from plenaria.circulars.numbering import format_reference, validate_pattern
from plenaria.core.services import save_validated
from tests.circulars.factories import IssuingOfficeFactory, NumberingSeriesFactory, ready_letter

D = datetime.date


@pytest.mark.parametrize(
    ("pattern", "year", "number", "expected"),
    [
        ("CL-{yy}/{n}", 2021, 20, "CL-21/20"),
        ("DM-{yy}/{n:04}", 2022, 1002, "DM-22/1002"),
        ("DM-{yy}/{n:04}", 2022, 7, "DM-22/0007"),
        ("BDT/DIR/{n:03}", 2021, 5, "BDT/DIR/005"),
        ("WSIS Forum {yyyy}/{n:02}", 2021, 1, "WSIS Forum 2021/01"),
    ],
)
def test_patterns_of_the_seed_letters(pattern, year, number, expected):
    validate_pattern(pattern)
    assert format_reference(pattern, year, number) == expected


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("CL-{year}/{n}", "Unknown placeholder “{year}”"),
        ("CL-{yy}/{number}", "Unknown placeholder “{number}”"),
        ("CL-{yy}", "{n} exactly once"),
        ("CL-{n}/{n}", "{n} exactly once"),
        ("CL-{yy}/{n:x}", "not a valid padding"),
        ("CL-{yy/{n}", "unmatched brace"),
    ],
)
def test_bad_patterns_are_refused_with_a_clear_message(pattern, message):
    with pytest.raises(ValidationError) as error:
        validate_pattern(pattern)
    assert message in " ".join(error.value.messages)


@pytest.mark.django_db
def test_a_series_with_an_unknown_placeholder_is_not_saved():
    series = NumberingSeries(
        office=IssuingOfficeFactory(), code="X", name={"en": "X"}, pattern="X-{yyy}/{n}"
    )
    with pytest.raises(ValidationError, match="Unknown placeholder"):
        save_validated(None, series)
    assert not NumberingSeries.objects.filter(code="X").exists()


@pytest.mark.django_db
def test_numbers_follow_each_other_and_restart_each_year():
    series = NumberingSeriesFactory(pattern="CL-{yy}/{n}")
    references = [
        services.issue_letter(None, ready_letter(series=series), on=day).reference
        for day in (D(2022, 11, 1), D(2022, 12, 30), D(2023, 1, 3), D(2023, 2, 1))
    ]
    assert references == ["CL-22/1", "CL-22/2", "CL-23/1", "CL-23/2"]


@pytest.mark.django_db
def test_a_pattern_without_year_never_restarts():
    series = NumberingSeriesFactory(code="BDT-DIR", pattern="BDT/DIR/{n:03}")
    first = services.issue_letter(None, ready_letter(series=series), on=D(2021, 12, 20))
    second = services.issue_letter(None, ready_letter(series=series), on=D(2022, 1, 10))
    assert (first.reference, second.reference) == ("BDT/DIR/001", "BDT/DIR/002")
    assert SeriesCounter.objects.get(series=series).year == 0


@pytest.mark.django_db
def test_a_refused_issue_uses_no_number():
    series = NumberingSeriesFactory()
    incomplete = ready_letter(series=series)
    incomplete.signatories.all().delete()
    with pytest.raises(ValidationError):
        services.issue_letter(None, incomplete, on=D(2023, 4, 12))
    issued = services.issue_letter(None, ready_letter(series=series), on=D(2023, 4, 12))
    assert issued.reference == "CL-23/1"


@pytest.mark.django_db
def test_a_series_begun_before_plenaria_continues_from_its_next_number():
    series = NumberingSeriesFactory()
    services.set_next_number(None, series, 2021, 20)
    issued = services.issue_letter(None, ready_letter(series=series), on=D(2021, 5, 6))
    assert issued.reference == "CL-21/20"
    with pytest.raises(ValidationError, match="already given"):
        services.set_next_number(None, series, 2021, 20)
