"""Progress reports' pages (see ``routes.py``)."""

PUBLIC: set[str] = set()
SIGNED_IN = {
    "contributions:reports_due",
    "contributions:progress_report",
    "contributions:progress_submit",
}
SECRETARIAT = {
    "contributions:review_reports",
    "contributions:review_report",
    "contributions:review_report_decide",
}
ARGUMENTS = {"cycle": 2026, "decision": "publish"}
