"""The report pages of reports."""

urlpatterns = []
