from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_table(sender, using="default", **kwargs) -> None:
    """The database cache (rate limits' counts) gets its table with every `migrate`."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class AccountsConfig(AppConfig):
    name = "plenaria.accounts"
    label = "accounts"
    verbose_name = _("Accounts and sign-in")

    def ready(self) -> None:
        from plenaria.accounts import sessions

        user_logged_in.connect(
            sessions.remember_at_sign_in, dispatch_uid="plenaria-second-factor-at-sign-in"
        )
        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="plenaria-cache-table")
