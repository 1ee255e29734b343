"""URLs: the secretariat's review of progress reports (under /pledges/review/reports/)."""

from django.urls import path

from plenaria.contributions.web import progress_review_views as review

urlpatterns = [
    path("reports/", review.queue, name="review_reports"),
    path("reports/<int:pk>/", review.detail, name="review_report"),
    path("reports/<int:pk>/<str:decision>/", review.decide, name="review_report_decide"),
]
