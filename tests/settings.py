"""Settings of the test run: the product's own, with a key of its own and plain HTTP.

The product refuses to start without ``PLENARIA_SECRET_KEY`` unless debug is on; the tests
run with debug off, as in production, so they get a key that is good for nothing else. It is
put in the environment, so the commands a test starts (a worker, ``check --deploy``) inherit
it. HTTPS is off because the test client and the live server the browser tests drive speak
plain HTTP: with it on, every request would be redirected to https:// and no cookie marked
Secure would come back. The production defaults are tested apart, in a process of their own
(tests/core/test_production_settings.py).
"""

import os

os.environ.setdefault("PLENARIA_SECRET_KEY", "test-only-key-good-for-nothing-else-3f9a1c")
os.environ["PLENARIA_HTTPS"] = "0"

from plenaria.config.settings import *  # noqa: F403

# A command a test starts is another Python, where this package is not importable: it runs
# the product's settings, with the key and plain HTTP above from the environment it inherits.
os.environ["DJANGO_SETTINGS_MODULE"] = "plenaria.config.settings"
