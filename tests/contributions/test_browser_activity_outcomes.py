"""In Chromium at a phone's width: the secretariat's calls, a call's form and its outcome
totals, and the organiser's outcome form fit 360 px without scrolling sideways and keep to
the security policy."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from plenaria.contributions.models import ActivityOutcome
from plenaria.directory.models import Country
from tests.browser.conftest import in_chromium
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
DAY = datetime.timedelta(days=1)
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""
WIDER = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def cookie(live_server, user):
    session = Client()
    session.force_login(user)
    value = session.cookies["sessionid"].value
    return {"name": "sessionid", "value": value, "url": live_server.url}


def test_the_pages_after_the_day_fit_a_phone(live_server, secretariat_user, settings):
    settings.PLENARIA_STAFF_2FA = False
    today = timezone.localdate()
    call = CallFactory(slug="wtisd-past", closed=True, held_from=today - 20 * DAY,
                       held_until=today - DAY)  # fmt: skip
    rwanda = Country.objects.get(code="RW")
    activity = ActivityFactory(call=call, status="published", country=rwanda, city="Kigali",
                               timezone="Africa/Kigali")  # fmt: skip
    ActivityOutcome.objects.create(activity=activity, participants=1250, women_share=48)
    base = f"{live_server.url}/en/activities"
    staff = [f"{base}/calls/manage/", f"{base}/calls/manage/new/",
             f"{base}/calls/manage/wtisd-past/", f"{base}/calls/manage/wtisd-past/outcomes/"]  # fmt: skip
    seen = {}

    def visit_all(urls):
        def journey(page):
            page.set_viewport_size({"width": 360, "height": 800})
            page.context.add_init_script(LISTEN)
            for url in urls:
                answer = page.goto(url, wait_until="networkidle")
                seen[url] = (
                    answer.status,
                    page.evaluate(WIDER),
                    page.evaluate("window.__violations"),
                )

        return journey

    in_chromium(visit_all(staff), cookies=[cookie(live_server, secretariat_user)])
    own = [f"{base}/mine/{activity.pk}/outcome/"]
    in_chromium(visit_all(own), cookies=[cookie(live_server, activity.submitted_by)])
    for url in staff + own:
        status, overflow, violations = seen[url]
        assert status == 200, url
        assert overflow <= 0, (url, overflow)
        assert violations == [], (url, violations)
