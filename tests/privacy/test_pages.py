"""The secretariat's pages: find a person, read and download what is held, erase it."""

import json

import pytest
from django.contrib.auth import get_user_model

from plenaria.registration.models import Registration
from tests.privacy.conftest import EMAIL, PASSPORT

pytestmark = pytest.mark.django_db
FIND, PERSON = "/en/privacy/", "/en/privacy/person/"
DOWNLOAD, ERASE = "/en/privacy/person/data.json", "/en/privacy/person/erase/"


def test_only_the_secretariat_may_see_personal_data(client, person):
    for url in (FIND, PERSON, DOWNLOAD, ERASE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(("/en/account/", "/en/admin/login/"))
    staff = get_user_model().objects.create_user(
        "clerk", "c@example.org", "pw-12345678", is_staff=True
    )
    client.force_login(staff)
    for url in (FIND, PERSON, DOWNLOAD, ERASE):
        assert client.get(url).status_code == 403
    assert client.post(FIND, {"email": EMAIL}).status_code == 403
    client.force_login(person["login"])  # a focal point
    assert client.post(ERASE, {"confirm": EMAIL}).status_code == 403
    assert Registration.objects.get(pk=person["registration"].pk).erased_at is None


def test_find_read_download_and_erase(secretariat_client, person):
    admin_index = secretariat_client.get("/en/admin/").content.decode()
    assert f'href="{FIND}"' in admin_index  # the way in
    page = secretariat_client.get(FIND)
    assert page.status_code == 200
    assert secretariat_client.get(PERSON)["Location"] == FIND  # nobody chosen yet

    bad = secretariat_client.post(FIND, {"email": "not an address"})
    assert bad.status_code == 200 and "Enter a valid email address." in bad.content.decode()

    found = secretariat_client.post(FIND, {"email": EMAIL.upper()})
    assert found["Location"] == PERSON
    assert EMAIL not in found["Location"]  # the address stays out of page addresses
    page = secretariat_client.get(PERSON).content.decode()
    for text in ("Amina", PASSPORT, "Director of ICT", "Dr Amina Uwimana", "mailbox unknown"):
        assert text in page
    assert "Registrations" in page and "Check-ins" in page

    download = secretariat_client.get(DOWNLOAD)
    assert download["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    data = json.loads(download.content)
    assert data["registrations"][0]["passport_number"] == PASSPORT

    confirm = secretariat_client.get(ERASE).content.decode()
    assert "What will be erased" in confirm and "What is kept" in confirm
    assert "1 registration:" in confirm and "1 login account" in confirm

    wrong = secretariat_client.post(ERASE, {"confirm": "someone@example.org"})
    assert wrong.status_code == 200
    assert "This is not the address being erased." in wrong.content.decode()
    assert Registration.objects.get(pk=person["registration"].pk).erased_at is None

    done = secretariat_client.post(ERASE, {"confirm": f" {EMAIL} "}, follow=True)
    assert "Personal data erased. Registrations: 1; speaker entries: 1" in done.content.decode()
    registration = Registration.objects.get(pk=person["registration"].pk)
    assert registration.erased_at is not None and registration.passport_number == ""
    assert secretariat_client.get(PERSON)["Location"] == FIND

    secretariat_client.post(FIND, {"email": EMAIL})
    assert "Nothing is held on this address." not in secretariat_client.get(PERSON).content.decode()
