"""The audit log: every change of state records who, when and what changed."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models

from plenaria.core.models import AuditEntry


def _plain(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def snapshot(instance: models.Model) -> dict:
    """The concrete, non-primary-key values of an instance, as JSON-safe values."""
    return {
        field.name: _plain(field.value_from_object(instance))
        for field in instance._meta.concrete_fields
        # Time stamps kept by the database itself are not changes anyone made.
        if not field.primary_key
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
    }


def diff(before: dict, after: dict) -> dict:
    return {
        name: [before.get(name), value]
        for name, value in after.items()
        if before.get(name) != value
    }


def record(actor, action: str, instance: models.Model, changes: dict | None = None) -> AuditEntry:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        action=action,
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        changes=changes or {},
    )


def history(instance: models.Model):
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
    ).select_related("actor")
