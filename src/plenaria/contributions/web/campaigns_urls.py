"""URLs: campaigns pages."""

urlpatterns: list = []
