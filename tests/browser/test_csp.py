"""The content security policy holds on every main page: nothing inline is refused, nothing
is fetched from another host, and the pages' scripts still work under it."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.test import Client

from plenaria.circulars import services as letters
from tests.circulars.factories import ready_letter
from tests.registration.factories import open_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

# Every violation the page reports, as the browser reports it to the page itself.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""
EXPECTED = (
    "default-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)


@pytest.fixture
def signed_in_cookie(live_server, secretariat_user, settings):
    # The second factor is another page's business; this test reads the staff pages.
    settings.PLENARIA_STAFF_2FA = False
    session = Client()
    session.force_login(secretariat_user)
    return {
        "name": "sessionid",
        "value": session.cookies["sessionid"].value,
        "url": live_server.url,
    }


def visit(page, url, problems, ready=None):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, (url, response.status)
    policy = response.headers.get("content-security-policy", "")
    for directive in EXPECTED:
        assert directive in policy, (url, directive, policy)
    assert "unsafe-eval" not in policy and "script-src 'self' 'unsafe-inline'" not in policy
    if ready:
        page.wait_for_selector(ready, timeout=15000)
    page.wait_for_timeout(200)  # late reports, e.g. a style set by a script
    for violation in page.evaluate("window.__violations"):
        problems.append(f"{url}: {violation}")


def test_no_page_breaks_the_policy_or_calls_another_host(
    page, live_server, signed_in_cookie, wtisd23
):
    event = open_event(event=wtisd23)
    letter = letters.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    problems, foreign = [], []
    own_host = urlsplit(live_server.url).netloc
    page.context.add_init_script(LISTEN)
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and problems.append(f"console: {message.text}")
        ),
    )
    page.on(
        "request",
        lambda request: (
            urlsplit(request.url).scheme in ("http", "https")
            and urlsplit(request.url).netloc != own_host
            and foreign.append(request.url)
        ),
    )
    base = live_server.url
    public = [
        (f"{base}/en/events/", None),
        (f"{base}/en/events/{event.slug}/", None),
        (f"{base}/en/events/{event.slug}/register/", "form"),
        (f"{base}/en/events/{event.slug}/programme/", None),
        (f"{base}/en/letters/", None),
        (f"{base}/en/letters/{letter.pk}/", None),
    ]
    for url, ready in public:
        visit(page, url, problems, ready)

    # The pages' scripts run under the policy: the time-zone button and the language picker.
    page.goto(f"{base}/en/events/{event.slug}/", wait_until="networkidle")
    page.get_by_role("button", name="Use my time zone").click()
    page.wait_for_url("**tz=**")
    page.select_option("#language-select", "fr")
    page.wait_for_url(f"**/fr/events/{event.slug}/**")

    page.context.add_cookies([signed_in_cookie])
    staff = [
        (f"{base}/en/letters/desk/", None),
        (f"{base}/en/registration/checkin/{event.slug}/", "#checkin-camera-start"),
        (f"{base}/en/registration/manage/{event.slug}/", None),
        (f"{base}/en/registration/badges/{event.slug}/", None),
        # Swagger UI, served by the app: it must draw the API's operations.
        (f"{base}/api/v1/docs", ".swagger-ui .opblock"),
    ]
    for url, ready in staff:
        visit(page, url, problems, ready)

    assert not problems, "\n".join(problems)
    assert not foreign, foreign

    # The watch works: an inline handler, as an injected page fragment would bring, is refused.
    page.goto(f"{base}/en/events/", wait_until="networkidle")
    page.evaluate(
        """document.body.insertAdjacentHTML('beforeend',
        '<img src="data:," onload="document.title = 1">')"""
    )
    page.wait_for_function("window.__violations.length > 0", timeout=5000)
    assert page.title() != "1"
