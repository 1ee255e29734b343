from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from plenaria.config.api import api
from plenaria.core.language_choice import set_language

urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
]
# Every page a person reads carries its language in the URL (/en/…, /fr/…).
urlpatterns += i18n_patterns(
    path("", RedirectView.as_view(pattern_name="events:list", permanent=False), name="home"),
    path("events/", include("plenaria.events.urls")),
    path("intake/", include("plenaria.intake.urls")),
    path("", include("plenaria.registration.urls")),
    path("events/<slug:event_slug>/programme/", include("plenaria.programme.urls")),
    path("letters/", include("plenaria.circulars.urls")),
    path("privacy/", include("plenaria.privacy.urls")),
    path("console/", include("plenaria.console.urls")),
    path("pledges/", include("plenaria.contributions.urls")),
    path("activities/", include("plenaria.contributions.activity_urls")),
    path("reports/", include("plenaria.reports.urls")),
    path("open-data/", include("plenaria.reports.open_data_urls")),
    path("account/", include("plenaria.accounts.urls")),
    path("admin/", admin.site.urls),
)
