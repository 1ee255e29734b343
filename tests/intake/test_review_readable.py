"""The review page shows what a person reads: names, dates, lists; the event's title and theme
from the letter; a warning at once when the letter is already held."""

import datetime
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import formats, translation

from plenaria.circulars.demo import load_circulars_demo
from plenaria.circulars.models import Letter

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[2] / "src/plenaria/intake/corpus"
WTISD_23 = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
WTISD_21 = (CORPUS / "seed_000.txt").read_text(encoding="utf-8")


def review(client, text, language="en"):
    with translation.override(language):
        return client.post(reverse("intake:upload"), {"text": text})


def in_words(*day, language="en") -> str:
    with translation.override(language):
        return formats.date_format(datetime.date(*day), "DATE_FORMAT")


def facts(body: str) -> str:
    start = body.index('class="facts-list"')
    return body[start : body.index("</dl>", start)]


def test_the_facts_are_shown_as_a_person_reads_them(secretariat_client, offices_and_series):
    body = review(secretariat_client, WTISD_23).content.decode()
    shown = facts(body)
    assert "{" not in shown and "'code'" not in body and "Found(" not in body
    assert "General Secretariat" in shown  # the office by its name in the reader's language
    assert "<li>Member States</li>" in shown and "<li>Sector Members</li>" in shown
    assert in_words(2023, 4, 12) in shown and "2023-04-12" not in shown  # the letter's date
    assert in_words(2023, 4, 20) in shown and "2023-04-20" not in shown  # the deadline
    assert "April" in in_words(2023, 4, 20)
    assert "(interpretation)" in shown


def test_dates_follow_the_readers_language(secretariat_client, offices_and_series):
    shown = facts(review(secretariat_client, WTISD_23, "fr").content.decode())
    assert "avril" in in_words(2023, 4, 12, language="fr")
    assert in_words(2023, 4, 12, language="fr") in shown and "2023-04-12" not in shown


def test_the_title_and_theme_the_letter_states_fill_the_event(
    secretariat_client, offices_and_series
):
    body = review(secretariat_client, WTISD_23).content.decode()
    title = "Journée mondiale des télécommunications et de la société de l&#x27;information"
    assert f'name="title_fr" value="{title}"' in body
    assert 'name="theme_fr" value="Donner des moyens d&#x27;action aux pays' in body
    assert 'name="title_en" class' in body  # the English title is not invented


def test_a_letter_already_held_is_reported_before_the_form(secretariat_client):
    load_circulars_demo()
    held = Letter.objects.get(reference="CL-21/20")
    body = review(secretariat_client, WTISD_21).content.decode()
    warning = body.index("Plenaria already holds a letter CL-21/20")
    form = body.index(f'action="{reverse("intake:create")}"')
    assert warning < form
    assert reverse("circulars:desk_letter", args=[held.pk]) in body[warning:form]


def test_a_new_reference_is_not_warned_about(secretariat_client, offices_and_series):
    body = review(secretariat_client, WTISD_23).content.decode()
    assert "already holds" not in body
