from django.urls import include, path

app_name = "activities"

# National activities: each part keeps its own list; all share the "activities" namespace.
urlpatterns = [
    path("", include("plenaria.contributions.web.activity_public_urls")),
    path("", include("plenaria.contributions.web.activity_calls_urls")),
    path("mine/", include("plenaria.contributions.web.activity_submitter_urls")),
    path("review/", include("plenaria.contributions.web.activity_review_urls")),
]
