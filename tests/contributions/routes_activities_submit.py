"""Submitting and reviewing national activities, classed for ``tests/test_staff_routes.py``."""

# The image of an approved activity is public; the page itself hides the others' images.
PUBLIC = {"activities:image"}
SIGNED_IN = {
    "activities:mine",
    "activities:new",
    "activities:template",
    "activities:import",
    "activities:mine_activity",
    "activities:edit",
    "activities:submit",
    "activities:cities",
}
SECRETARIAT = {"activities:queue", "activities:review_activity", "activities:decide"}
