"""URLs: moderation pages."""

urlpatterns: list = []
