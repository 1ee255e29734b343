"""Long lists are sorted by name in the reader's language and carry what a type-ahead searches."""

import pytest
from django.utils import translation

from plenaria.circulars.forms import DispatchForm
from plenaria.core.timezones import timezone_choices, validate_timezone
from plenaria.directory.models import Organisation
from plenaria.directory.queries import country_choices, organisation_choices
from plenaria.registration.forms import RegistrationForm
from tests.factories import ContactFactory, OrganisationFactory
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db


def names(choices):
    return [label for _value, label in choices]


def test_countries_are_sorted_by_their_french_name_in_french():
    with translation.override("fr"):
        listed = names(country_choices()[0])
    assert listed.index("Allemagne") < listed.index("Autriche") < listed.index("Belgique")
    # Accents do not send a name to the end: "Égypte" sits among the E's.
    assert listed.index("Équateur") < listed.index("Érythrée") < listed.index("Espagne")


def test_nauru_is_nauru_in_english_and_searchable_by_code_and_other_names():
    with translation.override("en"):
        listed, search = country_choices()
    assert ("NR", "Nauru") in listed
    assert "Naoero" not in names(listed)
    assert search["NR"].startswith("NR ") and "Nauru" in search["NR"]
    assert "Allemagne" in search["DE"] and "Germany" in search["DE"]


def test_the_registration_form_offers_countries_and_organisations_by_name():
    event = open_event()
    zeta = OrganisationFactory(name={"en": "Zeta Institute", "fr": "Institut Zeta"}, acronym="ZI")
    alpha = OrganisationFactory(name={"en": "Alpha Academy", "fr": "Académie Alpha"}, acronym="AA")
    with translation.override("fr"):
        form = RegistrationForm(conf=event.registration_settings)
        html = str(form["nationality"]) + str(form["organisation"])
        organisations = [pk for pk, _label in form.fields["organisation"].choices if pk]
    assert organisations.index(alpha.pk) < organisations.index(zeta.pk)
    assert html.index(">Allemagne<") < html.index(">Autriche<")
    assert "data-picker" in html and 'data-search="NR ' in html


def test_a_focal_points_form_keeps_to_their_own_organisations():
    event = open_event()
    own = OrganisationFactory(name={"en": "Own ministry"})
    OrganisationFactory(name={"en": "Another ministry"})
    form = RegistrationForm(
        conf=event.registration_settings, organisations=Organisation.objects.filter(pk=own.pk)
    )
    assert [pk for pk, _label in form.fields["organisation"].choices if pk] == [own.pk]


def test_organisations_are_searchable_by_every_name_and_acronym():
    org = OrganisationFactory(name={"en": "Alpha Academy", "fr": "Académie Alpha"}, acronym="AA")
    listed, search = organisation_choices(Organisation.objects.filter(pk=org.pk))
    assert listed == [(org.pk, "Alpha Academy (AA)")]
    assert search[str(org.pk)] == "AA Académie Alpha Alpha Academy"


def test_the_letter_sending_form_offers_multi_pickers_sorted_by_name():
    ContactFactory(last_name="Zulu", organisation=OrganisationFactory(name={"en": "Zed"}))
    ContactFactory(last_name="Abara", organisation=OrganisationFactory(name={"en": "Aye"}))
    form = DispatchForm()
    html = str(form["organisations"]) + str(form["contacts"])
    assert html.count("data-picker") == 2 and html.count("multiple") >= 2
    contacts = names(form.fields["contacts"].choices)
    assert contacts[0].startswith("Amina Abara") and contacts[-1].startswith("Amina Zulu")
    organisations = names(form.fields["organisations"].choices)
    assert organisations.index("Aye (ORG" + organisations[0].split("(ORG")[1]) == 0


def test_the_zone_list_has_real_places_only_and_the_common_ones_first():
    zones = [value for value, _label in timezone_choices()]
    for alias in ("Factory", "localtime", "posixrules", "US/Eastern", "Etc/GMT+5", "GMT", "Japan"):
        assert alias not in zones
    assert zones[:3] == ["Europe/Zurich", "UTC", "Europe/Paris"]
    assert "UTC" in zones and "Asia/Tokyo" in zones[:20] and "Pacific/Nauru" in zones
    assert len(zones) == len(set(zones))
    labels = dict(timezone_choices())
    assert labels["America/New_York"].startswith("New York (America/New_York, UTC-")
    assert labels["Africa/Kigali"] == "Kigali (Africa/Kigali, UTC+2)"
    # A zone already stored under an old name is still accepted.
    validate_timezone("US/Eastern")


def test_the_secretariats_correction_form_offers_countries_by_name():
    from plenaria.registration.forms import CorrectionForm

    with translation.override("fr"):
        form = CorrectionForm()
        html = str(form["nationality"])
    assert "data-picker" in html and html.index(">Allemagne<") < html.index(">Autriche<")


def test_an_event_stored_under_an_old_zone_name_can_still_be_edited():
    from plenaria.events.forms import EventForm
    from tests.factories import EventFactory

    event = EventFactory(timezone="US/Eastern")
    form = EventForm(instance=event)
    assert ("US/Eastern", "US/Eastern") in form.fields["timezone"].choices
    assert "data-picker" in str(form["timezone"])
    assert "US/Eastern" not in dict(EventForm().fields["timezone"].choices)
