from django.urls import path

from plenaria.intake import views

app_name = "intake"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("create/", views.create, name="create"),
]
