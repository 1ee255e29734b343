"""URLs: calls pages of national activities."""

urlpatterns: list = []
