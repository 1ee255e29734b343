"""In a real browser: a person registers in French, opens the private link from the mail they
receive (which confirms their address); the focal point of their country signs in and
approves them."""

import pytest

from plenaria.registration.models import Registration
from tests.browser.conftest import in_chromium
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event
from tests.registration.mailbox import link_sent_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_register_then_the_focal_point_approves(live_server, settings):
    from tests.factories import MemberStateFactory

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda", "fr": "Rwanda"})
    make_focal_point(rwanda, "fp-rwanda")
    event = open_event(approval_required=True, in_person_capacity=5)
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/fr/events/{event.slug}/register/")
        page.fill("#id_first_name", "Aline")
        page.fill("#id_last_name", "Mukamana")
        page.fill("#id_email", "aline@example.org")
        page.select_option("#id_gender", "woman")
        page.fill("#id_year_of_birth", "1999")
        page.select_option("#id_organisation", str(rwanda.pk))
        page.select_option("#id_capacity", "delegate")
        page.select_option("#id_mode", "in_person")
        page.select_option("#id_interpretation_language", "fr")
        page.check("#id_consent")
        page.click("form.stacked button[type=submit]")
        seen["answer"] = page.locator(".received").inner_text()
        seen["answer_url"] = page.url
        # The private link comes only in the mail, as to a real registrant.
        page.goto(live_server.url + link_sent_to("aline@example.org"))
        seen["private_url"] = page.url
        seen["status"] = page.locator(".status").inner_text()

        page.goto(f"{live_server.url}/en/registration/login/")
        page.fill("#id_username", "fp-rwanda")
        page.fill("#id_password", "pw-fp-12345")
        page.click("form.stacked button[type=submit]")
        page.goto(f"{live_server.url}/en/registration/delegations/{event.slug}/")
        page.get_by_label("Aline Mukamana").check()
        page.select_option("#id_decision", "approve")
        page.get_by_role("button", name="Apply").click()
        seen["message"] = page.locator(".messages").inner_text()

    in_chromium(journey, locale="fr-FR")
    assert "/registration/mine/" not in seen["answer_url"] + seen["answer"]
    assert "/fr/registration/mine/" in seen["private_url"]
    assert Registration.objects.get().confirmed_at is not None
    assert seen["status"] == "En attente de l'approbation du coordonnateur"
    assert "1 registration decided." in seen["message"]
    assert Registration.objects.get().status == "seated"
