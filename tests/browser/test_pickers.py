"""In Chromium: the nationality picker of the registration form is typed into, picked from with
the keyboard, and the registration records the country; nothing breaks the security policy."""

import pytest

from plenaria.registration.models import Registration
from tests.browser.conftest import in_chromium
from tests.registration.factories import open_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def test_type_naur_pick_nauru_with_the_keyboard_and_register(live_server, settings):
    from tests.factories import OrganisationFactory

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OrganisationFactory(name={"en": "Alpha Academy"}, acronym="AA")
    event = open_event()
    seen = {}

    def journey(page):
        page.context.add_init_script(LISTEN)
        page.goto(f"{live_server.url}/en/events/{event.slug}/register/")
        page.fill("#id_first_name", "Lidia")
        page.fill("#id_last_name", "Adeang")
        page.fill("#id_email", "lidia@example.org")
        page.select_option("#id_gender", "woman")
        page.fill("#id_year_of_birth", "1990")
        picker = page.get_by_role("combobox", name="Nationality")
        picker.click()
        picker.press_sequentially("naur")
        seen["options"] = page.locator(
            "#id_nationality-picker-list [role=option]"
        ).all_inner_texts()
        seen["expanded"] = picker.get_attribute("aria-expanded")
        seen["active"] = picker.get_attribute("aria-activedescendant")
        picker.press("ArrowDown")
        picker.press("ArrowUp")
        picker.press("Enter")
        seen["shown"] = picker.input_value()
        seen["chosen"] = page.locator("#id_nationality").input_value()
        # Escape closes a list without changing the choice.
        org = page.get_by_role("combobox", name="Organisation")
        org.fill("zzz-nothing")
        org.press("Escape")
        page.select_option("#id_capacity", "delegate")
        page.select_option("#id_mode", "in_person")
        page.check("#id_consent")
        page.click("form.stacked button[type=submit]")
        page.wait_for_load_state("networkidle")
        seen["violations"] = page.evaluate("window.__violations")

    in_chromium(journey)
    assert seen["options"] == ["Nauru"]
    assert seen["expanded"] == "true" and seen["active"]
    assert seen["shown"] == "Nauru" and seen["chosen"] == "NR"
    assert seen["violations"] == []
    assert Registration.objects.get().nationality_id == "NR"


def test_the_letter_sending_form_picks_organisations_as_chips(live_server, secretariat_user):
    import datetime

    from django.test import Client

    from plenaria.circulars import services as letters
    from tests.circulars.factories import ready_letter
    from tests.factories import ContactFactory, OrganisationFactory

    zeta = OrganisationFactory(name={"en": "Zeta Institute"}, acronym="ZI")
    ContactFactory(organisation=zeta)
    OrganisationFactory(name={"en": "Alpha Academy"}, acronym="AA")
    letter = letters.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    session = Client()
    session.force_login(secretariat_user)
    cookie = {"name": "sessionid", "value": session.cookies["sessionid"].value}
    seen = {}

    def journey(page):
        page.context.add_init_script(LISTEN)
        page.goto(f"{live_server.url}/en/letters/desk/{letter.pk}/send/")
        count = page.locator("#recipient-count strong")
        count.wait_for()
        seen["before"] = count.inner_text()
        picker = page.locator("#id_organisations-picker")
        picker.click()
        picker.press_sequentially("zeta")
        picker.press("Enter")
        page.wait_for_function(
            "before => document.querySelector('#recipient-count strong')?.innerText !== before",
            arg=seen["before"],
        )
        seen["after"] = count.inner_text()
        seen["chips"] = page.locator(".picker-chip").all_inner_texts()
        seen["chosen"] = page.locator("#id_organisations").evaluate(
            "select => Array.from(select.selectedOptions, o => o.value)"
        )
        seen["value"] = picker.input_value()
        picker.press("Backspace")
        seen["after_backspace"] = page.locator(".picker-chip").count()
        picker.press_sequentially("ZI")
        picker.press("Enter")
        seen["violations"] = page.evaluate("window.__violations")

    in_chromium(journey, cookies=[{**cookie, "url": live_server.url}])
    # The live count grew by Zeta's one contact as soon as it was picked.
    assert int(seen["after"].split()[0]) == int(seen["before"].split()[0]) + 1
    assert seen["chips"] == ["Zeta Institute (ZI) ×"]
    assert seen["chosen"] == [str(zeta.pk)] and seen["value"] == ""
    assert seen["after_backspace"] == 0
    assert seen["violations"] == []
