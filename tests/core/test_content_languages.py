"""Organisers' text in six languages: the fallback order, which versions exist, and every
language code a visitor can send that is not one of the six."""

import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from plenaria.circulars import demo_letters
from plenaria.contributions.models import Pledge
from plenaria.contributions.pledges import submission
from plenaria.core.translation import TranslatedText
from plenaria.demo import events
from plenaria.demo.languages import in_six
from plenaria.demo.upcoming import upcoming_events
from plenaria.events import services
from plenaria.programme.demo_agendas import WTDC21_AGENDA, WTISD_ROUND_TABLES
from tests.contributions.pledging_data import good_data, pledger
from tests.factories import EventFactory


def test_the_reader_gets_their_language_then_the_fallback_order_of_the_settings(settings):
    text = TranslatedText({"en": "Geneva", "es": "Ginebra", "ru": "Женева"})
    assert text.pick("ru") == ("ru", "Женева")
    assert text.pick("ar") == ("en", "Geneva")
    settings.PLENARIA_CONTENT_FALLBACK = ["xx", "es", "en"]  # a mistyped code is skipped
    assert text.pick("ar") == ("es", "Ginebra")
    assert text.is_fallback("ar") and not text.is_fallback("es")
    assert TranslatedText({"zh-hans": "日内瓦"}).pick("fr") == ("zh-hans", "日内瓦")
    assert TranslatedText({}).language_of("fr") == ""  # lang="" (unknown), never "None"


@pytest.mark.django_db
def test_a_title_missing_in_the_readers_language_is_marked_with_its_own(client):
    event = EventFactory(
        title={"en": "Day of the Network", "fr": "Journée du réseau"},
        theme={"en": "Connect everyone"},
    )
    page = client.get(f"/ru/events/{event.slug}/").content.decode()
    assert '<h1 lang="en">Day of the Network' in page
    assert 'class="fallback-note" lang="ru"' in page
    assert '<bdi lang="en">Connect everyone</bdi>' in page
    listing = client.get("/ru/events/").content.decode()
    assert 'lang="en">Day of the Network</a> <span class="fallback-note"' in listing
    french = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert '<h1 lang="fr">Journée du réseau' in french
    assert french.count("fallback-note") == 1  # only the theme, which has no French


@pytest.mark.django_db
def test_the_organiser_sees_which_versions_exist_and_can_add_any_of_the_six(admin_client):
    event = EventFactory(title={"en": "Day of the Network", "fr": "Journée du réseau"})
    page = admin_client.get(f"/en/admin/events/event/{event.pk}/change/").content.decode()
    assert "Written in: English, French." in page
    assert "Missing: Arabic, Chinese, Russian, Spanish;" in page
    for code in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f'name="title_{code}"' in page
    assert page.count('class="translated-text__row translated-text__row--missing"') >= 4


@pytest.mark.django_db
def test_a_version_in_a_language_the_site_does_not_offer_is_refused_by_name():
    event = EventFactory.build(title={"en": "Day", "de": "Tag"}, acronym="D-1")
    with pytest.raises(ValidationError) as refused:
        services.save_event(None, event)
    assert "Unknown language code: de." in str(refused.value.message_dict["title"])


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/de/events/", "/xx/", "/de/", "/e%00n/events/"])
def test_a_prefix_not_of_the_six_is_a_page_not_found(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    if response.status_code == 404:
        assert '<html lang="en"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("headers", "cookie", "landing"),
    [
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}, None, "/en/events/"),
        ({"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}, None, "/zh-hans/events/"),
        ({"HTTP_ACCEPT_LANGUAGE": ";;q=abc,*-*"}, None, "/en/events/"),
        ({"HTTP_ACCEPT_LANGUAGE": "x" * 1000}, None, "/en/events/"),
        ({}, "de", "/en/events/"),
        ({}, "<script>", "/en/events/"),
        ({"HTTP_ACCEPT_LANGUAGE": "es"}, "klingon", "/es/events/"),
    ],
)
def test_a_language_not_of_the_six_in_a_header_or_cookie_is_ignored(
    client, headers, cookie, landing
):
    if cookie:
        client.cookies["django_language"] = cookie
    response = client.get("/events/", **headers)
    assert response.status_code == 302 and response["Location"] == landing
    assert client.get(landing, **headers).status_code == 200


@pytest.mark.django_db
def test_choosing_a_language_not_of_the_six_changes_nothing(client):
    client.cookies["django_language"] = "fr"
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/fr/events/"})
    assert response.status_code == 302 and response["Location"] == "/fr/events/"
    assert response.cookies["django_language"].value == "fr"
    chosen = client.post("/i18n/setlang/", {"language": "es", "next": "/fr/events/"})
    assert chosen["Location"] == "/es/events/"


def test_the_demos_titles_and_the_wtisd_23_letter_exist_in_the_six_languages():
    six = {"ar", "zh-hans", "en", "fr", "ru", "es"}
    texts = [series["name"] for series in events.SERIES]
    for year in (2026, 2031):  # the upcoming editions' titles carry their year
        for item in events.EVENTS + upcoming_events(datetime.date(year, 1, 1)):
            texts += [item["title"], item.get("theme") or {"en": ""}]
    nodes = list(WTDC21_AGENDA)
    while nodes:
        fr, en, children = nodes.pop()
        texts.append({"en": en, "fr": fr})
        nodes += children
    texts += [{"en": en, "fr": fr} for en, fr, *_rest in WTISD_ROUND_TABLES.values()]
    assert [t["en"] for t in texts if t["en"] and set(in_six(t)) != six] == []
    assert in_six({"en": "World Telecommunication Development Conference (WTDC-29)"})["ru"] == (
        "Всемирная конференция по развитию электросвязи (ВКРЭ-29)"
    )
    (letter,) = [item for item in demo_letters.LETTERS if item["key"] == "wtisd-2023"]
    assert set(letter["versions"]) == six
    bodies = Path(demo_letters.__file__).parent / "data" / "demo"
    assert all((bodies / f"wtisd-2023.{code}.md").exists() for code in six)


@pytest.mark.django_db
def test_a_pledge_sent_with_a_version_in_another_language_is_refused_and_not_saved():
    user, organisation = pledger()
    data = good_data(title={"en": "Connect schools", "de": "Schulen anbinden"})
    with pytest.raises(ValidationError) as refused:
        submission.save_draft(user, organisation, data)
    assert "Unknown language code: de." in str(refused.value)
    assert not Pledge.objects.exists()


@pytest.mark.django_db
def test_a_new_text_shows_six_empty_boxes_without_a_summary(admin_client):
    page = admin_client.get("/en/admin/events/series/add/").content.decode()
    assert 'name="name_ar"' in page and 'name="name_es"' in page
    assert "Written in:" not in page and "no version yet" not in page
