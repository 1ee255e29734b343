"""The public pages of a call for national activities: only approved activities that are not
duplicates are shown; the filters narrow the list, the figures and the map alike; pages read
in English and French; the list page and the map's data read in a fixed number of queries."""

import datetime

import pytest
from django.urls import reverse

from plenaria.contributions.activities import queries
from plenaria.contributions.choices import Moderation
from plenaria.directory.models import Country
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db
PUBLISHED = Moderation.PUBLISHED


def _in(country: str, **kwargs):
    places = {
        "RW": ("Kigali", "-1.94995", "30.05885", "Africa/Kigali"),
        "FJ": ("Suva", "-18.14161", "178.44149", "Pacific/Fiji"),
        "JP": ("Tokyo", "35.6895", "139.69171", "Asia/Tokyo"),
        "CH": ("Geneva", "46.20222", "6.14569", "Europe/Zurich"),
    }
    city, latitude, longitude, zone = places[country]
    defaults = {"city": city, "latitude": latitude, "longitude": longitude, "timezone": zone}
    return ActivityFactory(country=Country.objects.get(code=country), **(defaults | kwargs))


@pytest.fixture
def call():
    return CallFactory(slug="wtisd-2021")


@pytest.fixture
def seen(call):
    """Three public activities, and four that must never be shown."""
    shown = {
        "kigali": _in("RW", call=call, status=PUBLISHED, kind="workshop", languages=["en", "fr"]),
        "suva": _in("FJ", call=call, status=PUBLISHED, kind="webinar", day_offset=20),
        "tokyo": _in("JP", call=call, status=PUBLISHED, title={"en": "Tokyo hackathon"}),
    }
    hidden = [
        _in("CH", call=call, status=Moderation.SUBMITTED),
        _in("CH", call=call, status=Moderation.DRAFT),
        _in("CH", call=call, status=Moderation.DECLINED),
        _in("RW", call=call, status=PUBLISHED, duplicate_of=shown["kigali"]),
        _in("CH", status=PUBLISHED),  # another call's
    ]
    return shown, hidden


def _listed(response) -> set[int]:
    return {activity.pk for activity in response.context["page"].object_list}


def test_only_approved_activities_that_are_not_duplicates_are_public(client, call, seen):
    shown, hidden = seen
    page = client.get(reverse("activities:call", args=[call.slug]))
    assert _listed(page) == {a.pk for a in shown.values()}
    assert page.context["figures"] == {"activities": 3, "countries": 3}
    assert "3 activities" in page.content.decode()
    for activity in hidden:
        answer = client.get(reverse("activities:activity", args=[call.slug, activity.pk]))
        assert answer.status_code == 404
    data = client.get(reverse("activities:map_data", args=[call.slug])).json()
    assert {code: row["activities"] for code, row in data["countries"].items()} == {
        "RW": 1,
        "FJ": 1,
        "JP": 1,
    }
    assert sorted(place[3] for place in data["places"]) == ["Kigali", "Suva", "Tokyo"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=rw", {"kigali"}),
        ("region=asia_pacific", {"suva", "tokyo"}),
        ("grouping=SIDS", {"suva"}),
        ("grouping=LDC&grouping=SIDS", {"kigali", "suva"}),
        ("kind=webinar", {"suva"}),
        ("language=fr", {"kigali"}),
        ("q=hackathon", {"tokyo"}),
        ("region=africa&kind=webinar", set()),
        ("country=XX&kind=workshop", {"kigali"}),  # an unknown value is left out
    ],
)
def test_filters_narrow_the_list_the_figures_and_the_map(client, call, seen, query, expected):
    shown, _hidden = seen
    page = client.get(reverse("activities:call", args=[call.slug]) + "?" + query)
    assert page.status_code == 200
    assert _listed(page) == {shown[name].pk for name in expected}
    assert page.context["figures"]["activities"] == len(expected)
    data = client.get(reverse("activities:map_data", args=[call.slug]) + "?" + query).json()
    assert sum(row["activities"] for row in data["countries"].values()) == len(expected)


def test_dates_select_activities_under_way_in_the_span(client, call, seen):
    shown, _hidden = seen
    suva_day = shown["suva"].starts_at.date()
    url = reverse("activities:call", args=[call.slug])
    page = client.get(url, {"from": suva_day.isoformat()})
    assert _listed(page) == {shown["suva"].pk}
    page = client.get(url, {"until": (suva_day - datetime.timedelta(days=1)).isoformat()})
    assert _listed(page) == {shown["kigali"].pk, shown["tokyo"].pk}
    page = client.get(url, {"from": "17 May", "kind": "webinar"})
    assert _listed(page) == {shown["suva"].pk}
    assert "is not a date" in page.content.decode()


def test_a_wrong_filter_is_named_and_refused_without_error(client, call, seen):
    page = client.get(reverse("activities:call", args=[call.slug]), {"region": "<b>mars</b>"})
    assert page.status_code == 200
    assert "“&lt;b&gt;mars&lt;/b&gt;” is not a region Plenaria knows" in page.content.decode()
    assert len(_listed(page)) == 3


