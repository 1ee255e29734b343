"""Who the people using Plenaria are, as groups of permissions."""

from django.contrib.auth.models import Group, Permission

SECRETARIAT = "Secretariat"
SECRETARIAT_APPS = ("directory", "events", "programme", "core", "circulars", "registration")


def ensure_role_groups(**kwargs) -> None:
    """Keep the Secretariat group holding every permission of the apps it runs."""
    group, _created = Group.objects.get_or_create(name=SECRETARIAT)
    permissions = Permission.objects.filter(content_type__app_label__in=SECRETARIAT_APPS)
    # The audit log is read, never written, by people.
    permissions = permissions.exclude(
        codename__in=["add_auditentry", "change_auditentry", "delete_auditentry"]
    )
    group.permissions.add(*permissions)


def is_secretariat(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_staff
        and (user.is_superuser or user.groups.filter(name=SECRETARIAT).exists())
    )
