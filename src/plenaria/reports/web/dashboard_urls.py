"""The dashboard pages of reports: the list of events, and each event's dashboard."""

from django.urls import path

from plenaria.reports.web import dashboard_index, dashboard_views

urlpatterns = [
    path("", dashboard_index.index, name="index"),
    path("events/<slug:slug>/", dashboard_views.event_dashboard, name="event"),
    path("events/<slug:slug>/refresh/", dashboard_views.refresh, name="refresh"),
]
