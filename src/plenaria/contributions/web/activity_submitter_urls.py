"""URLs: submitter pages of national activities."""

urlpatterns: list = []
