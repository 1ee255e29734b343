"""URLs: public pages."""

urlpatterns: list = []
