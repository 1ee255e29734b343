"""The audit log: every change of state records who, when and what changed.

A model that holds a person's data declares it with a class attribute ``personal_fields``
(a frozenset of field names; secrets such as private link keys count as personal). For such a
model the log records *that* a personal field changed — the marker ``CHANGED`` — never its
value, and names the object by its kind and number ("Registration #42 — WTISD-23") instead of
the person's name. A model about a person with no field to hide (a check-in) declares an empty
set, which still keeps the name out of the log. The rule is applied in ``record``, so every
path that writes the log (``save_validated``, ``delete_logged``, a service recording its own
diff) follows it.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import translation
from django.utils.text import capfirst

from plenaria.core.models import AuditEntry

# What the log holds in place of a personal value, before and after alike.
CHANGED = "changed"


def _plain(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def personal_fields(model) -> frozenset | None:
    """The personal fields a model declares; None for a model that is not about a person."""
    declared = getattr(model, "personal_fields", None)
    return frozenset(declared) if declared is not None else None


def snapshot(instance: models.Model) -> dict:
    """The concrete, non-primary-key values of an instance, as JSON-safe values.

    Personal values are in it (``diff`` needs them to see a change); ``record`` masks them."""
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


def mask(model, changes: dict) -> dict:
    """``changes`` with every personal value replaced by the marker ``CHANGED``."""
    hidden = personal_fields(model)
    if not hidden:
        return dict(changes)
    return {
        name: CHANGED if (name in hidden or name.removesuffix("_id") in hidden) else value
        for name, value in changes.items()
    }


def describe(instance: models.Model) -> str:
    """How the log names an object: its text, or for a person's data its kind, number and
    event, in the site's language so that entries read the same to everyone."""
    if personal_fields(type(instance)) is None:
        return str(instance)[:300]
    with translation.override(settings.LANGUAGE_CODE):
        label = f"{capfirst(instance._meta.verbose_name)} #{instance.pk}"
        # The event it belongs to, if any (read from the instance: the core imports no app).
        event = getattr(instance, "event", None) if getattr(instance, "event_id", None) else None
        acronym = getattr(event, "acronym", "")
        if acronym:
            label = f"{label} — {acronym}"
    return label[:300]


def record(actor, action: str, instance: models.Model, changes: dict | None = None) -> AuditEntry:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        action=action,
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
        object_repr=describe(instance),
        changes=mask(type(instance), changes or {}),
    )


def history(instance: models.Model):
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
    ).select_related("actor")
