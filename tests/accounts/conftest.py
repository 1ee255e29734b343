import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.directory.models import FocalPoint
from tests.factories import ContactFactory, MemberStateFactory

FOCAL_PASSWORD = "pw-fp-12345"
OFFICER_PASSWORD = "pw-officer-1"


@pytest.fixture(autouse=True)
def own_cache(settings):
    """A cache of each test's own, so that counts of rate limits never carry over."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    }
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def focal_point(db):
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    user = get_user_model().objects.create_user(
        "fp-rwanda", "fp@example.org", FOCAL_PASSWORD, first_name="Jean", last_name="Habimana"
    )
    FocalPoint.objects.create(contact=ContactFactory(organisation=rwanda), user=user)
    return user


@pytest.fixture
def officer(db):
    ensure_role_groups()
    user = get_user_model().objects.create_user(
        "officer", "officer@itu.example.org", OFFICER_PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=SECRETARIAT))
    return user


@pytest.fixture
def staff_2fa(settings):
    settings.PLENARIA_STAFF_2FA = True


def add_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def code_of(device: TOTPDevice, offset: int = 0) -> str:
    """The code the person's phone shows now (or ``offset`` steps of 30 s away)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, drift=offset):06d}"
