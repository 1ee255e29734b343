"""URLs: the pledger's progress reports (under /pledges/mine/)."""

from django.urls import path

from plenaria.contributions.web import progress_views as views

urlpatterns = [
    path("reports/", views.reports_due, name="reports_due"),
    path("<int:pk>/reports/<int:cycle>/", views.report, name="progress_report"),
    path("<int:pk>/reports/<int:cycle>/submit/", views.submit, name="progress_submit"),
]
