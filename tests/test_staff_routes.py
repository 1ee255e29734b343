"""Every staff page asks a signed-out visitor to sign in on the one sign-in page, and brings
them back (``next``); a signed-in person without the role is refused with the site's page.

The pages are read from the URL configuration: a new page fails ``test_every_page_is_classed``
until it is classed here as public, for focal points, or for the secretariat.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.contributions import routes as contributions
from tests.registration.factories import open_event
from tests.reports import routes as reports

pytestmark = pytest.mark.django_db

PUBLIC = {
    "home",
    "events:list",
    "events:detail",
    "registration:register",
    "registration:received",
    "registration:mine",
    "registration:login",
    "programme:programme",
    "programme:agenda",
    "programme:agenda_pdf",
    "programme:session",
    "programme:session_ics",
    "programme:star",
    "programme:speaker",
    "programme:my_agenda",
    "programme:my_ics",
    "programme:ics",
    "programme:frab_xml",
    "programme:frab_json",
    "circulars:list",
    "circulars:detail",
    "circulars:version",
    "circulars:pdf",
}
# Signed in as a focal point or as the secretariat.
FOCAL = {
    "registration:delegations",
    "registration:delegation",
    "registration:add",
    "registration:decide",
    "registration:badges",
    "registration:print_badges",
    "registration:replace_badge",
}
SECRETARIAT = {
    "console:event",
    "programme:warnings",
    "circulars:desk",
    "circulars:desk_new",
    "circulars:desk_preview",
    "circulars:desk_letter",
    "circulars:desk_edit",
    "circulars:desk_delete",
    "circulars:desk_part_new",
    "circulars:desk_part",
    "circulars:desk_part_delete",
    "circulars:dispatch",
    "circulars:dispatch_count",
    "circulars:dispatch_progress",
    "circulars:issue",
    "circulars:withdraw",
    "circulars:send",
    "circulars:progress",
    "intake:upload",
    "intake:create",
    "registration:manage",
    "registration:manage_bulk",
    "registration:manage_one",
    "registration:manage_change",
    "registration:manage_correct",
    "registration:manage_resend",
    "registration:manage_confirm",
    "registration:checkin",
    "privacy:find",
    "privacy:person",
    "privacy:download",
    "privacy:erase",
}
PUBLIC |= contributions.PUBLIC | reports.PUBLIC
FOCAL |= contributions.SIGNED_IN | reports.SIGNED_IN
SECRETARIAT |= contributions.SECRETARIAT | reports.SECRETARIAT
# Still refused with a bare answer rather than the sign-in page: marked, so that the test
# says when they are put right.
# Pages with their own rules: the sign-in pages, the admin, the API and the language switch.
ELSEWHERE_NAMESPACES = {"accounts", "admin", "api"}
ELSEWHERE = {"set_language"}


def page_names(patterns, namespace="") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            prefix = f"{namespace}{inner}:" if inner else namespace
            if inner in ELSEWHERE_NAMESPACES:
                continue
            names |= page_names(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(namespace + pattern.name)
    return names - ELSEWHERE


PAGES = page_names(get_resolver().url_patterns)


def test_every_page_is_classed():
    classed = PUBLIC | FOCAL | SECRETARIAT
    assert PAGES - classed == set(), "class the new page in this file"


ARGUMENTS = {
    "slug": "{slug}",
    "event_slug": "{slug}",
    "pk": 1,
    "part_pk": 1,
    "kind": "annex",
    "action": "approve",
    **contributions.ARGUMENTS,
    **reports.ARGUMENTS,
}


def url_of(name, slug):
    from django.urls import NoReverseMatch

    resolver = get_resolver()
    namespace, _, short = name.rpartition(":")
    patterns = resolver.namespace_dict[namespace][1] if namespace else resolver
    params = set()
    for possibility in patterns.reverse_dict.getlist(short):
        for _format, found in possibility[0]:
            params = set(found)
            break
    kwargs = {key: str(ARGUMENTS[key]).format(slug=slug) for key in params}
    # An app included under an event's address (the programme) takes the event's slug too.
    for extra in ({}, {"event_slug": slug}):
        try:
            return reverse(name, kwargs={**kwargs, **extra})
        except NoReverseMatch:
            continue
    raise AssertionError(f"add the arguments of {name} to ARGUMENTS")


def signs_in_and_comes_back(response, url):
    assert response.status_code == 302, (url, response.status_code)
    target = response["Location"]
    assert urlsplit(target).path == reverse(settings.LOGIN_URL), (url, target)
    assert parse_qs(urlsplit(target).query)["next"] == [url]


@pytest.fixture
def event():
    return open_event()


@pytest.mark.parametrize("name", sorted((SECRETARIAT | FOCAL) & PAGES))
@pytest.mark.parametrize("method", ["get", "post"])
def test_signed_out_goes_to_the_sign_in_page_and_back(client, event, name, method):
    url = url_of(name, event.slug)
    signs_in_and_comes_back(getattr(client, method)(url), url)


@pytest.mark.parametrize("name", sorted(SECRETARIAT & PAGES))
@pytest.mark.parametrize("method", ["get", "post"])
def test_signed_in_without_the_role_is_refused_in_the_sites_layout(client, event, name, method):
    client.force_login(get_user_model().objects.create_user("visitor", "v@example.org", "pw"))
    url = url_of(name, event.slug)
    response = getattr(client, method)(url)
    if response.status_code == 405:  # the page takes the other method: refused there
        return
    assert response.status_code == 403, (url, response.status_code)
    body = response.content.decode()
    assert "Not allowed" in body and 'class="site-header"' in body


def test_the_letters_desk_asked_404_before(client):
    """Signed out, the letters desk answered 404: now it asks to sign in."""
    response = client.get("/en/letters/desk/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/signin/?next=/en/letters/desk/"


def test_intake_asks_to_sign_in_on_the_one_page(client):
    response = client.get("/en/intake/")
    assert response["Location"] == "/en/account/signin/?next=/en/intake/"


def test_the_navigation_reaches_each_tool_of_the_reader(client, event, secretariat_client):
    staff_page = secretariat_client.get(f"/en/events/{event.slug}/").content.decode()
    for tool in [
        "/en/letters/desk/",
        "/en/intake/",
        "/en/privacy/",
        "/en/admin/",
        f"/en/registration/manage/{event.slug}/",
        f"/en/registration/badges/{event.slug}/",
        f"/en/registration/checkin/{event.slug}/",
        f"/en/events/{event.slug}/programme/warnings/",
    ]:
        assert f'href="{tool}"' in staff_page, tool
    assert "/en/registration/delegations/" not in staff_page

    client.logout()
    public_page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "/en/letters/desk/" not in public_page and "/registration/manage/" not in public_page
    assert "/en/account/signin/?next=" in public_page


def test_a_focal_point_reaches_their_delegations(client, event):
    from tests.factories import MemberStateFactory
    from tests.registration.conftest import make_focal_point

    client.force_login(make_focal_point(MemberStateFactory(acronym="RW-GOV"), "focal-rw"))
    page = client.get("/en/letters/").content.decode()
    assert 'href="/en/registration/delegations/"' in page
    assert "/en/letters/desk/" not in page and "/registration/manage/" not in page
