"""Calls for activities, their outcomes and export (see ``routes.py``)."""

PUBLIC: set[str] = set()
SIGNED_IN = {"activities:outcome"}
SECRETARIAT = {
    "activities:calls_manage",
    "activities:call_new",
    "activities:call_edit",
    "activities:totals",
    "activities:export",
}
