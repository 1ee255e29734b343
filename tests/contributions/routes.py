"""How the contributions' pages are classed for ``tests/test_staff_routes.py``: each part of
the app keeps a ``routes_<part>.py`` here with the sets ``PUBLIC``, ``SIGNED_IN`` (any
signed-in person; the page itself decides whose data they see) and ``SECRETARIAT``, and
``ARGUMENTS`` for any URL argument the common table lacks."""

import importlib
import pkgutil

import tests.contributions as package

PUBLIC: set[str] = set()
SIGNED_IN: set[str] = set()
SECRETARIAT: set[str] = set()
ARGUMENTS: dict = {}

for found in pkgutil.iter_modules(package.__path__):
    if found.name.startswith("routes_"):
        part = importlib.import_module(f"tests.contributions.{found.name}")
        PUBLIC |= getattr(part, "PUBLIC", set())
        SIGNED_IN |= getattr(part, "SIGNED_IN", set())
        SECRETARIAT |= getattr(part, "SECRETARIAT", set())
        ARGUMENTS |= getattr(part, "ARGUMENTS", {})
