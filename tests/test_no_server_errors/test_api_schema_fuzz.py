"""The API answers whatever its own OpenAPI document allows, and much it does not, without a 5xx.

Schemathesis reads ``/api/v1/openapi.json`` and generates requests for every route: valid ones
(positive) and ones that break the schema (negative: wrong types, missing fields, NUL and lone
surrogates in strings, huge numbers). They are sent through Django's test client, in the test's
database transaction, as anonymous callers, the secretariat and a focal point, with path
parameters that are real objects' half of the time, so that the routes reach real code.
"""

from __future__ import annotations

import contextlib
import json
from urllib.parse import urlencode, urlsplit

import hypothesis.strategies as st
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from plenaria.config.api import api
from tests.test_no_server_errors.scene import build_scene

pytestmark = pytest.mark.django_db

# Per route, mode and identity: some 20 routes × 2 × 3 × this.
EXAMPLES = 30
MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]


def operations():
    schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1/"))
    return [result.ok() for result in schema.get_all_operations()]


def send(client, case) -> int | str:
    """Send a generated case through the test client; the status, or the exception raised."""
    request = case.as_transport_kwargs(base_url="http://testserver")
    path = urlsplit(request["url"]).path
    query = urlencode(request.get("params") or {}, doseq=True)
    extra = {
        "HTTP_" + name.upper().replace("-", "_"): value
        for name, value in (request.get("headers") or {}).items()
        if name.lower() not in ("content-type", "content-length", "cookie", "host")
    }
    content_type = (request.get("headers") or {}).get("Content-Type", "application/json")
    if "json" in request:
        body = json.dumps(request["json"]).encode()
    else:
        body = request.get("data") or b""
        body = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    try:
        response = client.generic(
            request["method"],
            path,
            body,
            content_type=content_type,
            QUERY_STRING=query,
            **extra,
        )
    except Exception as error:  # the test client re-raises what the view raised
        return f"{type(error).__name__}: {error}"[:300]
    return response.status_code


def fuzz_once(strategy, who, client, failures) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def fuzz(case):
        status = send(client, case)
        if not isinstance(status, int) or status >= 500:
            failures.append((who, case.as_curl_command()[:400], status))

    # Only in negative mode: a route whose every input is valid (no body, no query, a
    # free-text path part) has no request that breaks its schema.
    with contextlib.suppress(Unsatisfiable):
        fuzz()


def test_the_schema_lists_the_routes():
    labels = {operation.label for operation in operations()}
    assert "POST /api/v1/events/{slug}/register" in labels
    assert "GET /api/v1/events/{slug}/registrations" in labels


def test_no_route_answers_a_server_error():
    scene = build_scene()
    values = scene.path_values()
    failures: list[tuple[str, str, object]] = []

    for operation in operations():
        names = [parameter.name for parameter in operation.path_parameters]
        real = {name: values.get(name, [1])[0] for name in names}
        for mode in MODES:
            strategies = [operation.as_strategy(mode)]
            if names:
                strategies.append(operation.as_strategy(mode, path_parameters=real))

            for who, client in scene.clients.items():
                fuzz_once(st.one_of(strategies), who, client, failures)

    assert not failures, "\n".join(f"{who}: {curl} → {status}" for who, curl, status in failures)
