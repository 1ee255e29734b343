"""The reports the membership asks for: gender and participation, each a page and a PDF."""

from django.urls import path

from plenaria.reports.web import report_views

urlpatterns = [
    path("gender/", report_views.gender, name="gender"),
    path("gender.pdf", report_views.gender_pdf, name="gender_pdf"),
    path("participation/", report_views.participation, name="participation"),
    path("participation.pdf", report_views.participation_pdf, name="participation_pdf"),
]
