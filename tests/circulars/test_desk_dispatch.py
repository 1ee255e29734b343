"""Sending from the desk: categories, regions and a hand-made list; a count to confirm."""

import pytest
from django.urls import reverse

from plenaria.circulars.models import Delivery
from plenaria.directory.models import Country
from tests.circulars.factories import ready_letter
from tests.circulars.test_dispatch import issued_letter
from tests.factories import ContactFactory, MemberStateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    rwanda = MemberStateFactory(country=Country.objects.get(code="RW"))
    france = MemberStateFactory(country=Country.objects.get(code="FR"))
    university = OrganisationFactory(category="academia")
    ContactFactory(organisation=rwanda, email="minict@gov.rw")
    ContactFactory(organisation=france, email="dge@finances.gouv.fr")
    ContactFactory(organisation=france, email="cabinet@finances.gouv.fr", is_active=False)
    ContactFactory(organisation=university, email="dean@uni.example.org")
    ContactFactory(organisation=university, email="rector@uni.example.org")
    return {"university": university}


def test_hand_made_list_is_counted_confirmed_then_sent(
    secretariat_client, directory, mailoutbox, django_capture_on_commit_callbacks
):
    letter = issued_letter(["member_states"])
    url = reverse("circulars:dispatch", args=[letter.pk])
    assert "member_states" in secretariat_client.get(url).content.decode()
    choice = {
        "categories": ["member_states"],
        "regions": ["africa"],
        "organisations": [directory["university"].pk],
        "emails": "DGE@Finances.gouv.fr,\nnobody@nowhere.example.org; cabinet@finances.gouv.fr",
    }
    confirm = secretariat_client.post(url, choice).content.decode()
    # Rwanda by region, the university's two contacts, France's active contact by address.
    assert "4 addresses match the addressees (0 already queued or sent)" in confirm
    assert "nobody@nowhere.example.org" in confirm and "cabinet@finances.gouv.fr" in confirm
    assert "Send to 4 new addresses" in confirm and not Delivery.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(url, {**choice, "confirm": "1"})
    assert response.url == reverse("circulars:dispatch_progress", args=[letter.pk])
    assert "Sent: 4" in secretariat_client.get(response.url).content.decode()
    assert sorted(m.to[0] for m in mailoutbox) == [
        "dean@uni.example.org",
        "dge@finances.gouv.fr",
        "minict@gov.rw",
        "rector@uni.example.org",
    ]
    again = secretariat_client.post(url, choice).content.decode()
    assert "(4 already queued or sent)" in again and "Nobody new to send to." in again


def test_forged_or_malformed_choices_are_refused_and_nothing_is_queued(
    secretariat_client, directory
):
    letter = issued_letter(["member_states"])
    url = reverse("circulars:dispatch", args=[letter.pk])
    for bad, message in [
        ({"organisations": ["999999"]}, "Select a valid choice"),
        ({"emails": "dean@uni.example.org not-an-address"}, "not-an-address"),
        ({"categories": ["forged"]}, "forged is not one of the available choices"),
        ({}, "Choose addressee categories, organisations, contacts or addresses."),
    ]:
        response = secretariat_client.post(url, {**bad, "confirm": "1"})
        assert response.status_code == 200 and message in response.content.decode()
    assert not Delivery.objects.exists()

    draft = ready_letter()
    response = secretariat_client.post(
        reverse("circulars:dispatch", args=[draft.pk]),
        {"categories": ["academia"], "confirm": "1"},
        follow=True,
    )
    assert "Only an issued letter can be sent." in response.content.decode()
    assert not Delivery.objects.exists()


def test_the_live_count_follows_the_choice_and_queues_nothing(secretariat_client, directory):
    letter = issued_letter(["member_states"])
    url = reverse("circulars:dispatch_count", args=[letter.pk])
    choice = {
        "categories": ["member_states"],
        "regions": ["africa"],
        "organisations": [directory["university"].pk],
        "emails": "nobody@nowhere.example.org",
    }
    counted = secretariat_client.post(url, choice).content.decode()
    assert "3 new addresses will receive the letter" in counted
    assert "1 pasted address is no contact's." in counted
    narrower = secretariat_client.post(
        url, {"categories": ["member_states"], "regions": ["africa"]}
    )
    assert "1 new address will receive the letter" in narrower.content.decode()
    forged = secretariat_client.post(url, {"organisations": ["999999"]})
    assert forged.status_code == 400 and "Select a valid choice" in forged.content.decode()
    assert not Delivery.objects.exists()
