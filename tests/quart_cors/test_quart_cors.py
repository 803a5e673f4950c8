"""Every scenario against our package and quart-cors 0.8 (its own environment, .venvs/quart-cors),
both on Quart: the same answers, except the differences docs/quart.md explains, section by section."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.quart_cors.scenarios import INTENDED, SCENARIOS, set_aside
from tests.reference import quart_cors_python

pytestmark = pytest.mark.differential

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("runner.py")


def run(python: Path | str) -> dict[str, Any]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    completed = subprocess.run(
        [str(python), str(RUNNER)],
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
def answers() -> tuple[dict[str, Any], dict[str, Any]]:
    ours, theirs = run(sys.executable), run(quart_cors_python())
    assert (ours["package"], theirs["package"]) == ("ours", "quart-cors")
    return ours["results"], theirs["results"]


def test_every_difference_names_a_section_of_the_quart_page() -> None:
    page = (ROOT / "docs" / "quart.md").read_text()
    anchors = set(re.findall(r"^### .*\{#([a-z_-]+)\}$", page, re.MULTILINE))
    assert {section for section, _, _ in INTENDED.values()} <= anchors
    for option in (
        "allow_origin",
        "allow_credentials",
        "allow_methods",
        "allow_headers",
        "expose_headers",
        "max_age",
        "send_origin_wildcard",
        "route_cors",
        "websocket_cors",
        "cors_exempt",
    ):
        assert f"`{option}`" in page, option


def test_ids_are_unique() -> None:
    ids = [scenario["id"] for scenario in SCENARIOS]
    assert len(set(ids)) == len(ids) >= 30
    assert set(INTENDED) <= set(ids)


@pytest.mark.parametrize("scenario_id", [scenario["id"] for scenario in SCENARIOS])
def test_same_answer_unless_explained(scenario_id: str, answers: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = set_aside(answers[0][scenario_id], answers[1][scenario_id])
    if scenario_id in INTENDED:
        section, expected_ours, expected_theirs = INTENDED[scenario_id]
        assert ours != theirs, f"listed under {section} but both packages now answer {ours}"
        assert (ours, theirs) == (expected_ours, expected_theirs), f"difference {section} changed"
    else:
        assert ours == theirs, "a difference from quart-cors that docs/quart.md does not explain"
