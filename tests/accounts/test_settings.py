"""The product's defaults for sign-in, sessions and limits, read from a fresh settings module."""

import importlib

import pytest

from plenaria.config import settings as product

NAMES = (
    "PLENARIA_REDIS_URL",
    "PLENARIA_RATE_REGISTER",
    "PLENARIA_STAFF_2FA",
    "PLENARIA_STAFF_IDLE_MINUTES",
    "PLENARIA_TRUSTED_PROXY",
)


@pytest.fixture
def fresh(monkeypatch):
    """The settings module read again with the environment a test sets; put back after."""
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)

    def read(**environment):
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        return importlib.reload(product)

    yield read
    monkeypatch.undo()
    importlib.reload(product)


def test_defaults(fresh):
    values = fresh()
    assert values.PLENARIA_RATE_REGISTER == "20/h"
    assert values.PLENARIA_STAFF_2FA is True
    assert values.PLENARIA_STAFF_IDLE_MINUTES == 30
    assert values.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert values.LOGIN_URL == "accounts:signin"
    assert values.PLENARIA_TRUSTED_PROXY == ""
    assert values.AXES_FAILURE_LIMIT == 5 and values.AXES_COOLOFF_TIME.total_seconds() == 900
    assert values.CACHES["default"]["BACKEND"].endswith("DatabaseCache")
    assert values.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


def test_redis_when_its_address_is_given(fresh):
    values = fresh(PLENARIA_REDIS_URL="redis://cache.example.org:6379/1")
    assert values.CACHES["default"] == {
        "BACKEND": "plenaria.core.redis_cache.PlenariaRedisCache",
        "LOCATION": "redis://cache.example.org:6379/1",
    }
    import redis  # the client Django's backend needs is installed

    assert redis.__version__


def test_the_environment_turns_things_off(fresh):
    values = fresh(PLENARIA_RATE_REGISTER="", PLENARIA_STAFF_2FA="0")
    assert values.PLENARIA_RATE_REGISTER == "" and values.PLENARIA_STAFF_2FA is False
