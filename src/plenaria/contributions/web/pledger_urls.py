"""URLs: pledger pages."""

urlpatterns: list = []
