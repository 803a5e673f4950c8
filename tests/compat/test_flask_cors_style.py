"""Run the flask-cors style unittest suite (``flask_cors_style/``) against flask-cors 6.0.5 and us.

Under the reference every test must pass: that shows the suite was written for flask-cors. Under
ours every test must pass except those in :data:`EXPECTED_DIFFERENCES`, each explained by an S
(security) or B (browser-visible fix) section of docs/differences.md; a listed test that starts
passing fails too, so the list never goes stale. Each interpreter runs with its working directory outside the project and
``PYTHONPATH`` pointing only at the suite folder, so it imports its own ``flask_cors``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.reference import reference_python

pytestmark = pytest.mark.differential

ROOT = Path(__file__).resolve().parents[2]
SUITE = Path(__file__).with_name("flask_cors_style")
RUNNER = SUITE / "json_runner.py"
DIFFERENCES = ROOT / "docs" / "differences.md"

#: unittest id -> the S (security) or B (browser-visible fix) section of docs/differences.md that
#: explains why it fails on ours. Nothing else may fail: category C answers as flask-cors does.
EXPECTED_DIFFERENCES: dict[str, str] = {
    # S1. Origin patterns must match the whole origin.
    "test_origin_edge_cases.PatternEdgeTestCase.test_regex_also_matches_longer_host": "S1",
    # S2. `https://*.example.com` means "any subdomain" (flask-cors: `/*` is "any slashes", `.` any character).
    "test_origin_edge_cases.PatternEdgeTestCase.test_star_subdomain_dot_is_any_character": "S2",
    "test_origin_edge_cases.PatternEdgeTestCase.test_star_subdomain_matches_apex": "S2",
    "test_origin_edge_cases.PatternEdgeTestCase.test_star_subdomain_slash_star_swallows_the_subdomain": "S2",
    # S3. `null` with credentials must be listed.
    "test_credentials.DecoratedCredentialsTestCase.test_null_origin_with_credentials": "S3",
    # S4. `Vary: Origin` whenever the answer depends on Origin.
    "test_vary_header.VaryHeaderTestCase.test_refused_origin_does_not_vary": "S4",
    "test_vary_header.VaryHeaderTestCase.test_single_fixed_origin_does_not_vary": "S4",
    "test_vary_header.VaryHeaderTestCase.test_wildcard_without_origin_does_not_vary": "S4",
    # S5. Hostile request values: two Origin headers folded into one are refused.
    "test_origin_edge_cases.OriginValueEdgeTestCase.test_two_origins_in_one_header": "S5",
    # B1. Preflights are answered before routing and the app's hooks (200, not 404 or 401).
    "test_automatic_options.ExtensionOptionsTestCase.test_preflight_on_unknown_route": "B1",
    "test_request_hooks.ExtensionBehindAuthTestCase.test_preflight_runs_into_the_hook": "B1",
    # B2. A comma-separated string is a list of origins.
    "test_origin_edge_cases.ConfiguredOriginEdgeTestCase.test_comma_separated_string_is_one_origin": "B2",
    # B3. A configured default port is dropped.
    "test_origin_edge_cases.ConfiguredOriginEdgeTestCase.test_default_port_is_compared_as_written": "B3",
    # B9. `max_age=0` is sent.
    "test_combinations.OddValuesTestCase.test_zero_max_age_is_not_sent": "B9",
    # B10. `intercept_exceptions=False` does what it says.
    "test_exception_interception.NotInterceptedErrorsTestCase.test_unhandled_exception_gets_headers_on_current_flask": "B10",
    # B11. Error responses of a `@cross_origin` view carry its headers.
    "test_exception_interception.DecoratedErrorsTestCase.test_decorated_view_abort_without_extension": "B11",
    # B12. `CORS(blueprint)` reads the app's `CORS_*` config.
    "test_blueprint.BlueprintInitAppTestCase.test_blueprint_options_ignore_app_config": "B12",
}

#: Failures on ours that no section of docs/differences.md explains yet (reported to the lead).
#: Each is a bug to fix or a difference to document; then it leaves this table, for
#: EXPECTED_DIFFERENCES with its section number or for good. ``test_every_failure_is_explained``
#: stays an expected failure until the table is empty.
AWAITING_DECISION: dict[str, str] = {}


def run_suite(python: Path | str, workdir: Path) -> dict[str, Any]:
    """The suite's outcomes under ``python``: ``{"module": ..., "outcomes": ..., "details": ...}``."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PYTHONPATH"] = str(SUITE)
    completed = subprocess.run(
        [str(python), str(RUNNER)], capture_output=True, text=True, check=True, cwd=workdir, env=environment
    )
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_suite(reference_python(), tmp_path_factory.mktemp("reference"))


@pytest.fixture(scope="module")
def our_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_suite(sys.executable, tmp_path_factory.mktemp("ours"))


def failing(run: dict[str, Any]) -> dict[str, str]:
    return {test: run["details"].get(test, outcome) for test, outcome in run["outcomes"].items() if outcome != "pass"}


def test_reference_is_flask_cors_and_passes_everything(reference_run: dict[str, Any]) -> None:
    assert Path(reference_run["module"]).resolve().is_relative_to(ROOT / ".venvs" / "reference")
    assert len(reference_run["outcomes"]) >= 120
    assert failing(reference_run) == {}


def test_ours_passes_everything_but_the_listed_differences(
    our_run: dict[str, Any], reference_run: dict[str, Any]
) -> None:
    assert Path(our_run["module"]).resolve() == ROOT / "src" / "flask_cors" / "__init__.py"
    assert set(our_run["outcomes"]) == set(reference_run["outcomes"])
    failures = failing(our_run)
    total = len(our_run["outcomes"])
    print(f"flask-cors style suite: {total} tests, {total - len(failures)} pass on ours, {len(failures)} failing")
    print(f"listed differences: {len(EXPECTED_DIFFERENCES)}, awaiting a decision: {len(AWAITING_DECISION)}")
    known = set(EXPECTED_DIFFERENCES) | set(AWAITING_DECISION)
    unexpected = {test: detail for test, detail in failures.items() if test not in known}
    now_passing = sorted(known - set(failures))
    assert unexpected == {}, "failing on ours but not listed in EXPECTED_DIFFERENCES"
    assert now_passing == [], "listed but passing on ours: remove them"


def test_listed_sections_exist() -> None:
    headings = set(re.findall(r"^## ([SB]\d+)\. ", DIFFERENCES.read_text(), re.MULTILINE))
    assert set(EXPECTED_DIFFERENCES.values()) <= headings


def test_no_listed_test_is_listed_twice() -> None:
    assert set(EXPECTED_DIFFERENCES).isdisjoint(AWAITING_DECISION)


def test_every_failure_is_explained() -> None:
    assert AWAITING_DECISION == {}
