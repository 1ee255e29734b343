"""Lets the intake tests run alone (``-p no:django``) as well as under pytest-django."""

import os
from pathlib import Path

import django
import pytest
from django.conf import settings

if not settings.configured and not os.environ.get("DJANGO_SETTINGS_MODULE"):
    settings.configure(USE_I18N=False, USE_TZ=True)
    django.setup()

CORPUS = Path(__file__).resolve().parents[2] / "src" / "plenaria" / "intake" / "corpus"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


def seed_text(number: int) -> str:
    return (CORPUS / f"seed_{number:03d}.txt").read_text(encoding="utf-8")
