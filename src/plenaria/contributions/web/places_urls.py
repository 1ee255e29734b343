"""URLs: places pages."""

urlpatterns: list = []
