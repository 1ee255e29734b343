"""Open data for everyone: /<lang>/open-data/…"""

from plenaria.reports.web import open_data_urls

app_name = "open_data"
urlpatterns = [*open_data_urls.urlpatterns]
