"""Matchmaking: published pledges that serve the same countries and pillars as another, and
who has pledged what for a country."""


def related_pledges(pledge, limit: int = 6) -> list:
    """Published pledges sharing countries and pillars with ``pledge``, closest first."""
    return []
