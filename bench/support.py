"""What the benchmarks share: a database of their own and a count of the queries a step runs.

Import this module before Django: it puts ``src`` on the path and picks the settings.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")
os.environ.setdefault("PLENARIA_VAR_DIR", tempfile.mkdtemp(prefix="plenaria-bench-"))


def setup_database(**settings_values) -> str:
    """A fresh database (a temporary SQLite file, or one of its own on the server named by
    DATABASE_URL); returns the name to hand back to ``teardown_database``."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    for name, value in settings_values.items():
        setattr(settings, name, value)
    return connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)


def teardown_database(old_name: str) -> None:
    from django.db import connection

    connection.creation.destroy_test_db(old_name, verbosity=0)


def count_queries(action) -> int:
    """How many SQL statements ``action()`` runs."""
    from django.db import connection

    executed = []

    def record(run, sql, params, many, context):
        executed.append(sql)
        return run(sql, params, many, context)

    with connection.execute_wrapper(record):
        action()
    return len(executed)
