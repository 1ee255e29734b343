"""URLs: places pages."""

from django.urls import path

from plenaria.contributions.web import places

urlpatterns = [
    path("map/", places.world_map, name="map"),
    path("map/data.json", places.map_data, name="map_data"),
    path("country/<str:code>/", places.country_page, name="country"),
]
