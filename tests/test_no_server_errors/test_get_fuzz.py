"""Every page answers hostile query parameters and path values without a server error.

The pages are read from the URL configuration, so a new page is fuzzed without anyone writing
a line here. Each page is first asked plainly, by anonymous visitors, the secretariat and a
focal point, while the names it reads from the query string are noted; then each name it
reads (and a few every list page could read) is sent a table of hostile values: NUL and lone
surrogates escaped in the URL, huge and negative numbers, long strings, ``../``, scripts and
scripts of other languages, empty values. Path parameters get real objects' values, then
hostile ones. No answer may be a 5xx.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver

from tests.test_no_server_errors.scene import build_scene

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "%00",
    "%ED%A0%80",  # the lone surrogate U+D800, as a browser would never send it
    "76783723943378468864",
    "-76783723943378468864",
    "-1",
    "1e308",
    "1.5",
    "2023-02-30",
    "9" * 5000,
    "x" * 2000,
    quote("../../../etc/passwd"),
    quote("<script>Genève 中文 العربية 🙂"),
    "",
]
# Names any list or desk page might read besides those it reads on a plain request.
COMMON_NAMES = ["page"]
HOSTILE_PATH_VALUES = ["%00", "..", "x" * 300, "99999999999999999999999", "%ED%A0%80", "-1"]
# The admin is Django's own, fuzzed through its list pages only; static files are not pages.
SKIPPED_PREFIXES = ("admin:", "set_language", "javascript-catalog")
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def page_patterns(patterns=None, prefix="", names=""):
    """(name, route string) of every page of the URL configuration."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            namespace = f"{pattern.namespace}:" if pattern.namespace else ""
            yield from page_patterns(pattern.url_patterns, route, names + namespace)
        elif isinstance(pattern, URLPattern):
            yield names + (pattern.name or ""), route


def site_routes():
    routes = []
    for name, route in page_patterns():
        if name.startswith(SKIPPED_PREFIXES) or route.startswith("api/"):
            continue
        routes.append((name, route.replace("^", "").replace("$", "")))
    return routes


def fill(route: str, values: dict[str, list], choice: int = 0, hostile: str | None = None):
    """The path for ``route``, with real values (or one hostile one for every parameter)."""
    language_prefix = "en/"

    def value(match):
        if hostile is not None:
            return hostile
        options = values.get(match["name"], [1])
        return quote(str(options[choice % len(options)]), safe="")

    path = CONVERTER.sub(value, route)
    return "/" + path.replace("en/", language_prefix, 1)


class Reads:
    """The names a request reads from its query string."""

    def __init__(self, monkeypatch):
        self.names: set[str] = set()
        for method in ("get", "getlist", "__getitem__", "__contains__"):
            original = getattr(QueryDict, method)
            monkeypatch.setattr(QueryDict, method, self._noting(original))

    def _noting(self, original):
        def noted(query_dict, key, *args, **kwargs):
            if isinstance(key, str):
                self.names.add(key)
            return original(query_dict, key, *args, **kwargs)

        return noted


def send(client, path: str):
    try:
        return client.get(path).status_code
    except Exception as error:  # the test client re-raises what the view raised
        return f"{type(error).__name__}: {error}"[:300]


def is_server_error(status) -> bool:
    return not isinstance(status, int) or status >= 500


def test_the_fuzzer_sees_the_pages():
    names = {name for name, _ in site_routes()}
    assert {"events:list", "circulars:list", "programme:programme", "registration:manage"} <= names


def test_no_page_answers_a_server_error(monkeypatch):
    scene = build_scene()
    values = scene.path_values()
    failures = []
    reads = Reads(monkeypatch)
    for _name, route in site_routes():
        for choice in range(2):
            path = fill(route, values, choice)
            for who, client in scene.clients.items():
                reads.names.clear()
                status = send(client, path)
                if is_server_error(status):
                    failures.append((who, path, status))
                    continue
                if choice or status >= 400 or status in (301, 302):
                    continue  # refused before the page reads its filters, or fuzzed already
                names = (reads.names | set(COMMON_NAMES)) - {"csrfmiddlewaretoken"}
                for param in sorted(names):
                    for hostile in HOSTILE_VALUES:
                        query = f"{path}?{quote(param)}={hostile}"
                        status = send(client, query)
                        if is_server_error(status):
                            failures.append((who, query[:200], status))
        for hostile in HOSTILE_PATH_VALUES:
            if "<" not in route:
                break
            path = fill(route, values, hostile=hostile)
            for who, client in scene.clients.items():
                status = send(client, path)
                if is_server_error(status):
                    failures.append((who, path[:200], status))
    assert not failures, "\n".join(f"{who}: {path} → {status}" for who, path, status in failures)
