from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "plenaria.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from plenaria.core import collation, roles

        collation.connect()
        post_migrate.connect(roles.ensure_role_groups, dispatch_uid="plenaria-role-groups")
