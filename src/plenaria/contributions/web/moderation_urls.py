"""URLs: the secretariat's review of pledges (under /pledges/review/)."""

from django.urls import path

from plenaria.contributions.web import moderation_views

urlpatterns = [
    path("", moderation_views.queue, name="queue"),
    path("<int:pk>/", moderation_views.review, name="review"),
    path("<int:pk>/<slug:action>/", moderation_views.decide, name="decide"),
]
