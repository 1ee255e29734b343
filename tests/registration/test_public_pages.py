"""The public form in the user's language and the private self-service link."""

import pytest
from django.core import mail

from plenaria.registration.models import Registration
from plenaria.registration.tokens import make_token
from tests.registration.factories import open_event, register
from tests.registration.mailbox import link_sent_to

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Aline",
    "last_name": "Mukamana",
    "email": "aline@example.org",
    "gender": "woman",
    "year_of_birth": "1998",
    "nationality": "RW",
    "capacity": "delegate",
    "mode": "remote",
    "interpretation_language": "fr",
    "consent": "on",
}


def test_register_through_the_french_form(client, rwanda, django_capture_on_commit_callbacks):
    event = open_event(approval_required=True)
    page = client.get(f"/fr/events/{event.slug}/register/")
    assert page.status_code == 200
    assert '<html lang="fr"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/fr/events/{event.slug}/register/", {**FORM, "organisation": rwanda.pk}, follow=True
        )
    registration = Registration.objects.get()
    # The page never shows the private link: it goes only to the address typed.
    [(answer, status)] = response.redirect_chain
    assert status == 302 and answer.startswith(f"/fr/events/{event.slug}/register/received/")
    assert response.status_code == 200
    assert make_token(registration) not in response.content.decode()
    assert "/registration/mine/" not in response.content.decode()
    assert (registration.status, registration.language) == ("pending", "fr")
    assert mail.outbox[0].to == ["aline@example.org"]
    assert link_sent_to("aline@example.org") == f"/fr/registration/mine/{make_token(registration)}/"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"organisation": "999999"}, "This organisation is not in the directory."),
        ({"year_of_birth": "2999"}, "The year of birth cannot be in the future."),
        ({"mode": "in_person"}, "is not one of the available choices"),
        ({"consent": ""}, "This field is required."),
    ],
)
def test_bad_input_on_the_form_is_explained_and_nothing_saved(client, change, message):
    from tests.factories import EventFactory

    event = open_event(event=EventFactory(format="virtual"))
    response = client.post(f"/en/events/{event.slug}/register/", {**FORM, **change})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Registration.objects.exists()


def test_second_registration_with_same_email_on_the_form(client):
    event = open_event()
    register(event, email="aline@example.org")
    response = client.post(f"/en/events/{event.slug}/register/", FORM, follow=True)
    # Answered as a new registration would be: the page tells no one who is registered.
    assert response.status_code == 200
    assert "already registered" not in response.content.decode()
    assert "Check your mailbox" in response.content.decode()
    assert Registration.objects.count() == 1


def test_no_form_for_an_event_without_registration(client):
    from tests.factories import EventFactory

    response = client.get(f"/en/events/{EventFactory().slug}/register/")
    assert response.status_code == 404
    assert "does not take registrations" in response.content.decode()


def test_private_link_shows_changes_and_cancels(client):
    event = open_event(in_person_capacity=1)
    person = register(event, first_name="Aline")
    waiting = register(event)
    url = f"/en/registration/mine/{make_token(person)}/"
    assert "Aline" in client.get(url).content.decode()

    client.post(url, {"action": "change", "mode": "in_person", "interpretation_language": "es"})
    person.refresh_from_db()
    assert person.interpretation_language == "es"

    client.post(url, {"action": "cancel"})
    person.refresh_from_db()
    waiting.refresh_from_db()
    assert (person.status, waiting.status) == ("cancelled", "seated")


def test_tampered_or_revoked_link_is_refused(client):
    event = open_event()
    person = register(event)
    token = make_token(person)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for bad in (forged, "nonsense", make_token(register(event)).replace(":", "x", 1)):
        response = client.post(f"/en/registration/mine/{bad}/", {"action": "cancel"})
        assert response.status_code == 404
        assert "not valid" in response.content.decode()
    person.link_key = "revoked"
    person.save()
    assert client.get(f"/en/registration/mine/{token}/").status_code == 404
    assert Registration.objects.filter(status="cancelled").count() == 0