def test_pages_in_french(client, call, seen):
    shown, _hidden = seen
    page = client.get(f"/fr/activities/{call.slug}/")
    text = page.content.decode()
    assert "Accélérer la transformation" in text and "Parlez-nous de vos fêtes." in text
    assert "Journée numérique" in text
    detail = client.get(f"/fr/activities/{call.slug}/{shown['kigali'].pk}/").content.decode()
    assert "Journée numérique" in detail and "Des exposés et un hackathon." in detail
    assert "Anglais, Français" in detail
    english = client.get(f"/en/activities/{call.slug}/").content.decode()
    assert "Tell us about your celebrations." in english


def test_an_activity_shows_its_local_time_and_the_viewers(client, call, seen):
    shown, _hidden = seen
    tokyo = shown["tokyo"]
    tokyo.starts_at = datetime.datetime(2021, 5, 17, 1, 0, tzinfo=datetime.UTC)
    tokyo.ends_at = tokyo.starts_at + datetime.timedelta(hours=2)
    tokyo.save()
    url = reverse("activities:activity", args=[call.slug, tokyo.pk])
    text = client.get(url).content.decode()
    assert "10:00–12:00 JST (UTC+9)" in text
    assert "amina@example.org" not in text  # the contact is not public
    text = client.get(url, {"tz": "Europe/London"}).content.decode()
    assert "02:00–04:00 BST (UTC+1)" in text
    tokyo.contact_public = True
    tokyo.save()
    assert "amina@example.org" in client.get(url).content.decode()


def test_the_country_page_lists_only_that_countrys_public_activities(client, call, seen):
    shown, _hidden = seen
    page = client.get(reverse("activities:country", args=[call.slug, "rw"]))
    assert _listed(page) == {shown["kigali"].pk}
    assert client.get(reverse("activities:country", args=[call.slug, "R1"])).status_code == 404
    assert client.get(reverse("activities:country", args=[call.slug, "QQ"])).status_code == 404


def test_the_calls_list_puts_open_calls_first(client, call, seen):
    past = CallFactory(closed=True)
    page = client.get(reverse("activities:calls"))
    listed = {c.pk: c for c in page.context["calls"]}
    assert list(listed)[-1] == past.pk  # the other two are open
    assert listed[call.pk].approved == 3


def test_the_words_of_other_parts_are_not_taken_for_a_call():
    assert reverse("activities:call", args=["wtisd-2021"]) == "/en/activities/wtisd-2021/"
    from django.urls import Resolver404, resolve

    for word in ("mine", "review", "manage"):
        try:
            match = resolve(f"/en/activities/{word}/")
        except Resolver404:
            continue
        assert match.url_name != "call"


def _many(call, count: int):
    africa = list(Country.objects.filter(itu_region="africa")[:40])
    for index in range(count):
        ActivityFactory(call=call, status=PUBLISHED, country=africa[index % len(africa)])


@pytest.mark.parametrize("count", [5, 50])
def test_the_list_page_and_the_map_data_read_in_a_fixed_number_of_queries(
    client, call, count, django_assert_max_num_queries
):
    _many(call, count)
    with django_assert_max_num_queries(8):
        page = client.get(reverse("activities:call", args=[call.slug]), {"region": "africa"})
    assert page.status_code == 200
    with django_assert_max_num_queries(4):
        data = client.get(reverse("activities:map_data", args=[call.slug])).json()
    assert sum(row["activities"] for row in data["countries"].values()) == count
    assert queries.figures(queries.approved(call)) == {
        "activities": count,
        "countries": min(count, 40),
    }


def test_an_open_call_links_to_its_form_and_to_the_letter_announcing_it(client):
    import datetime as dt

    from plenaria.circulars import services as letters
    from tests.circulars.factories import LetterFactory, ready_letter

    letter = letters.issue_letter(None, ready_letter(), on=dt.date(2021, 4, 12))
    call = CallFactory(letter=letter)
    text = client.get(reverse("activities:call", args=[call.slug])).content.decode()
    assert f'href="{reverse("activities:new", args=[call.slug])}"' in text
    assert f'href="{reverse("circulars:detail", args=[letter.pk])}"' in text
    closed = CallFactory(closed=True, letter=LetterFactory())  # a draft letter is not linked
    text = client.get(reverse("activities:call", args=[closed.slug])).content.decode()
    assert reverse("activities:new", args=[closed.slug]) not in text
    assert "/circulars/" not in text


def test_an_activity_and_a_country_page_read_in_a_few_queries(
    client, call, django_assert_max_num_queries
):
    from tests.factories import OrganisationFactory

    partners = [OrganisationFactory(), OrganisationFactory()]
    activity = _in("RW", call=call, status=PUBLISHED, co_organisers=partners)
    _many(call, 10)
    with django_assert_max_num_queries(5):
        page = client.get(reverse("activities:activity", args=[call.slug, activity.pk]))
    assert str(partners[1]) in page.content.decode()
    with django_assert_max_num_queries(6):
        page = client.get(reverse("activities:country", args=[call.slug, "RW"]))
    assert page.context["figures"]["activities"] == len(page.context["page"].object_list)
