"""Names as people write them: saved and shown in any script, sorted in the reader's language,
found whatever the accents and the case (Latin, Greek, Cyrillic) on SQLite and PostgreSQL."""

import pytest
from django.db import connection
from django.utils import translation

from plenaria.core import collation, names
from plenaria.registration.models import Registration
from plenaria.registration.queries import of_event
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db

PEOPLE = [
    ("Émile", "Zola"),
    ("Paul", "Éluard"),
    ("Leila", "Abbas"),
    ("Seán", "O'Brien"),
    ("Анна", "Ёлкина"),
    ("Пётр", "Едоков"),
    ("Иван", "Йорк"),
    ("Ольга", "Иванова"),
    ("محمد", "عباس"),
    ("小明", "王"),
    ("小红", "李"),
    ("伟", "张"),
    ("Hans", "Müller"),
]
LATIN = ["Abbas", "Éluard", "Müller", "O'Brien", "Zola"]
CYRILLIC = ["Едоков", "Ёлкина", "Иванова", "Йорк"]  # е and ё alike, й a letter of its own
ARABIC = ["عباس"]
HAN = ["张", "李", "王"]  # by code point, as ICU has them outside Chinese
# A Chinese reader gets them by pinyin (li, wang, zhang) from ICU; SQLite has no pinyin.
PINYIN = ["李", "王", "张"] if connection.vendor == "postgresql" else HAN
EXPECTED = {
    "fr": LATIN + CYRILLIC + ARABIC + HAN,
    "ru": CYRILLIC + LATIN + ARABIC + HAN,
    "ar": ARABIC + LATIN + CYRILLIC + HAN,
    "zh": PINYIN + LATIN + CYRILLIC + ARABIC,
}


@pytest.fixture
def event():
    event = open_event(in_person_capacity=100)
    for first, last in PEOPLE:
        register(event, first_name=first, last_name=last)
    return event


@pytest.mark.parametrize(
    "typed, written",
    [
        ("jose", "José"),
        ("JOSÉ", "josé"),
        ("ЁЛКИН", "Ёлкин"),
        ("елкин", "Ёлкин"),
        ("йорк", "ЙОРК"),
        ("иорк", "Йорк"),
        ("müller", "Muller"),
        ("muller", "MÜLLER"),
        ("σωκρατης", "ΣΩΚΡΆΤΗΣ"),
        ("nguyen", "Nguyễn"),
        ("o'brien", "O'Brien"),
        ("عباس", "محمد عباس"),
        ("王", "王小明"),
    ],
)
def test_a_word_matches_its_accented_and_cased_forms(typed, written):
    import re

    assert re.search(names.pattern(typed), written)


def test_typed_words_are_bounded_and_control_characters_are_spaces():
    assert names.words("a\x00b " * 100) == ["a", "b", "a", "b", "a", "b"]
    assert names.all_words("\x00 \t") is None
    assert names.words("x" * 500) == ["x" * names.MAX_LENGTH]


@pytest.mark.parametrize(
    "typed, found",
    [
        ("jose", []),
        ("emile", ["Zola"]),
        ("ÉMILE zola", ["Zola"]),
        ("ЁЛКИНА", ["Ёлкина"]),
        ("елкина", ["Ёлкина"]),
        ("ПЕТР", ["Едоков"]),
        ("müller", ["Müller"]),
        ("MULLER", ["Müller"]),
        ("sean o'brien", ["O'Brien"]),
        ("محمد", ["عباس"]),
        ("小明", ["王"]),
        ("[a-z]*", []),
    ],
)
def test_the_secretariat_finds_names_without_regard_to_accents_and_case(
    secretariat_client, event, typed, found
):
    page = secretariat_client.get(f"/en/registration/manage/{event.slug}/", {"q": typed})
    assert page.status_code == 200
    assert sorted(r.last_name for r in page.context["page"]) == sorted(found)


