"""URLs: progress reports — the pledger's (under ``mine/``) and the secretariat's review."""

from django.urls import path

from plenaria.contributions.web import progress_review_views as review
from plenaria.contributions.web import progress_views as views

urlpatterns = [
    path("reports/", views.reports_due, name="reports_due"),
    path("<int:pk>/reports/<int:cycle>/", views.report, name="progress_report"),
    path("<int:pk>/reports/<int:cycle>/submit/", views.submit, name="progress_submit"),
    path("review-reports/", review.queue, name="review_reports"),
    path("review-reports/<int:pk>/", review.detail, name="review_report"),
    path("review-reports/<int:pk>/<str:decision>/", review.decide, name="review_report_decide"),
]
