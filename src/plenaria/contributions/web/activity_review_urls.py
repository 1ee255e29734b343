"""URLs: review pages of national activities."""

urlpatterns: list = []
