"""Run every scenario against our package and flask-cors 6.0.5 and compare the answers.

The two packages share the import name, so each runs in its own interpreter: ours is this one,
the reference is :func:`tests.reference.reference_python`. Any difference must be listed in
intended.py with its S or B section; there is no category C (a corpus difference waiting for a
decision is listed in corpus.PENDING and fails).
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

from tests.differential.corpus import PENDING
from tests.differential.intended import INTENDED, PREFLIGHT_VARY_SECTION, without_preflight_vary
from tests.differential.scenarios import SCENARIOS
from tests.reference import reference_python

pytestmark = pytest.mark.differential

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("runner.py")


def run(python: Path | str, framework: str = "flask") -> dict[str, Any]:
    """The runner's output under ``python``, with the working directory outside the project."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    completed = subprocess.run(
        [str(python), str(RUNNER), framework],
        input=json.dumps(SCENARIOS),
        capture_output=True,
        text=True,
        check=True,
        cwd=RUNNER.parent,
        env=environment,
    )
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


@pytest.fixture(scope="module")
def reference_answers() -> dict[str, Any]:
    reference = run(reference_python())
    assert Path(reference["module"]).resolve().is_relative_to(ROOT / ".venvs" / "reference")
    result: dict[str, Any] = reference["results"]
    return result


@pytest.fixture(scope="module", params=["flask", "quart"])
def answers(
    request: pytest.FixtureRequest, reference_answers: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Ours on Flask, or ours on Quart (the same apps, imports renamed), beside flask-cors on Flask."""
    ours = run(sys.executable, request.param)
    assert Path(ours["module"]).resolve() == ROOT / "src" / "flask_cors" / "__init__.py"
    return ours["results"], reference_answers, request.param


def test_every_difference_names_an_s_or_b_section_of_the_differences_page() -> None:
    headings = set(re.findall(r"^## ([SB]\d+)\. ", (ROOT / "docs" / "differences.md").read_text(), re.MULTILINE))
    assert {section for section, _, _ in INTENDED.values()} | {PREFLIGHT_VARY_SECTION} <= headings
    # S11 is the section that explains the names without_preflight_vary sets aside.
    assert "Preflight answers vary on what they echo" in (ROOT / "docs" / "differences.md").read_text()


def test_table_is_large_and_ids_are_unique() -> None:
    ids = [scenario["id"] for scenario in SCENARIOS]
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)
    assert set(INTENDED) <= set(ids)


@pytest.mark.parametrize("scenario_id", [scenario["id"] for scenario in SCENARIOS])
def test_same_answer_unless_intended(scenario_id: str, answers: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    request = next(scenario["request"] for scenario in SCENARIOS if scenario["id"] == scenario_id)
    ours, reference = without_preflight_vary(request, answers[0][scenario_id]), answers[1][scenario_id]
    if answers[2] == "quart" and ours.get("status") == 101:
        # An accepted handshake: on Quart the socket opens (no HTTP answer), on Flask the view answers.
        assert request["headers"].get("Upgrade") == "websocket" and reference["status"] == 200
        return
    if scenario_id in INTENDED:
        section, expected_ours, expected_reference = INTENDED[scenario_id]
        assert ours != reference, f"listed as difference {section} but both packages now answer {ours}"
        assert (ours, reference) == (expected_ours, expected_reference), f"difference {section} changed"
    elif scenario_id in PENDING:
        # Left failing on purpose until the lead decides (corpus.py PENDING): never skipped.
        classification, note = PENDING[scenario_id]
        assert ours == reference, f"pending ({classification}): {note}"
    else:
        assert ours == reference, "an unlisted difference from flask-cors"
