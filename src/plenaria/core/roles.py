"""Who the people using Plenaria are, as groups of permissions."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied

SECRETARIAT = "Secretariat"
SECRETARIAT_APPS = (
    "directory",
    "events",
    "programme",
    "core",
    "circulars",
    "registration",
    "contributions",
    "reports",
)


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


def secretariat_page(refusal):
    """A page for the secretariat: a signed-out visitor is asked to sign in (and comes back);
    a signed-in person without the role is refused with ``refusal`` on the site's own page."""

    def decorate(view):
        @login_required
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not is_secretariat(request.user):
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        return guarded

    return decorate
