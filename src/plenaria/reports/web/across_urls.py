"""The across pages of reports."""

from django.urls import path

from plenaria.reports.web import across_views

urlpatterns = [
    path("series/", across_views.series_list, name="series_list"),
    path("series/<str:acronym>/", across_views.series, name="series"),
    path("across/", across_views.across_events, name="across"),
]
