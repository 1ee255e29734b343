"""Production settings: no start on a published key, HTTPS by default, `check --deploy` clean.

Each case runs the ``plenaria`` command in a process of its own, with only the environment
given here: the test run's own settings (a test key, plain HTTP) do not leak into it.
"""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PLENARIA = str(Path(sys.executable).with_name("plenaria"))
README = Path(__file__).resolve().parents[2] / "README.md"
# A system check's line ends with its id, e.g. "(security.W004)" or "(axes.E001)".
CHECK_ID = re.compile(r"\(\w+(\.\w+)*\.[WE]\d+\)")
SHOWN = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_PROXY_SSL_HEADER",
)


def run(args, tmp_path, **environment):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "PLENARIA_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
        **environment,
    }
    return subprocess.run(
        [PLENARIA, *args], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )


def readme_production_environment() -> dict[str, str]:
    """The variables the README's "Run it in production" section exports, with stand-ins
    for the values it leaves to the reader (``…``)."""
    section = README.read_text().split("## Run it in production", 1)[1].split("\n## ", 1)[0]
    stand_ins = {"PLENARIA_SECRET_KEY": secrets.token_urlsafe(50)}
    found = {}
    for line in section.splitlines():
        if line.startswith("export "):
            for pair in line.split("#", 1)[0].split()[1:]:
                name, value = pair.split("=", 1)
                found[name] = stand_ins.get(name, value)
    found.pop("DATABASE_URL", None)  # the checks read no database: a file of the test's own
    return found


def shown_settings(tmp_path, **environment) -> dict:
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {SHOWN!r}}}))"
    )
    done = run(["shell", "-c", code], tmp_path, **environment)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("key", [None, "", "   "])
def test_without_a_key_production_refuses_to_start(tmp_path, key):
    environment = {} if key is None else {"PLENARIA_SECRET_KEY": key}
    done = run(["check"], tmp_path, **environment)
    assert done.returncode != 0
    assert "ImproperlyConfigured" in done.stderr and "PLENARIA_SECRET_KEY" in done.stderr
    assert "PLENARIA_DEBUG=1" in done.stderr


def test_debug_starts_without_a_key(tmp_path):
    done = run(["check"], tmp_path, PLENARIA_DEBUG="1")
    assert done.returncode == 0, done.stderr


def test_the_readmes_production_environment_passes_check_deploy(tmp_path):
    environment = readme_production_environment()
    assert {"PLENARIA_SECRET_KEY", "PLENARIA_PROXY_SSL_HEADER"} <= environment.keys()
    done = run(["check", "--deploy", "--fail-level", "WARNING"], tmp_path, **environment)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not [line for line in output.splitlines() if CHECK_ID.search(line)], output


def test_production_defaults_are_secure_and_https_can_be_turned_off(tmp_path):
    key = secrets.token_urlsafe(50)
    secure = shown_settings(
        tmp_path, PLENARIA_SECRET_KEY=key, PLENARIA_PROXY_SSL_HEADER="X-Forwarded-Proto"
    )
    assert secure == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 365 * 24 * 60 * 60,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }
    plain = shown_settings(tmp_path, PLENARIA_SECRET_KEY=key, PLENARIA_HTTPS="0")
    assert plain == {
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
        "SECURE_SSL_REDIRECT": False,
        "SECURE_HSTS_SECONDS": 0,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
        "SECURE_PROXY_SSL_HEADER": None,
    }
    development = shown_settings(tmp_path, PLENARIA_DEBUG="1")
    assert development["SECURE_SSL_REDIRECT"] is False
    assert development["SESSION_COOKIE_SECURE"] is False
