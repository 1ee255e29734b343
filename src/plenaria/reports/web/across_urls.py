"""The across pages of reports."""

urlpatterns = []
