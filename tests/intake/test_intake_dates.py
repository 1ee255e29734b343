"""Dates, times and time zones."""

import datetime as dt

import pytest

from plenaria.intake.extraction.dates import find_dates, find_times, resolve_zone
from plenaria.intake.extraction.normalise import Doc


def _dates(text, default=None):
    fold = Doc(text).fold
    return [
        (d.first.isoformat(), d.last.isoformat()) for d in find_dates(fold, 0, len(fold), default)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("du 6 au 16 juin 2022", ("2022-06-06", "2022-06-16")),
        ("6-15 juin 2022", ("2022-06-06", "2022-06-15")),
        ("26 February-2 March 2018", ("2018-02-26", "2018-03-02")),
        ("du 28 octobre au 1er novembre 2024", ("2024-10-28", "2024-11-01")),
        ("September 20, 2021", ("2021-09-20", "2021-09-20")),
        ("June 2-4, 2022", ("2022-06-02", "2022-06-04")),
        ("17 de mayo de 2023", ("2023-05-17", "2023-05-17")),
        ("on 16 and 17 April 2024", ("2024-04-16", "2024-04-17")),
        ("le 30.04.2024", ("2024-04-30", "2024-04-30")),
    ],
)
def test_dates_and_ranges(text, expected):
    assert _dates(text) == [expected]


def test_year_from_the_letter_date_and_next_year():
    assert _dates("le lundi 17 mai", dt.date(2021, 5, 6)) == [("2021-05-17", "2021-05-17")]
    assert _dates("on 10 February", dt.date(2023, 11, 20)) == [("2024-02-10", "2024-02-10")]


def test_impossible_dates_and_numbers_are_not_dates():
    assert _dates("le 31 février 2023") == []
    assert _dates("période 2022-2025, Résolution 70/125, 3,7 milliards") == []


@pytest.mark.parametrize(
    ("text", "first", "last", "zone"),
    [
        ("de 13 h 00 à 14 h 30 (CEST)", "13:00", "14:30", "CEST"),
        ("8 h 30-11 h 30 EST", "08:30", "11:30", "EST"),
        ("from 1400 to 1600 hours CEST", "14:00", "16:00", "CEST"),
        ("at 0930 hours", "09:30", None, None),
        ("10:00 (heure de Genève)", "10:00", None, "city:geneve"),
        ("from 2 p.m. to 4 p.m. UTC+2", "14:00", "16:00", "UTC+2"),
    ],
)
def test_times(text, first, last, zone):
    fold = Doc(text).fold
    (match,) = find_times(fold, 0, len(fold))
    assert match.first.strftime("%H:%M") == first
    assert (match.last.strftime("%H:%M") if match.last else None) == last
    assert match.zone == zone


def test_year_ranges_are_not_times():
    fold = Doc("le plan 2022-2025 et 2024").fold
    assert find_times(fold, 0, len(fold)) == []


@pytest.mark.parametrize(
    ("zone", "cities", "day", "expected"),
    [
        ("CEST", ["Genève"], dt.date(2021, 5, 17), "Europe/Zurich"),
        ("CET", ["Paris"], dt.date(2024, 4, 16), "Europe/Paris"),
        ("EST", ["Genève"], dt.date(2021, 9, 20), "America/New_York"),
        ("CAT", ["Kigali"], dt.date(2022, 6, 6), "Africa/Kigali"),
        ("EAT", ["Kampala"], None, "Africa/Kampala"),
        ("UTC+2", [], None, "Etc/GMT-2"),
        ("city:Ginebra", [], None, "Europe/Zurich"),
        ("local", ["Bangkok"], None, "Asia/Bangkok"),
        ("XYZ", ["Genève"], None, None),
    ],
)
def test_zones(zone, cities, day, expected):
    assert resolve_zone(zone, cities, day) == expected
