"""One sign-in page for everyone, sign-out from every page, sessions that end."""

import pytest
from django.conf import settings as product
from django.test import Client

from tests.accounts.conftest import FOCAL_PASSWORD, OFFICER_PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, username, password, next_url=None, lang="en"):
    data = {"username": username, "password": password}
    if next_url is not None:
        data["next"] = next_url
    return client.post(f"/{lang}/account/signin/", data)


def test_one_sign_in_page_for_focal_points_and_the_secretariat(focal_point, officer):
    page = Client().get("/fr/account/signin/")
    assert page.status_code == 200 and "Focal point sign-in" not in page.content.decode()
    assert sign_in(Client(), "fp-rwanda", FOCAL_PASSWORD)["Location"] == (
        "/en/registration/delegations/"
    )
    assert sign_in(Client(), "officer", OFFICER_PASSWORD)["Location"] == "/en/admin/"
    wrong = sign_in(Client(), "fp-rwanda", "nope")
    assert wrong.status_code == 200 and "do not match an account" in wrong.content.decode()


def test_pages_send_people_to_it_and_next_is_kept_when_safe(focal_point):
    client = Client()
    asked = client.get("/en/registration/delegations/", follow=True)
    # One step, straight to the sign-in page.
    assert asked.redirect_chain == [("/en/account/signin/?next=/en/registration/delegations/", 302)]
    assert 'value="/en/registration/delegations/"' in asked.content.decode()
    assert sign_in(client, "fp-rwanda", FOCAL_PASSWORD, "/en/events/")["Location"] == (
        "/en/events/"
    )
    unsafe = sign_in(Client(), "fp-rwanda", FOCAL_PASSWORD, "https://evil.example.com/x")
    assert unsafe["Location"] == "/en/registration/delegations/"
    assert product.LOGIN_URL == "accounts:signin"


def test_the_secretariat_is_no_longer_sent_to_the_admin_login(officer):
    response = Client().get("/en/intake/")
    assert response.status_code == 302 and response["Location"].startswith("/en/account/signin/")


def test_the_former_address_leads_to_the_sign_in_page(focal_point):
    moved = Client().get("/en/registration/login/?next=/en/events/")
    assert moved.status_code == 302
    assert moved["Location"] == "/en/account/signin/?next=%2Fen%2Fevents%2F"


def test_the_header_shows_who_is_signed_in_and_signs_out(focal_point):
    client = Client()
    anonymous = client.get("/en/events/").content.decode()
    assert 'href="/en/account/signin/?next=/en/events/"' in anonymous
    sign_in(client, "fp-rwanda", FOCAL_PASSWORD)
    page = client.get("/en/events/").content.decode()
    assert "Signed in as Jean Habimana" in page
    assert 'action="/en/account/signout/" method="post"' in page
    assert "csrfmiddlewaretoken" in page.split('action="/en/account/signout/"')[1][:300]

    assert client.get("/en/account/signout/").status_code == 405  # never by a link
    out = client.post("/en/account/signout/", follow=True)
    assert "You are signed out." in out.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/en/registration/delegations/").status_code == 302


def test_sign_out_needs_the_csrf_token(focal_point):
    client = Client(enforce_csrf_checks=True)
    client.force_login(focal_point)
    assert client.post("/en/account/signout/").status_code == 403
    assert "_auth_user_id" in client.session


def test_sessions_last_a_working_day_and_staff_sessions_end_when_idle(
    settings, focal_point, officer
):
    assert product.SESSION_COOKIE_AGE == 8 * 60 * 60
    focal = Client()
    sign_in(focal, "fp-rwanda", FOCAL_PASSWORD)
    focal.get("/en/events/")
    assert focal.session.get_expiry_age() == 8 * 60 * 60

    settings.PLENARIA_STAFF_IDLE_MINUTES = 30
    staff = Client()
    signed = sign_in(staff, "officer", OFFICER_PASSWORD)
    assert signed.cookies["sessionid"]["max-age"] == 30 * 60
    staff.get("/en/events/")
    assert staff.session.get_expiry_age() == 30 * 60


def test_refused_and_missing_pages_are_pages_of_the_site_in_the_readers_language(focal_point):
    client = Client()
    client.force_login(focal_point)
    refused = client.get("/fr/admin/")  # signed in, but not staff: the admin refuses
    missing = client.get("/fr/nowhere/")
    assert missing.status_code == 404
    page = missing.content.decode()
    assert '<html lang="fr"' in page and 'class="site-header"' in page
    assert refused.status_code in (302, 403)


def test_the_403_page_is_a_page_of_the_site(focal_point):
    client = Client()
    client.force_login(focal_point)
    refused = client.get("/fr/registration/manage/no-such-event/")
    assert refused.status_code == 403
    page = refused.content.decode()
    assert '<html lang="fr"' in page and 'class="site-header"' in page
    assert "<script>" not in page


def test_each_request_renews_a_staff_session_and_an_idle_one_ends(settings, officer):
    import time

    from django.contrib.sessions.models import Session

    settings.PLENARIA_STAFF_IDLE_MINUTES = 30
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD)
    session = client.session
    session.set_expiry(60)  # as if its last renewal were long ago
    session["plenaria_renewed"] = int(time.time()) - 29 * 60
    session.save()
    client.get("/en/events/")
    assert client.session.get_expiry_age() == 30 * 60

    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=Session.objects.get().expire_date.replace(year=2000)
    )
    assert client.get("/en/intake/")["Location"].startswith("/en/account/signin/")
