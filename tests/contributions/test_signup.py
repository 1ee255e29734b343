"""A new entity signs up to pledge: nothing works until its contact confirms their address."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from plenaria.contributions.models import PledgerAccess
from plenaria.directory.models import Contact, Organisation

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/pledges/mine/signup/confirm/\S+/")
FORM = {
    "name": "Connect Rural Rwanda",
    "country": "RW",
    "stakeholder_type": "civil_society",
    "first_name": "Amina",
    "last_name": "Uwase",
    "email": "Amina@Example.org",
    "password": "a-long-pass-phrase-91",
}


def _rows():
    return (
        Organisation.objects.count(),
        Contact.objects.count(),
        get_user_model().objects.count(),
        PledgerAccess.objects.count(),
    )


def _sign_up(client, capture, language="fr", **changes):
    with capture(execute=True):
        return client.post(f"/{language}/pledges/mine/signup/", {**FORM, **changes})


def test_an_entity_signs_up_confirms_its_address_and_then_pledges(
    client, django_capture_on_commit_callbacks
):
    assert client.get(reverse("contributions:signup")).status_code == 200
    response = _sign_up(client, django_capture_on_commit_callbacks)
    assert response["Location"] == "/fr/pledges/mine/signup/sent/"
    organisation = Organisation.objects.get(acronym="", name__fr="Connect Rural Rwanda")
    assert (organisation.category, organisation.wsis_stakeholder_type) == ("other", "civil_society")
    assert not organisation.is_active and organisation.country_id == "RW"
    user = get_user_model().objects.get(email="amina@example.org")
    assert not user.is_active
    assert Contact.objects.get(organisation=organisation).preferred_language == "fr"
    # Before the address is confirmed, the account cannot sign in.
    assert not client.login(username="amina@example.org", password=FORM["password"])

    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    link = urlsplit(LINK.search(message.body).group(0)).path
    assert link.startswith("/fr/")
    assert "Adresse confirmée" in client.get(link).content.decode()
    assert client.get(link).status_code == 200  # a second opening changes nothing
    organisation.refresh_from_db()
    assert organisation.is_active
    assert client.login(username="amina@example.org", password=FORM["password"])
    assert client.get(reverse("contributions:new")).status_code == 200


def test_a_second_sign_up_with_the_same_address_changes_nothing_and_says_so(
    client, django_capture_on_commit_callbacks
):
    _sign_up(client, django_capture_on_commit_callbacks)
    before, sent = _rows(), len(mail.outbox)
    again = _sign_up(client, django_capture_on_commit_callbacks, email="AMINA@example.org")
    assert again.status_code == 200
    assert "existe déjà : rien n" in again.content.decode()
    assert _rows() == before and len(mail.outbox) == sent


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password": "123"}, "too short"),
        ({"country": "XX"}, "Select a valid choice"),
        ({"email": "not-an-address"}, "valid email"),
        ({"name": "  "}, "required"),
    ],
)
def test_a_bad_sign_up_creates_nothing(
    client, django_capture_on_commit_callbacks, changes, message
):
    before = _rows()
    page = _sign_up(client, django_capture_on_commit_callbacks, "en", **changes)
    assert page.status_code == 200 and message in page.content.decode()
    assert _rows() == before and not mail.outbox


def test_a_forged_or_broken_link_confirms_nothing(client, django_capture_on_commit_callbacks):
    _sign_up(client, django_capture_on_commit_callbacks)
    link = urlsplit(LINK.search(mail.outbox[0].body).group(0)).path
    page = client.get(link[:-6] + "x/")
    assert page.status_code == 400 and "Ce lien ne fonctionne pas" in page.content.decode()
    assert not get_user_model().objects.get(email="amina@example.org").is_active


def test_a_sign_up_not_confirmed_in_time_is_forgotten(client, django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone

    from plenaria.contributions.pledges.signup import forget_unconfirmed

    _sign_up(client, django_capture_on_commit_callbacks)
    _sign_up(client, django_capture_on_commit_callbacks, email="kept@example.org", name="Kept")
    confirmed = urlsplit(LINK.search(mail.outbox[-1].body).group(0)).path
    client.get(confirmed)
    assert forget_unconfirmed() == 0  # still within the week
    later = timezone.now() + datetime.timedelta(days=8)
    assert forget_unconfirmed(later) == 1
    assert not get_user_model().objects.filter(email="amina@example.org").exists()
    assert not Organisation.objects.filter(name__fr="Connect Rural Rwanda").exists()
    assert not Contact.objects.filter(email="amina@example.org").exists()
    assert get_user_model().objects.get(email="kept@example.org").is_active
    assert forget_unconfirmed(later) == 0
