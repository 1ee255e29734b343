"""URLs: public pages of national activities."""

urlpatterns: list = []
