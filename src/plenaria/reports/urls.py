"""Reports for the secretariat and the focal points: /<lang>/reports/…"""

from plenaria.reports.web import across_urls, dashboard_urls, report_urls

app_name = "reports"
urlpatterns = [*dashboard_urls.urlpatterns, *across_urls.urlpatterns, *report_urls.urlpatterns]
