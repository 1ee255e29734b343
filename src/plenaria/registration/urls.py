from django.urls import path

from plenaria.accounts.views import former_sign_in
from plenaria.registration.views import badges as badge_pages
from plenaria.registration.views import bulk, desk, focal, public, secretariat
from plenaria.registration.views import checkin as checkin_desk

app_name = "registration"
urlpatterns = [
    path("events/<slug:slug>/register/", public.register, name="register"),
    path("events/<slug:slug>/register/received/<str:receipt>/", public.received, name="received"),
    path("registration/mine/<str:token>/", public.mine, name="mine"),
    # One sign-in page for everyone now; the old address (and its name) leads there.
    path(
        "registration/login/",
        former_sign_in,
        name="login",
    ),
    path("registration/delegations/", focal.delegations, name="delegations"),
    path("registration/delegations/<slug:slug>/", focal.delegation, name="delegation"),
    path("registration/delegations/<slug:slug>/add/", focal.add_delegate, name="add"),
    path("registration/decide/<int:pk>/", focal.decide_one, name="decide"),
    path("registration/manage/<slug:slug>/", secretariat.manage, name="manage"),
    path("registration/manage/<slug:slug>/bulk/", bulk.bulk, name="manage_bulk"),
    path("registration/manage/<slug:slug>/<int:pk>/", desk.detail, name="manage_one"),
    path("registration/manage/<slug:slug>/<int:pk>/change/", desk.change, name="manage_change"),
    path("registration/manage/<slug:slug>/<int:pk>/correct/", desk.correct, name="manage_correct"),
    path("registration/manage/<slug:slug>/<int:pk>/resend/", desk.resend, name="manage_resend"),
    path(
        "registration/manage/<slug:slug>/<int:pk>/<str:action>/",
        desk.confirm,
        name="manage_confirm",
    ),
    path("registration/badges/<slug:slug>/", badge_pages.badges, name="badges"),
    path("registration/badges/<slug:slug>/print/", badge_pages.print_badges, name="print_badges"),
    path(
        "registration/badges/<slug:slug>/replace/<int:pk>/",
        badge_pages.replace,
        name="replace_badge",
    ),
    path("registration/checkin/<slug:slug>/", checkin_desk.desk, name="checkin"),
]
