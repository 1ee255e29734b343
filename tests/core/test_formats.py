"""Dates, times and numbers in each language's way, from the project's format modules; and the
runs that must keep their left-to-right order inside a right-to-left page."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, translation

from plenaria.circulars import services
from plenaria.core.timezones import shown_in
from tests.circulars.factories import ready_letter

MOMENT = datetime.datetime(2021, 9, 6, 9, 45, tzinfo=ZoneInfo("UTC"))
AMOUNT = Decimal("1234567.5")

# language: (date, date and time, time, number with its grouping and one decimal)
EXPECTED = {
    "en": ("6 September 2021", "6 September 2021, 09:45", "09:45", "1,234,567.5"),
    "fr": ("6 septembre 2021", "6 septembre 2021, 09:45", "09:45", "1\xa0234\xa0567,5"),
    "es": (
        "6 de septiembre de 2021",
        "6 de septiembre de 2021, 09:45",
        "09:45",
        "1\xa0234\xa0567,5",
    ),
    "ru": ("6 сентября 2021 г.", "6 сентября 2021 г., 09:45", "09:45", "1\xa0234\xa0567,5"),
    "ar": ("6 سبتمبر 2021", "6 سبتمبر 2021، 09:45", "09:45", "1\xa0234\xa0567,5"),
    "zh-hans": ("2021年9月6日", "2021年9月6日 09:45", "09:45", "1,234,567.5"),
}

SHOWN = Template(
    "{{ moment|date }}|{{ moment|date:'DATETIME_FORMAT' }}|{{ moment|time }}|"
    "{{ amount|floatformat:'1g' }}"
)


@pytest.mark.parametrize("language", EXPECTED)
def test_each_language_writes_a_date_a_time_and_a_number_its_own_way(language, settings):
    settings.TIME_ZONE = "UTC"
    with translation.override(language):
        written = SHOWN.render(Context({"moment": MOMENT, "amount": AMOUNT})).split("|")
    assert tuple(written) == EXPECTED[language]


def test_no_language_writes_a_twelve_hour_clock_or_an_abbreviated_month():
    afternoon = MOMENT.replace(hour=14, minute=5)
    for language in EXPECTED:
        with translation.override(language):
            written = Template("{{ m|date:'DATETIME_FORMAT' }} {{ m|date:'MONTH_DAY_FORMAT' }}")
            text = written.render(Context({"m": afternoon}))
        assert "14:05" in text, language
        assert not any(mark in text for mark in ("p.m.", "PM", "م ", "Sept.")), (language, text)


def test_a_time_range_and_a_reference_are_isolated_left_to_right():
    span = shown_in(MOMENT, MOMENT + datetime.timedelta(minutes=75), "Europe/Zurich")
    page = Template("{% load plenaria %}{{ span|shown }} {{ ref|ltr }} {{ name|isolated }}")
    with translation.override("ar"):
        html = page.render(Context({"span": span, "ref": "CL-23/9", "name": "Aline"}))
    assert '<bdi dir="ltr">11:45–13:00 CEST (UTC+2)</bdi>' in html
    assert html.startswith("6 سبتمبر 2021, ")
    assert '<bdi dir="ltr">CL-23/9</bdi>' in html and "<bdi>Aline</bdi>" in html


@pytest.mark.django_db
def test_the_arabic_letters_archive_isolates_its_references_and_page_numbers(client):
    letter = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    page = client.get(reverse("circulars:list").replace("/en/", "/ar/", 1)).content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert f'<bdi dir="ltr">{letter.full_reference}</bdi>' in page
    # The sentence takes the direction of its own words; its numbers keep theirs.
    assert '<span dir="auto">' in page and '<bdi dir="ltr">1</bdi>' in page
    assert "12 أبريل 2023" in page  # Django's Arabic month names


def test_april_is_written_in_arabic_as_the_organisation_writes_it():
    with translation.override("ar"):
        assert formats.date_format(datetime.date(2023, 4, 17), "DATE_FORMAT") == "17 أبريل 2023"
