"""The README's walk through the demo, in a real browser, on a demo loaded by the loader: from
the navigation to the upcoming WTISD, register, then open the private link from the mail."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from plenaria.demo.upcoming import wtisd_acronym
from plenaria.directory.models import Organisation
from plenaria.events.models import Event
from plenaria.programme import reference_data as programme_reference
from plenaria.programme.models import ActionLine, SessionType
from plenaria.registration.models import Registration
from tests.browser.conftest import in_chromium
from tests.registration.mailbox import link_sent_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]
ADDRESS = "aline.mukamana@example.org"


@pytest.fixture
def programme_reference_data(reference_data):
    """The loader needs the reference data the migrations hold, which a live server's test
    before this one may have flushed: countries and groupings, session types, action lines."""
    programme_reference.load(SessionType, ActionLine)


def test_a_delegate_registers_for_the_upcoming_wtisd_and_opens_the_link_from_the_mail(
    live_server, settings, programme_reference_data
):
    call_command("load_demo")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    wtisd = Event.objects.get(acronym=wtisd_acronym(timezone.localdate()))
    title = wtisd.title["en"]
    rwanda = Organisation.objects.get(category="member_state", country_id="RW")
    seen = {}

    def journey(page):
        page.goto(f"{live_server.url}/en/")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
        page.get_by_role("link", name=title, exact=True).click()
        seen["event_url"] = page.url
        page.get_by_role("link", name="Register", exact=True).click()
        page.fill("#id_first_name", "Aline")
        page.fill("#id_last_name", "Mukamana")
        page.fill("#id_email", ADDRESS)
        page.select_option("#id_gender", "woman")
        page.fill("#id_year_of_birth", "1996")
        page.select_option("#id_organisation", str(rwanda.pk))
        page.select_option("#id_capacity", "delegate")
        page.select_option("#id_mode", "in_person")
        page.check("#id_consent")
        page.click("form.stacked button[type=submit]")
        seen["heading"] = page.locator("h1").inner_text()
        # The private link comes only in the mail, as to a real registrant.
        page.goto(live_server.url + link_sent_to(ADDRESS))
        seen["private_url"] = page.url
        seen["status"] = page.locator(".status").inner_text()

    in_chromium(journey)
    assert seen["event_url"].endswith(f"/en/events/{wtisd.slug}/")
    assert seen["heading"].startswith("Check your mailbox")
    assert "/en/registration/mine/" in seen["private_url"]
    assert seen["status"] == "Seat confirmed"
    registration = Registration.objects.get(event=wtisd, email=ADDRESS)
    assert registration.confirmed_at is not None and registration.status == "seated"
