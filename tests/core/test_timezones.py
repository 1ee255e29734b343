import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from plenaria.core.timezones import make_local, shown_in, validate_timezone, zone_label

D, T = datetime.date, datetime.time


def span(zone, day, start, end, shown_zone=None):
    return shown_in(make_local(day, start, zone), make_local(day, end, zone), shown_zone or zone)


def test_geneva_summer_time_is_cest():
    assert (
        span("Europe/Zurich", D(2023, 5, 17), T(14, 30), T(16, 30)).times
        == "14:30–16:30 CEST (UTC+2)"
    )


def test_new_york_winter_is_est_and_the_p2c_meeting_day_is_edt():
    assert (
        span("America/New_York", D(2022, 1, 20), T(8, 30), T(11, 30)).times
        == "08:30–11:30 EST (UTC-5)"
    )
    # The P2C letter says "EST", but on 20 September New York keeps daylight time.
    assert (
        span("America/New_York", D(2021, 9, 20), T(8, 30), T(11, 30)).times
        == "08:30–11:30 EDT (UTC-4)"
    )


def test_kigali_is_cat_and_a_geneva_viewer_sees_the_same_clock_in_june():
    kigali = span("Africa/Kigali", D(2022, 6, 6), T(9, 0), T(18, 0))
    assert kigali.times == "09:00–18:00 CAT (UTC+2)"
    assert span("Africa/Kigali", D(2022, 6, 6), T(9, 0), T(18, 0), "Europe/Zurich").times == (
        "09:00–18:00 CEST (UTC+2)"
    )


def test_a_new_york_morning_seen_from_geneva():
    shown = span("America/New_York", D(2021, 9, 20), T(8, 30), T(11, 30), "Europe/Zurich")
    assert shown.times == "14:30–17:30 CEST (UTC+2)"


def test_the_night_clocks_go_forward_each_end_keeps_its_own_abbreviation():
    start = make_local(D(2022, 3, 27), T(1, 0), "Europe/Zurich")
    end = make_local(D(2022, 3, 27), T(4, 0), "Europe/Zurich")
    assert (end - start) == datetime.timedelta(hours=2)
    assert shown_in(start, end, "Europe/Zurich").times == "01:00 CET (UTC+1) – 04:00 CEST (UTC+2)"


def test_the_night_clocks_go_back():
    start = make_local(D(2022, 10, 30), T(1, 0), "Europe/Zurich")
    end = make_local(D(2022, 10, 30), T(4, 0), "Europe/Zurich")
    assert (end - start) == datetime.timedelta(hours=4)
    assert shown_in(start, end, "Europe/Zurich").times == "01:00 CEST (UTC+2) – 04:00 CET (UTC+1)"


def test_a_time_that_does_not_exist_is_refused():
    with pytest.raises(ValidationError) as error:
        make_local(D(2022, 3, 27), T(2, 30), "Europe/Zurich")
    assert error.value.code == "nonexistent_time"


def test_an_unknown_zone_is_refused_with_its_name():
    with pytest.raises(ValidationError) as error:
        validate_timezone("Europe/Geneva")
    assert error.value.code == "unknown_timezone"
    assert "Europe/Geneva" in str(error.value.messages[0])


def test_offsets_without_letters_and_half_hours():
    kolkata = datetime.datetime(2024, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata"))
    sao_paulo = datetime.datetime(2024, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo"))
    utc = datetime.datetime(2024, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo("UTC"))
    assert zone_label(kolkata) == "IST (UTC+5:30)"
    assert zone_label(sao_paulo) == "UTC-3"
    assert zone_label(utc) == "UTC"


def test_dates_follow_the_language():
    shown = span("Europe/Zurich", D(2023, 5, 17), T(14, 30), T(16, 30))
    with translation.override("fr"):
        assert shown.dates == "17 mai 2023"
    with translation.override("en"):
        assert shown.dates == "17 May 2023"


def test_a_multi_day_event_shows_both_dates():
    start = make_local(D(2022, 6, 6), T(0, 0), "Africa/Kigali")
    end = make_local(D(2022, 6, 16), T(23, 59), "Africa/Kigali")
    shown = shown_in(start, end, "Africa/Kigali", with_times=False)
    with translation.override("fr"):
        assert str(shown) == "6 juin 2022 – 16 juin 2022"
