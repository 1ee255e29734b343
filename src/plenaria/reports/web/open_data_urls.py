"""The public open-data pages."""

from django.urls import path

from plenaria.reports.web import open_data_views as views

urlpatterns = [
    path("", views.index, name="index"),
    path("events/<slug:slug>/", views.event, name="event"),
    path("events/<slug:slug>/data.csv", views.event, {"file_format": "csv"}, name="event_csv"),
    path("events/<slug:slug>/data.json", views.event, {"file_format": "json"}, name="event_json"),
    path("series/<str:acronym>/", views.series, name="series"),
    path("series/<str:acronym>/data.csv", views.series, {"file_format": "csv"}, name="series_csv"),
    path(
        "series/<str:acronym>/data.json", views.series, {"file_format": "json"}, name="series_json"
    ),
]
