from django.urls import path

from plenaria.accounts import views

app_name = "accounts"
urlpatterns = [
    path("signin/", views.SignInView.as_view(), name="signin"),
    path("signin/code/", views.verify, name="verify"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("signout/", views.sign_out, name="signout"),
]
