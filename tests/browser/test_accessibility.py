"""axe-core, run in Chromium, finds no serious or critical violation of WCAG 2.1 A/AA or of its
best practices on the pages people use most, in English and in Arabic (right to left).

axe-core comes from the npm registry at the version the Makefile pins (`make axe`, which
`make test` runs); without it the test is skipped and says how to get it."""

from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from plenaria.demo.loader import SECRETARIAT_LOGIN
from plenaria.demo.upcoming import wtisd_acronym
from plenaria.events.models import Event
from plenaria.programme import reference_data as programme_reference
from plenaria.programme.models import ActionLine, Session, SessionType

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "var/node/node_modules/axe-core/axe.min.js"
RUN_AXE = """() => axe.run(document, {
  runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
}).then(result => result.violations
  .filter(v => v.impact === "serious" || v.impact === "critical")
  .map(v => `${v.id} (${v.impact}): ${v.help} — first at ${v.nodes[0].target.join(" ")}`))"""


# English on a desktop, Arabic on a 360 px phone, where wide tables scroll in their own box.
SCREENS = [("en", {"width": 1280, "height": 800}), ("ar", {"width": 360, "height": 740})]


def axe_source() -> str:
    if not AXE.exists():
        pytest.skip(
            "axe-core is not installed: `make axe` installs it from the npm registry "
            "(needs npm); accessibility test skipped."
        )
    return AXE.read_text()


@pytest.fixture
def demo(reference_data):
    """The demo as the loader builds it (the reference data the flush took away first): every
    page below has real content, the reports their figures."""
    programme_reference.load(SessionType, ActionLine)
    call_command("load_demo")


def demo_pages():
    """(path after /<lang>, signed in as the secretariat?, what is done there first or None)
    for each page checked; a page with something done is checked before and after."""
    wtisd = Event.objects.get(acronym=wtisd_acronym(timezone.localdate())).slug
    session = Session.objects.select_related("event").order_by("start", "pk").first()
    programme = f"/events/{session.event.slug}/programme"
    letter = apps.get_model("circulars", "Letter").objects.filter(status="issued").first()
    pledge = apps.get_model("contributions", "Pledge").objects.filter(status="published").first()
    call = apps.get_model("contributions", "ActivityCall").objects.order_by("pk").first()
    reported = Event.objects.filter(snapshot__isnull=False).order_by("-start").first()
    registrant = apps.get_model("registration", "Registration").objects.filter(event__slug=wtisd)
    name = registrant.order_by("pk").first().last_name
    public = [
        "/events/",
        f"/events/{wtisd}/",
        f"{programme}/",
        f"{programme}/sessions/{session.pk}/",
        "/letters/",
        f"/letters/{letter.pk}/",
        (f"/events/{wtisd}/register/", sent_empty),
        "/pledges/",
        "/pledges/list/",
        f"/pledges/{pledge.pk}/",
        "/activities/",
        f"/activities/{call.slug}/",
        "/open-data/",
    ]
    secretariat = [
        (f"/registration/checkin/{wtisd}/", looked_up(name)),
        f"/console/{wtisd}/",
        f"/registration/manage/{wtisd}/",
        "/letters/desk/",
        "/reports/",
        f"/reports/events/{reported.slug}/",
    ]
    return [(*done_there(path), False) for path in public] + [
        (*done_there(path), True) for path in secretariat
    ]


def done_there(path):
    return path if isinstance(path, tuple) else (path, None)


def sent_empty(page):
    """The form sent with nothing in it: each field says what it lacks."""
    page.eval_on_selector("form.stacked", "form => { form.noValidate = true; }")
    page.click("form.stacked button[type=submit]")
    page.wait_for_load_state("networkidle")


def looked_up(name):
    def look_up(page):
        """The desk listing the people a name finds."""
        page.fill("#checkin-code", name)
        page.keyboard.press("Enter")
        page.wait_for_selector(".checkin-matches")

    return look_up


def test_no_serious_or_critical_violation_in_english_or_arabic(browser, live_server, demo):
    source = axe_source()
    pages = demo_pages()
    signed_in = Client()
    assert signed_in.login(username=SECRETARIAT_LOGIN[0], password=SECRETARIAT_LOGIN[1])
    cookie = {
        "name": "sessionid",
        "value": signed_in.cookies["sessionid"].value,
        "url": live_server.url,
    }
    found = {}
    # axe is added as a script of the page, which the site's security policy would refuse.
    public = browser.new_context(bypass_csp=True)
    staff = browser.new_context(bypass_csp=True)
    staff.add_cookies([cookie])
    try:
        for language, screen in SCREENS:
            for path, action, as_secretariat in pages:
                page = (staff if as_secretariat else public).new_page()
                page.set_viewport_size(screen)
                url = f"{live_server.url}/{language}{path}"
                response = page.goto(url, wait_until="networkidle")
                assert response.status == 200, (url, response.status)
                page.add_script_tag(content=source)
                if violations := page.evaluate(RUN_AXE):
                    found[f"/{language}{path}"] = violations
                if action:
                    action(page)
                    page.add_script_tag(content=source)  # harmless if the page stayed
                    if violations := page.evaluate(RUN_AXE):
                        found[f"/{language}{path} ({action.__doc__.strip()})"] = violations
                page.close()
    finally:
        public.close()
        staff.close()
    assert not found, "\n".join(
        f"{path}\n  " + "\n  ".join(violations) for path, violations in found.items()
    )


FOCUSED = """() => {
  const element = document.activeElement, style = getComputedStyle(element);
  // In a date, Chromium moves the focus between its day, month and year and highlights the
  // part that has it, whatever the page's style says.
  const own = element.type === "date";
  const ring = own || (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2);
  return {
    name: element.id || element.tagName.toLowerCase(),
    in_form: !!element.closest("form.stacked"),
    visible: ring || style.boxShadow !== "none",
  };
}"""


def test_the_registration_form_and_its_pickers_work_from_the_keyboard_with_the_focus_seen(
    browser, live_server, reference_data
):
    from tests.registration.factories import open_event

    event = open_event()
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/events/{event.slug}/register/")
    controls = page.evaluate(
        """() => Array.from(document.querySelectorAll("form.stacked :is(input, select, textarea, button)"))
        .filter(e => e.tabIndex >= 0 && e.type !== "hidden" && e.offsetParent !== null).map(e => e.id || e.tagName.toLowerCase())"""
    )
    reached, unseen = [], []
    for _ in range(60):  # the header's links, then the whole form, in the order of the page
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if not focused["visible"]:
            unseen.append(focused["name"])
        if focused["in_form"] and reached[-1:] != [focused["name"]]:  # a date's parts: one stop
            reached.append(focused["name"])
        elif not focused["in_form"] and reached:
            break
    assert reached == controls, "every control is reached by Tab, in the order of the page"
    assert not unseen, f"focus not visible on {unseen}"

    # The nationality picker: typed into, an option chosen with the arrows and Enter.
    page.focus("#id_nationality-picker")
    page.keyboard.type("naur")
    page.keyboard.press("ArrowDown")
    active = page.get_attribute("#id_nationality-picker", "aria-activedescendant")
    assert page.locator(f"#{active}").inner_text() == "Nauru"
    page.keyboard.press("Enter")
    assert page.input_value("#id_nationality") == "NR"
    assert page.get_attribute("#id_nationality-picker", "aria-expanded") == "false"
    assert page.evaluate(FOCUSED)["name"] == "id_nationality-picker", "focus stays on the picker"
    page.context.close()
