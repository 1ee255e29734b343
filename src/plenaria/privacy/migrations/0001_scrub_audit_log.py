"""The audit log once copied a person's data (names, addresses, passport details, private link
keys) into its entries. This rewrites the entries already stored as the log now writes them
(see core.audit): a personal value becomes the marker "changed", and the object is named by
its kind and number, not by the person's name.

The fields are listed here as they were when this migration was written, as a migration must
not depend on the code of the day it is run.
"""

from django.db import migrations

CHANGED = "changed"
PERSONAL = {
    ("registration", "registration"): (
        "Registration",
        {
            "first_name",
            "last_name",
            "email",
            "gender",
            "year_of_birth",
            "nationality",
            "passport_number",
            "passport_expiry",
            "accessibility_needs",
            "rejection_reason",
            "link_key",
        },
    ),
    ("registration", "notification"): ("Notification", {"last_error"}),
    ("registration", "badge"): ("Badge", {"key"}),
    ("registration", "checkin"): ("Check-in", set()),
    ("directory", "contact"): (
        "Contact",
        {"title", "first_name", "last_name", "job_title", "email", "phone"},
    ),
    ("directory", "focalpoint"): ("Designated focal point", set()),
    ("programme", "speaker"): ("Speaker", {"name", "position", "biography", "gender"}),
    ("programme", "sessionspeaker"): ("Speaker in the session", set()),
    ("circulars", "delivery"): ("Delivery", {"email", "last_error", "reason"}),
}
BATCH = 1000


def _masked(changes, hidden):
    if not isinstance(changes, dict):
        return {}
    return {
        name: CHANGED if (name in hidden or name.removesuffix("_id") in hidden) else value
        for name, value in changes.items()
    }


def scrub(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    AuditEntry = apps.get_model("core", "AuditEntry")
    Registration = apps.get_model("registration", "Registration")
    acronyms = {
        str(pk): acronym
        for pk, acronym in Registration.objects.values_list("pk", "event__acronym").iterator()
    }
    for (app_label, model), (label, hidden) in PERSONAL.items():
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        entries = AuditEntry.objects.filter(content_type=content_type).order_by("pk")
        batch = []
        for entry in entries.iterator(chunk_size=BATCH):
            entry.changes = _masked(entry.changes, hidden)
            entry.object_repr = f"{label} #{entry.object_id}"
            acronym = acronyms.get(entry.object_id) if model == "registration" else None
            if acronym:
                entry.object_repr = f"{entry.object_repr} — {acronym}"[:300]
            batch.append(entry)
            if len(batch) >= BATCH:
                AuditEntry.objects.bulk_update(batch, ["changes", "object_repr"])
                batch.clear()
        if batch:
            AuditEntry.objects.bulk_update(batch, ["changes", "object_repr"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0002_periodic_jobs"),
        ("registration", "0005_confirmation_and_delivery_state"),
        ("directory", "0002_reference_data"),
        ("programme", "0002_reference_data"),
        ("circulars", "0002_letter_place_and_archive_order"),
    ]

    operations = [migrations.RunPython(scrub, migrations.RunPython.noop, elidable=True)]
