"""What the benchmarks share: a database of their own and a count of the queries a step runs.

Import this module before Django: it puts ``src`` on the path and picks the settings.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")
# A key of the bench's own, over plain HTTP, with debug off as in production.
os.environ.setdefault("PLENARIA_SECRET_KEY", "bench-only-key-good-for-nothing-else-7c2e5d")
os.environ.setdefault("PLENARIA_HTTPS", "0")
# The benchmarks sign staff in directly, as the tests do, without the two-factor step.
os.environ.setdefault("PLENARIA_STAFF_2FA", "0")
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


def machine_cpu() -> tuple[float, float]:
    """Seconds of processor time spent busy and idle on the whole machine so far (Linux)."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and waiting for the disk
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK"), idle / os.sysconf("SC_CLK_TCK")


def processes_cpu(*names: str) -> float:
    """Seconds of processor time used so far by the processes with these names, with their
    children that have ended (PostgreSQL replaces a connection's process when it is closed)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended meanwhile
            continue
        name, rest = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 2 :]
        if any(wanted in name for wanted in names):
            fields = rest.split()
            total += sum(int(value) for value in fields[11:15])  # user, system, children's
    return total / os.sysconf("SC_CLK_TCK")


def open_event(slug: str, title: str, *, kind="forum", days=1, event_values=None, **settings):
    """A published hybrid event a month ahead, lasting ``days``, open for registration since
    yesterday for ten days; ``event_values`` and ``settings`` change what differs."""
    import datetime

    from django.utils import timezone

    from plenaria.events.models import Event
    from plenaria.registration import services

    now = timezone.now()
    values = {
        "title": {"en": title},
        "acronym": slug.upper(),
        "slug": slug,
        "kind": kind,
        "format": "hybrid",
        "status": "published",
        "start": now + datetime.timedelta(days=30),
        **(event_values or {}),
    }
    values.setdefault("end", values["start"] + datetime.timedelta(days=days))
    event = Event.objects.create(**values)
    settings = {
        "opens_at": now - datetime.timedelta(days=1),
        "closes_at": now + datetime.timedelta(days=10),
        **settings,
    }
    services.configure(None, event, **settings)
    return event
