import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from plenaria.core.models import AuditEntry
from plenaria.directory import services
from plenaria.directory.models import Contact, Country, Organisation
from plenaria.directory.phones import normalise_phone
from tests.factories import ContactFactory, MemberStateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_the_stakeholder_type_follows_from_an_obvious_category(secretariat_user):
    ministry = Organisation(
        name={"en": "Rwanda"}, category="member_state", country=Country.objects.get(code="RW")
    )
    services.save_organisation(secretariat_user, ministry)
    assert ministry.wsis_stakeholder_type == "government"
    entry = AuditEntry.objects.get(object_id=str(ministry.pk), content_type__model="organisation")
    assert entry.actor == secretariat_user and entry.action == "create"


def test_a_contradictory_stakeholder_type_and_a_sectorless_sector_member_are_refused():
    with pytest.raises(ValidationError) as error:
        Organisation(
            name={"en": "Uni"}, category="academia", wsis_stakeholder_type="government"
        ).full_clean()
    assert "wsis_stakeholder_type" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        Organisation(
            name={"en": "Telco"}, category="sector_member", wsis_stakeholder_type="private_sector"
        ).full_clean()
    assert "member_itu_d" in error.value.message_dict
    with pytest.raises(ValidationError):
        Organisation(name={"en": "Uni"}, category="academia", member_itu_t=True).full_clean()


def test_a_sector_member_of_several_sectors():
    telco = OrganisationFactory(
        category="sector_member",
        wsis_stakeholder_type="private_sector",
        member_itu_r=True,
        member_itu_d=True,
    )
    telco.full_clean()
    assert telco.sectors == ["ITU-R", "ITU-D"]


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+41 22 730 60 36", None, "+41227306036"),
        ("022 730 60 36", "CH", "+41227306036"),
        ("+250 788 123 456", None, "+250788123456"),
        ("+41 22", None, None),
        ("not a number", "CH", None),
    ],
)
def test_phone_numbers_are_stored_in_e164(raw, region, expected):
    if expected is None:
        with pytest.raises(ValidationError):
            normalise_phone(raw, region)
    else:
        assert normalise_phone(raw, region) == expected


def test_a_national_number_is_read_in_the_organisations_country():
    contact = ContactFactory.build(organisation=MemberStateFactory(), phone="0788 123 456")
    contact.full_clean()
    assert contact.phone == "+250788123456"


def admin_add(client, model, data):
    return client.post(reverse(f"admin:directory_{model}_add"), data)


def organisation_form(**overrides):
    data = {
        "name_en": "Rwanda",
        "name_fr": "Rwanda",
        "acronym": "RW",
        "category": "member_state",
        "country": "RW",
        "wsis_stakeholder_type": "",
        "website": "",
        "is_active": "on",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }
    return data | overrides


def test_the_admin_refuses_a_second_member_state_for_a_country(secretariat_client):
    MemberStateFactory()
    response = admin_add(secretariat_client, "organisation", organisation_form())
    assert response.status_code == 200
    assert "This country already has its Member State administration." in response.content.decode()
    assert Organisation.objects.filter(category="member_state", country="RW").count() == 1


def test_the_admin_refuses_a_malformed_email_and_phone_and_saves_nothing(secretariat_client):
    form = organisation_form(
        **{
            "acronym": "UR",
            "category": "academia",
            "country": "RW",
            "name_en": "University of Rwanda",
            "contacts-TOTAL_FORMS": "1",
            "contacts-0-last_name": "Mugisha",
            "contacts-0-email": "not-an-address",
            "contacts-0-phone": "12",
            "contacts-0-preferred_language": "fr",
            "contacts-0-is_active": "on",
        }
    )
    response = admin_add(secretariat_client, "organisation", form)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in body
    assert "is not a valid telephone number" in body
    assert not Organisation.objects.filter(acronym="UR").exists()
    assert not Contact.objects.exists()


def test_the_admin_saves_a_valid_organisation_with_its_contact_and_logs_both(secretariat_client):
    form = organisation_form(
        **{
            "acronym": "UR",
            "category": "academia",
            "country": "RW",
            "name_en": "University of Rwanda",
            "contacts-TOTAL_FORMS": "1",
            "contacts-0-last_name": "Mugisha",
            "contacts-0-email": "J.Mugisha@UR.example.org",
            "contacts-0-phone": "0788 123 456",
            "contacts-0-preferred_language": "fr",
            "contacts-0-is_active": "on",
        }
    )
    response = admin_add(secretariat_client, "organisation", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    contact = Contact.objects.get()
    assert (contact.email, contact.phone) == ("j.mugisha@ur.example.org", "+250788123456")
    assert contact.organisation.wsis_stakeholder_type == "academia_technical"
    assert AuditEntry.objects.filter(action="create").count() == 2
