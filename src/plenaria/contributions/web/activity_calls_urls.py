"""URLs: the secretariat's calls for activities, their outcomes and export; the organiser's
outcome form."""

from django.urls import path

from plenaria.contributions.web import activity_calls_views as calls
from plenaria.contributions.web import activity_outcome_views as outcomes

urlpatterns = [
    path("calls/manage/", calls.calls_manage, name="calls_manage"),
    path("calls/manage/new/", calls.call_new, name="call_new"),
    path("calls/manage/<slug:slug>/", calls.call_edit, name="call_edit"),
    path("calls/manage/<slug:slug>/outcomes/", outcomes.totals, name="totals"),
    path("calls/manage/<slug:slug>/export/", outcomes.export_activities, name="export"),
    path("mine/<int:pk>/outcome/", outcomes.outcome, name="outcome"),
]
