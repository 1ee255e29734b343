"""Shared building blocks for the apps' services: validated, audited saves and deletes."""

from django.db import models, transaction

from plenaria.core import audit


@transaction.atomic
def save_validated(actor, instance: models.Model, *, action: str | None = None) -> models.Model:
    """Validate every field and constraint, save, and log what changed.

    The row is locked while its old values are read, so two officers saving at once are
    logged in the order they happened.
    """
    before = {}
    if instance.pk is not None:
        previous = (
            type(instance)._default_manager.select_for_update().filter(pk=instance.pk).first()
        )
        before = audit.snapshot(previous) if previous else {}
    instance.full_clean()
    created = not before
    instance.save()
    changes = audit.diff(before, audit.snapshot(instance))
    if created or changes:
        audit.record(actor, action or ("create" if created else "update"), instance, changes)
    return instance


@transaction.atomic
def delete_logged(actor, instance: models.Model) -> None:
    audit.record(actor, "delete", instance, audit.snapshot(instance))
    instance.delete()
