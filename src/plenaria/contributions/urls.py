from django.urls import include, path

app_name = "contributions"

# Each part of the app keeps its own list; all share the "contributions" namespace.
urlpatterns = [
    path("", include("plenaria.contributions.web.public_urls")),
    path("", include("plenaria.contributions.web.places_urls")),
    path("", include("plenaria.contributions.web.campaigns_urls")),
    path("mine/", include("plenaria.contributions.web.pledger_urls")),
    path("mine/", include("plenaria.contributions.web.progress_urls")),
    path("review/", include("plenaria.contributions.web.progress_review_urls")),
    path("review/", include("plenaria.contributions.web.moderation_urls")),
]
