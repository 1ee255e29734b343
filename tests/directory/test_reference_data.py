import pytest
from django.utils import translation
from django_countries import countries

from plenaria.directory import reference_data
from plenaria.directory.models import Country, Grouping

pytestmark = pytest.mark.django_db


def groupings_of(code):
    return {g.code for g in Country.objects.get(code=code).groupings.all()}


def test_every_iso_country_and_territory_is_loaded_with_the_194_member_states():
    assert Country.objects.count() == len(countries)
    assert Country.objects.filter(is_itu_member_state=True).count() == 194
    assert not Country.objects.filter(is_itu_member_state=True, itu_region="").exists()
    assert not Country.objects.filter(is_itu_member_state=False).exclude(itu_region="").exists()


def test_the_examples_of_the_letters():
    rwanda, fiji, switzerland = (Country.objects.get(code=c) for c in ("RW", "FJ", "CH"))
    assert (rwanda.itu_region, groupings_of("RW")) == ("africa", {"LDC", "LLDC"})
    assert fiji.itu_region == "asia_pacific" and groupings_of("FJ") == {"SIDS"}
    assert (switzerland.itu_region, groupings_of("CH")) == ("europe", set())
    assert Country.objects.get(code="EG").itu_region == "arab_states"
    assert Country.objects.get(code="KZ").itu_region == "cis"
    assert Country.objects.get(code="BR").itu_region == "americas"
    # Palestine takes part in ITU's work but is not a Member State; Palau joined in 2024.
    assert not Country.objects.get(code="PS").is_itu_member_state
    assert Country.objects.get(code="PW").is_itu_member_state


def test_grouping_sizes_sources_and_dates():
    sizes = {g.code: g.countries.count() for g in Grouping.objects.all()}
    assert sizes == {"LDC": 44, "LLDC": 32, "SIDS": 58}
    for grouping in Grouping.objects.all():
        assert grouping.source.startswith("UN"), grouping.code
        assert grouping.as_of is not None, grouping.code
    assert str(Grouping.objects.get(code="LDC").as_of) == "2024-12-13"


def test_loading_again_changes_nothing():
    before = list(Country.objects.values_list("code", "itu_region", "is_itu_member_state"))
    counts = reference_data.load(Country, Grouping)
    assert counts["member_states"] == 194 and counts["LLDC"] == 32
    assert list(Country.objects.values_list("code", "itu_region", "is_itu_member_state")) == before
    assert Grouping.objects.count() == 3


def test_country_names_in_the_un_languages():
    germany = Country.objects.get(code="DE")
    names = {}
    for language in ("en", "fr", "es", "ru", "ar", "zh-hans"):
        with translation.override(language):
            names[language] = germany.name
    assert names["en"] == "Germany" and names["fr"] == "Allemagne" and names["es"] == "Alemania"
    assert len(set(names.values())) == 6
