"""The public open-data pages."""

urlpatterns = []
