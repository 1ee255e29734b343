"""URLs: public pages of national activities.

A call's pages sit at ``/activities/<slug>/``, beside the other parts' fixed paths
(``mine/``, ``review/``, ``manage/``…), which come after these in the URL list: a call's
address never takes one of those words.
"""

from django.urls import path, register_converter

from plenaria.contributions.web import activity_public_views as views

# First path segments of the other parts of national activities.
RESERVED = ("mine", "review", "manage", "new", "call", "calls", "export", "totals", "import")


class CallSlugConverter:
    regex = r"(?!(?:" + "|".join(RESERVED) + r")/)[-a-zA-Z0-9_]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(CallSlugConverter, "callslug")

urlpatterns = [
    path("", views.calls, name="calls"),
    path("<callslug:slug>/", views.call_page, name="call"),
    path("<callslug:slug>/map.json", views.map_data, name="map_data"),
    path("<callslug:slug>/activities.ics", views.calendar, name="ics"),
    path("<callslug:slug>/country/<str:code>/", views.country_page, name="country"),
    path("<callslug:slug>/<int:pk>/", views.activity_page, name="activity"),
]