@pytest.mark.parametrize("language", ["fr", "ru", "ar", "zh-hans"])
def test_the_list_by_name_follows_the_readers_language(secretariat_client, event, language):
    url = f"/{language}/registration/manage/{event.slug}/"
    page = secretariat_client.get(url, {"order": "name"})
    shown = [r.last_name for r in page.context["page"]]
    assert shown == EXPECTED[language[:2]]
    # Each name is on the page as written, the apostrophe escaped.
    html = page.content.decode()
    assert all(name in html for name in ["Ёлкина", "عباس", "王", "Müller", "O&#x27;Brien"])
    assert "O'Brien" not in html


def test_the_order_by_name_costs_no_more_queries_with_more_people(secretariat_client, event):
    from django.test.utils import CaptureQueriesContext

    url = f"/ru/registration/manage/{event.slug}/"
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url, {"order": "name"})
    for n in range(20):
        register(event, first_name="Юрий", last_name=f"Ёжиков{n}")
    with CaptureQueriesContext(connection) as many:
        secretariat_client.get(url, {"order": "name"})
    assert len(many) == len(few)


def test_the_collation_follows_the_active_language(event):
    queryset = Registration.objects.filter(event=event)
    for language, expected in EXPECTED.items():
        with translation.override(language):
            ordered = queryset.order_by(*collation.by_name("last_name"), "id")
            assert list(ordered.values_list("last_name", flat=True)) == expected


def test_python_sort_key_agrees_with_the_database_but_for_chinese():
    people = [last for _first, last in PEOPLE]
    for language in ["fr", "ru", "ar"]:
        assert sorted(people, key=lambda n: collation.sort_key(n, language)) == EXPECTED[language]


def test_an_unknown_language_falls_back_to_the_default_collation(event):
    with translation.override("xx"):
        ordered = Registration.objects.order_by(*collation.by_name("last_name"), "id")
        assert ordered.count() == len(PEOPLE)
        assert list(ordered.values_list("last_name", flat=True))[:5] == LATIN


def test_the_admin_finds_and_orders_contacts_and_speakers(secretariat_client):
    from plenaria.programme.models import Speaker
    from tests.factories import ContactFactory

    for first, last in [("Анна", "Ёлкина"), ("Hans", "Müller"), ("Пётр", "Едоков")]:
        ContactFactory(first_name=first, last_name=last)
    for name in ["Ёлкина Анна", "Hans Müller", "王小明"]:
        Speaker.objects.create(name=name)

    contacts = secretariat_client.get("/ru/admin/directory/contact/")
    assert [c.last_name for c in contacts.context["cl"].result_list] == [
        "Едоков",
        "Ёлкина",
        "Müller",
    ]
    found = secretariat_client.get("/ru/admin/directory/contact/", {"q": "ЕЛКИНА"})
    assert [c.last_name for c in found.context["cl"].result_list] == ["Ёлкина"]
    speakers = secretariat_client.get("/en/admin/programme/speaker/", {"q": "muller"})
    assert [s.name for s in speakers.context["cl"].result_list] == ["Hans Müller"]
    assert "王小明" in secretariat_client.get("/zh-hans/admin/programme/speaker/").content.decode()


def test_the_desk_finds_a_person_by_name_without_accents_in_the_readers_order(event):
    from plenaria.registration.checkin import find_by_name

    assert [r.last_name for r in find_by_name(event, "ЕЛКИНА анна").matches] == ["Ёлкина"]
    with translation.override("ru"):
        everyone = find_by_name(event, "").matches
    assert [r.last_name for r in everyone] == EXPECTED["ru"]


def test_the_badge_search_finds_a_name_without_accents(secretariat_client, event):
    page = secretariat_client.get(f"/en/registration/badges/{event.slug}/", {"name": "%_"})
    assert page.status_code == 200 and not page.context["found"]
    page = secretariat_client.get(f"/en/registration/badges/{event.slug}/", {"name": "MULLER"})
    assert [r.last_name for r in page.context["found"]] == ["Müller"]


def test_by_name_with_a_grouping_filter_that_needs_distinct_rows(secretariat_client, event):
    url = f"/ru/registration/manage/{event.slug}/"
    page = secretariat_client.get(url, {"order": "name", "grouping": "LDC", "q": "ёлкина"})
    assert page.status_code == 200
    with translation.override("ru"):
        assert list(of_event(event, {"grouping": "LDC", "order": "name"})) == []
