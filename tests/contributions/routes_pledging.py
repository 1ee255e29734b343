"""Pledging and moderation pages, classed for ``tests/test_staff_routes.py``."""

PUBLIC = {"contributions:signup", "contributions:signup_sent", "contributions:confirm"}
SIGNED_IN = {
    "contributions:mine",
    "contributions:new",
    "contributions:mine_pledge",
    "contributions:edit",
    "contributions:submit",
    "contributions:pledgers",
    "contributions:withdraw_pledger",
}
SECRETARIAT = {"contributions:queue", "contributions:review", "contributions:decide"}
ARGUMENTS = {"token": "not-a-token"}
