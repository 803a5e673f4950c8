"""The benchmark harness runs and prints its table (timings are never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_run_prints_every_scenario() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scenarios import SCENARIOS

    output = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"], capture_output=True, text=True, check=True
    ).stdout
    rows = [line for line in output.splitlines() if line.startswith("| ") and not line.startswith("| scenario")]
    assert [row.split(" | ")[0][2:] for row in rows] == [s.label for s in SCENARIOS] + [
        "start-up, 10,000 origins × 500 resources"
    ]


def test_match_cost_benchmark_covers_every_domain() -> None:
    """A tiny run: every domain is generated, checked and timed (the 1 ms target is CI's job)."""
    output = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "match_cost.py"),
            "--examples",
            "12",
            "--jobs",
            "1",
            "--target-ms",
            "1e9",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [line.split()[0] for line in output.splitlines() if "one match:" in line] == ["origins", "header", "paths"]
    assert output.splitlines()[-1].endswith("; ok")


def test_quart_column_workers_run_every_phase() -> None:
    """benchmarks/quart_column.py's workers (run under callgrind for docs/benchmarks.md) send every scenario
    to the bare app and to ours, on Quart and on Flask, each phase closed by a marker."""
    expected = ["get", "preflight", "refused", "no_origin"]
    for framework in ("quart", "flask"):
        output = subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "quart_column.py"),
                "--worker",
                framework,
                "ours",
                "--count",
                "2",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        labels = [label for label in json.loads(output) if label != "setup"]
        assert labels == [f"{name}/{kind}" for name in expected for kind in ("bare", "impl")]
