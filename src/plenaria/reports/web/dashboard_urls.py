"""The dashboard pages of reports."""

urlpatterns = []
