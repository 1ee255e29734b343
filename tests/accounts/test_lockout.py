"""Guessing passwords: five failures lock the account for a while, on every sign-in page."""

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory

from plenaria.accounts.addresses import client_address
from tests.accounts.conftest import FOCAL_PASSWORD, OFFICER_PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, url, username, password, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


@pytest.mark.parametrize(
    "url", ["/en/account/signin/", "/en/admin/login/", "/en/registration/login/"]
)
def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(url, focal_point, officer):
    user, password = (
        (officer, OFFICER_PASSWORD) if "admin" in url else (focal_point, FOCAL_PASSWORD)
    )
    client = Client()
    for _ in range(4):
        response = sign_in(client, url, user.username, "wrong-guess")
        assert response.status_code == 200  # the form again, with its message
    locked = sign_in(client, url, user.username, "wrong-guess")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Signing in is paused" in page and "15 minutes" in page
    assert 'class="site-header"' in page  # a page of the site, not a bare refusal

    right = sign_in(client, url, user.username, password)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/en/registration/delegations/").status_code == 302


def test_the_sign_in_page_says_how_many_tries_there_are(settings):
    page = Client().get("/en/account/signin/").content.decode()
    assert "After 5 wrong passwords, signing in to the account is paused" in page


def test_the_lock_follows_the_account_from_another_address(focal_point):
    for number in range(5):
        sign_in(Client(REMOTE_ADDR=f"198.51.100.{number}"), "/en/account/signin/", "fp-rwanda", "x")
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(elsewhere, "/en/account/signin/", "fp-rwanda", FOCAL_PASSWORD).status_code == 429


def test_other_accounts_still_sign_in_and_the_lock_is_translated(focal_point, officer):
    client = Client()
    for _ in range(5):
        sign_in(client, "/fr/account/signin/", "fp-rwanda", "x")
    assert AccessAttempt.objects.filter(username="fp-rwanda").exists()
    locked = sign_in(client, "/fr/account/signin/", "fp-rwanda", FOCAL_PASSWORD)
    assert locked.status_code == 429 and '<html lang="fr"' in locked.content.decode()
    other = sign_in(client, "/en/account/signin/", "officer", OFFICER_PASSWORD)
    assert other.status_code == 302


def test_a_success_before_the_limit_starts_the_count_again(focal_point):
    client = Client()
    for _ in range(4):
        sign_in(client, "/en/account/signin/", "fp-rwanda", "x")
    assert sign_in(client, "/en/account/signin/", "fp-rwanda", FOCAL_PASSWORD).status_code == 302
    client.post("/en/account/signout/")
    for _ in range(4):
        sign_in(client, "/en/account/signin/", "fp-rwanda", "x")
    assert sign_in(client, "/en/account/signin/", "fp-rwanda", FOCAL_PASSWORD).status_code == 302


def test_client_address_from_the_proxy_header_only_when_trusted(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7"
    )
    settings.PLENARIA_TRUSTED_PROXY = ""
    assert client_address(request) == "10.0.0.2"  # a client may send any header
    settings.PLENARIA_TRUSTED_PROXY = "X-Forwarded-For"
    assert client_address(request) == "203.0.113.7"  # the entry the proxy appended
    settings.PLENARIA_TRUSTED_PROXY = "X-Real-IP"
    assert client_address(request) == "10.0.0.2"  # header missing: the connection's address
    request.META["HTTP_X_REAL_IP"] = "not an address"
    assert client_address(request) is None
    assert client_address(RequestFactory().get("/", REMOTE_ADDR="")) is None
