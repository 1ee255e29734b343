"""URLs: the pledger's pages, and a new entity's sign-up (under /pledges/mine/)."""

from django.urls import path

from plenaria.contributions.web import pledger_views, pledgers_views, signup_views

urlpatterns = [
    path("", pledger_views.mine, name="mine"),
    path("new/", pledger_views.new, name="new"),
    path("<int:pk>/", pledger_views.pledge_page, name="mine_pledge"),
    path("<int:pk>/edit/", pledger_views.edit, name="edit"),
    path("<int:pk>/submit/", pledger_views.submit, name="submit"),
    path("pledgers/", pledgers_views.pledgers_page, name="pledgers"),
    path("pledgers/<int:pk>/withdraw/", pledgers_views.withdraw, name="withdraw_pledger"),
    path("signup/", signup_views.sign_up, name="signup"),
    path("signup/sent/", signup_views.sent, name="signup_sent"),
    path("signup/confirm/<str:token>/", signup_views.confirm, name="confirm"),
]
