import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from plenaria.core.translation import TranslatedText
from plenaria.events.models import Series


def test_the_active_language_then_english_then_french():
    text = TranslatedText({"fr": "Salle Popov", "en": "Popov Room"})
    with translation.override("fr"):
        assert str(text) == "Salle Popov"
    with translation.override("ru"):
        assert str(text) == "Popov Room"
    only_french = TranslatedText({"fr": "Genève"})
    with translation.override("es"):
        assert str(only_french) == "Genève"
        assert only_french.language_of() == "fr"


def test_blank_languages_are_dropped():
    assert TranslatedText({"en": "  ", "fr": "Genève "}) == {"fr": "Genève"}


@pytest.mark.django_db
def test_each_language_is_held_to_the_length_limit():
    series = Series(acronym="X", name={"en": "ok", "fr": "x" * 301})
    with pytest.raises(ValidationError) as error:
        series.full_clean()
    assert "The French text is 301 characters long" in str(error.value.message_dict["name"])


@pytest.mark.django_db
def test_an_unknown_language_and_an_empty_required_text_are_refused():
    with pytest.raises(ValidationError):
        Series(acronym="X", name={"xx": "text"}).full_clean()
    with pytest.raises(ValidationError):
        Series(acronym="X", name={}).full_clean()


@pytest.mark.django_db
def test_a_key_lookup_finds_the_text_in_one_language():
    Series.objects.create(acronym="WTISD", name={"en": "World Day", "fr": "Journée mondiale"})
    assert Series.objects.get(name__fr="Journée mondiale").acronym == "WTISD"
    assert str(Series.objects.get(acronym="WTISD").name) == "World Day"
    assert list(Series.objects.values_list("name__fr", flat=True)) == ["Journée mondiale"]
