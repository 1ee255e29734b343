"""Add-only writes for the demo: a row found by its natural key is left exactly as it is.

Loading the demo again adds what is missing and changes nothing that exists, so whatever a
user changed since (a title, a status, registration settings) survives every ``make run``.
"""

from collections.abc import Callable

from django.db import models

from plenaria.core.services import save_validated


def upsert(
    model: type[models.Model],
    lookup: dict,
    values: dict,
    save: Callable = save_validated,
    actor=None,
) -> models.Model:
    """The row ``lookup`` finds, untouched; or a new one made of ``lookup`` and ``values``."""
    found = model._default_manager.filter(**lookup).first()
    if found is not None:
        return found
    instance = model(**_plain(lookup))
    for name, value in values.items():
        setattr(instance, name, value)
    return save(actor, instance)


def _plain(lookup: dict) -> dict:
    """Constructor arguments from a lookup; lookups across fields (``name__en``) are left to
    ``values``, which must set those fields."""
    return {key: value for key, value in lookup.items() if "__" not in key}
