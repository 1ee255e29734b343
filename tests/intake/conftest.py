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


@pytest.fixture
def offices_and_series(db):
    """The offices and numbering series of the seed letters (SG: CL, DM; BDT/DIR; WSIS Forum)."""
    from plenaria.circulars import demo_letters
    from plenaria.circulars.models import IssuingOffice, NumberingSeries
    from plenaria.core.services import save_validated

    offices = {
        item["code"]: save_validated(None, IssuingOffice(**item)) for item in demo_letters.OFFICES
    }
    for item in demo_letters.SERIES:
        save_validated(None, NumberingSeries(**{**item, "office": offices[item["office"]]}))
