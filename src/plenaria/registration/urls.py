from django.contrib.auth.views import LoginView
from django.urls import path, reverse_lazy

from plenaria.registration.views import focal, public, secretariat

app_name = "registration"
urlpatterns = [
    path("events/<slug:slug>/register/", public.register, name="register"),
    path("registration/mine/<str:token>/", public.mine, name="mine"),
    path(
        "registration/login/",
        LoginView.as_view(
            template_name="registration/focal_login.html",
            next_page=reverse_lazy("registration:delegations"),
        ),
        name="login",
    ),
    path("registration/delegations/", focal.delegations, name="delegations"),
    path("registration/delegations/<slug:slug>/", focal.delegation, name="delegation"),
    path("registration/delegations/<slug:slug>/add/", focal.add_delegate, name="add"),
    path("registration/decide/<int:pk>/", focal.decide_one, name="decide"),
    path("registration/manage/<slug:slug>/", secretariat.manage, name="manage"),
]
