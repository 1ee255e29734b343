"""URLs: submitter pages of national activities (under /activities/mine/)."""

from django.urls import path

from plenaria.contributions.web import activity_import_views as sheets
from plenaria.contributions.web import activity_submitter_views as views

urlpatterns = [
    path("", views.mine, name="mine"),
    path("call/<slug:slug>/new/", views.new, name="new"),
    path("call/<slug:slug>/template.xlsx", sheets.template, name="template"),
    path("call/<slug:slug>/import/", sheets.upload, name="import"),
    path("<int:pk>/", views.activity_page, name="mine_activity"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/image/", sheets.image, name="image"),
    path("cities/<str:code>/", sheets.cities, name="cities"),
]
