"""Settings of the server the registration rush runs: the product's, plus one bench-only page.

The bare insert page lives only here, never in the product's URLs.
"""

from plenaria.config.settings import *  # noqa: F403

ROOT_URLCONF = "rush_server.urls"
