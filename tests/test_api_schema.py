"""Schemathesis against the API's own OpenAPI spec, in process: no 500s, responses match.

The store is built when the module loads, since schemathesis makes one test per
operation of the schema at collection time; the folder goes when the run ends.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from pantau.web.app import create_app
from test_web_store import build_store

_FOLDER = tempfile.TemporaryDirectory(prefix="pantau-schema-")
schema = schemathesis.openapi.from_asgi(
    "/api/openapi.json", create_app(build_store(Path(_FOLDER.name) / "store.db"))
)


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_spec(case):
    case.call_and_validate()
