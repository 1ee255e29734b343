"""URLs: review pages of national activities (under /activities/review/)."""

from django.urls import path

from plenaria.contributions.web import activity_review_views as views

urlpatterns = [
    path("", views.queue, name="queue"),
    path("<int:pk>/", views.review, name="review_activity"),
    path("<int:pk>/<slug:action>/", views.decide, name="decide"),
]
