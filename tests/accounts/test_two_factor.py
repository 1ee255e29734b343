"""Two-factor sign-in: required for the secretariat, offered to focal points."""

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from plenaria.core.models import AuditEntry
from tests.accounts.conftest import FOCAL_PASSWORD, OFFICER_PASSWORD, add_device, code_of

pytestmark = pytest.mark.django_db


def sign_in(client, username, password, next_url=""):
    data = {"username": username, "password": password, "next": next_url}
    return client.post("/en/account/signin/", data)


@pytest.mark.usefixtures("staff_2fa")
def test_the_secretariat_sets_up_an_authenticator_before_any_staff_page(officer):
    client = Client()
    signed = sign_in(client, "officer", OFFICER_PASSWORD, "/en/admin/")
    assert signed.status_code == 302
    assert signed["Location"] == "/en/account/two-factor/?next=%2Fen%2Fadmin%2F"
    for url in ("/en/admin/", "/en/intake/", "/en/registration/manage/any/"):
        refused = client.get(url)
        assert refused.status_code == 302 and refused["Location"].startswith(
            "/en/account/two-factor/"
        ), url
    assert client.get("/api/v1/events/any/registrations").status_code == 403

    setup = client.get(signed["Location"])
    page = setup.content.decode()
    assert "<svg" in page and "<path" in page  # the QR code, drawn in the page itself
    assert "<script>" not in page and 'src="http' not in page  # nothing from elsewhere
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    secret = setup.context["secret"]
    assert secret.replace(" ", "") in page.replace(" ", "") and len(secret.replace(" ", "")) == 32

    wrong = client.post("/en/account/two-factor/", {"code": "000000", "next": "/en/admin/"})
    assert wrong.status_code == 200 and "That code is not right" in wrong.content.decode()
    device.throttle_reset()
    done = client.post("/en/account/two-factor/", {"code": code_of(device), "next": "/en/admin/"})
    assert done.status_code == 302 and done["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=officer).confirmed
    assert AuditEntry.objects.filter(action="two-factor set up").exists()


@pytest.mark.usefixtures("staff_2fa")
def test_the_code_step_after_the_password(officer):
    device = add_device(officer)
    client = Client()
    signed = sign_in(client, "officer", OFFICER_PASSWORD, "/en/admin/")
    assert signed["Location"] == "/en/account/signin/code/?next=%2Fen%2Fadmin%2F"
    assert client.get("/en/admin/")["Location"].startswith("/en/account/signin/code/")
    step = client.get(signed["Location"])
    assert "Confirm your sign-in" in step.content.decode()

    wrong = client.post("/en/account/signin/code/", {"code": "12345a", "next": "/en/admin/"})
    assert "Type the six digits" in wrong.content.decode()
    good = client.post("/en/account/signin/code/", {"code": code_of(device), "next": "/en/admin/"})
    assert good.status_code == 302 and good["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


@pytest.mark.usefixtures("staff_2fa")
def test_the_admins_own_login_leads_to_the_code_step(officer):
    add_device(officer)
    client = Client()
    signed = client.post(
        "/en/admin/login/?next=/en/admin/",
        {"username": "officer", "password": OFFICER_PASSWORD, "next": "/en/admin/"},
    )
    assert signed.status_code == 302
    admin = client.get("/en/admin/")
    assert admin.status_code == 302 and admin["Location"].startswith("/en/account/signin/code/")


@pytest.mark.usefixtures("staff_2fa")
def test_wrong_codes_make_the_next_try_wait(officer):
    device = add_device(officer)
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD)
    for _ in range(2):
        client.post("/en/account/signin/code/", {"code": "000000"})
    # Even the right code waits for the delay to pass.
    late = client.post("/en/account/signin/code/", {"code": code_of(device)})
    assert "Too many wrong codes" in late.content.decode()
    assert client.get("/en/admin/").status_code == 302


@pytest.mark.usefixtures("staff_2fa")
@pytest.mark.parametrize("unsafe", ["https://evil.example.com/", "//evil.example.com/", "-1"])
def test_unsafe_next_is_not_followed(officer, unsafe):
    device = add_device(officer)
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD, unsafe)
    done = client.post("/en/account/signin/code/", {"code": code_of(device), "next": unsafe})
    assert done["Location"] == "/en/admin/"
    # Once verified, the code page sends on at once: never to the unsafe address either.
    again = client.get("/en/account/signin/code/", {"next": unsafe})
    assert again["Location"] == "/en/admin/"


def test_focal_points_are_not_asked_unless_they_choose_it(settings, focal_point):
    settings.PLENARIA_STAFF_2FA = True
    client = Client()
    signed = sign_in(client, "fp-rwanda", FOCAL_PASSWORD)
    assert signed["Location"] == "/en/registration/delegations/"
    assert client.get("/en/registration/delegations/").status_code == 200

    # They may set it up; from then on, each sign-in asks for the code.
    setup = client.get("/en/account/two-factor/")
    assert "Optional" in setup.content.decode()
    device = TOTPDevice.objects.get(user=focal_point)
    client.post("/en/account/two-factor/", {"code": code_of(device)})
    client.post("/en/account/signout/")
    again = sign_in(Client(), "fp-rwanda", FOCAL_PASSWORD)
    assert again["Location"].startswith("/en/account/signin/code/")


def test_removing_needs_a_current_code_and_the_secretariat_then_sets_up_again(settings, officer):
    settings.PLENARIA_STAFF_2FA = True
    device = add_device(officer)
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD)
    client.post("/en/account/signin/code/", {"code": code_of(device)})
    page = client.get("/en/account/two-factor/").content.decode()
    assert "Remove two-factor sign-in" in page

    kept = client.post("/en/account/two-factor/", {"code": "000000"})
    assert "two-factor sign-in is kept" in kept.content.decode()
    assert TOTPDevice.objects.filter(user=officer).exists()
    device.throttle_reset()
    client.post("/en/account/two-factor/", {"code": code_of(device, offset=1)})
    assert not TOTPDevice.objects.filter(user=officer).exists()
    assert client.get("/en/admin/")["Location"].startswith("/en/account/two-factor/")


def test_a_session_without_the_code_cannot_use_the_setup_page_to_add_a_device(settings, officer):
    settings.PLENARIA_STAFF_2FA = True
    add_device(officer)
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD)
    response = client.get("/en/account/two-factor/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/en/account/signin/code/"
    )
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_with_the_setting_off_staff_sign_in_with_the_password(officer):
    client = Client()
    sign_in(client, "officer", OFFICER_PASSWORD)
    assert client.get("/en/admin/").status_code == 200
