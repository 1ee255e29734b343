"""URLs: public pages."""

from django.urls import path

from plenaria.contributions.web import public_views as views

urlpatterns = [
    path("", views.pledges, name="pledges"),
    path("list/", views.pledge_list, name="list"),
    path("<int:pk>/", views.pledge_detail, name="pledge"),
    path("by/<int:pk>/", views.organisation, name="organisation"),
    path("export/", views.export_pledges, name="export"),
    path("report/", views.report, name="report"),
    path("report.pdf", views.report_as_pdf, name="report_pdf"),
]
