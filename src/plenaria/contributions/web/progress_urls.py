"""URLs: progress pages."""

urlpatterns: list = []
