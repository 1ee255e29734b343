from django.urls import path

from plenaria.console import views

app_name = "console"

urlpatterns = [
    path("<slug:slug>/", views.console, name="event"),
]
