from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "plenaria.privacy"
    label = "privacy"
    verbose_name = _("Personal data")

    def ready(self) -> None:
        from django.contrib import admin

        # The administration's first page links to the personal data requests.
        admin.site.index_template = "privacy/admin_index.html"
