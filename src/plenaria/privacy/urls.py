from django.urls import path

from plenaria.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.find, name="find"),
    path("person/", views.person, name="person"),
    path("person/data.json", views.download, name="download"),
    path("person/erase/", views.erase, name="erase"),
]
