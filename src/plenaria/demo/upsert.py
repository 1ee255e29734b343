"""Idempotent writes for the demo: find by natural key, update through the app's service."""

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
    instance = model._default_manager.filter(**lookup).first() or model(**_plain(lookup))
    for name, value in values.items():
        setattr(instance, name, value)
    return save(actor, instance)


def _plain(lookup: dict) -> dict:
    """Constructor arguments from a lookup; lookups across fields (``name__en``) are left to
    ``values``, which must set those fields."""
    return {key: value for key, value in lookup.items() if "__" not in key}
