"""How the reports' pages are classed for ``tests/test_staff_routes.py``: open data is for
everyone; the list of dashboards and an event's dashboard for any signed-in person (the page
decides whose figures they see); the rest for the secretariat."""

PUBLIC = {
    "open_data:index",
    "open_data:event",
    "open_data:event_csv",
    "open_data:event_json",
    "open_data:series",
    "open_data:series_csv",
    "open_data:series_json",
}
SIGNED_IN = {"reports:index", "reports:event"}
SECRETARIAT = {
    "reports:refresh",
    "reports:series_list",
    "reports:series",
    "reports:across",
    "reports:gender",
    "reports:gender_pdf",
    "reports:participation",
    "reports:participation_pdf",
}
ARGUMENTS = {"acronym": "WTISD"}
