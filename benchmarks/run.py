"""Benchmark harness: µs added per request over bare Flask, ours next to flask-cors 6.0.5.

Usage::

    .venv/bin/python benchmarks/run.py                 # full run (about 2 minutes)
    .venv/bin/python benchmarks/run.py --quick         # smoke run
    .venv/bin/python benchmarks/run.py --markdown docs/benchmarks.md

Machines here are noisy, so implementations run interleaved: each round runs bare Flask, ours and
the reference (each in its own process and virtual environment, in rotating order), and the table
reports the median over rounds of the within-round difference from bare Flask.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import venv
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from scenarios import SCENARIOS  # noqa: E402

REFERENCE = "flask-cors==6.0.5"
IMPLS = ("bare", "ours", "reference")

#: (scenario or metric, limit, description); checked after the run.
TARGETS = [
    ("get <= 3us", "CORS(app) GET with Origin adds at most 3 µs"),
    ("get <= ref/8", "CORS(app) GET adds at most 1/8 of flask-cors"),
    ("preflight <= 8us", "preflight adds at most 8 µs"),
    ("origins flat", "10,000 exact origins within 10% of 1 origin"),
    ("resources flat", "500 resources within 30% of 1 resource"),
    ("decorator <= get", "@cross_origin() no slower than CORS(app)"),
    ("startup <= 100ms", "start-up, 10,000 origins x 500 resources, at most 100 ms"),
    ("startup <= 10MB", "start-up, 10,000 origins x 500 resources, at most 10 MB"),
]


def reference_python() -> Path:
    """The reference environment (shared with tests/differential), created when missing."""
    home = ROOT / ".venvs" / "reference"
    python = home / "bin" / "python"
    stamp = home / f".installed-{REFERENCE}-flask-{version('flask')}-werkzeug-{version('werkzeug')}"
    if not stamp.exists():
        venv.EnvBuilder(clear=True, with_pip=True).create(home)
        pins = [REFERENCE, f"flask=={version('flask')}", f"werkzeug=={version('werkzeug')}"]
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins], check=True)
        stamp.touch()
    return python


def worker(impl: str, python: Path | str, seconds: float, startup: str) -> dict[str, Any]:
    command = [str(python), str(HERE / "worker.py"), "--impl", impl, "--seconds", str(seconds), "--startup", startup]
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE, env=environment).stdout
    result: dict[str, Any] = json.loads(output)
    return result


def measure(rounds: int, seconds: float, with_reference: bool) -> dict[str, Any]:
    pythons = {"bare": sys.executable, "ours": sys.executable}
    if with_reference:
        pythons["reference"] = str(reference_python())
    impls = [impl for impl in IMPLS if impl in pythons]
    added: dict[str, dict[str, list[float]]] = {
        impl: {s.name: [] for s in SCENARIOS} for impl in impls if impl != "bare"
    }
    bare: dict[str, list[float]] = {s.name: [] for s in SCENARIOS}
    startup: dict[str, list[dict[str, float]]] = {impl: [] for impl in impls if impl != "bare"}
    headers: dict[str, Any] = {}
    for round_index in range(rounds):
        order = impls[round_index % len(impls) :] + impls[: round_index % len(impls)]
        this_round = {}
        for impl in order:
            # Start-up is timed in every round for ours, in the first two for the slow reference.
            wants_startup = impl == "ours" or round_index < 2
            this_round[impl] = worker(impl, pythons[impl], seconds, "time" if wants_startup else "none")
            print(f"  round {round_index + 1}/{rounds}: {impl}", file=sys.stderr)
        for name in bare:
            bare[name].append(this_round["bare"]["scenarios"][name]["us"])
            for impl in added:
                added[impl][name].append(
                    this_round[impl]["scenarios"][name]["us"] - this_round["bare"]["scenarios"][name]["us"]
                )
        for impl in startup:
            if "startup" in this_round[impl]:
                startup[impl].append(this_round[impl]["startup"])
        headers = {impl: this_round[impl]["scenarios"] for impl in impls if impl != "bare"}
    memory = {impl: worker(impl, pythons[impl], 0.01, "memory")["startup"]["megabytes"] for impl in startup}
    return {
        "bare": {name: statistics.median(values) for name, values in bare.items()},
        "added": {
            impl: {name: statistics.median(values) for name, values in per.items()} for impl, per in added.items()
        },
        "startup_ms": {impl: 1000 * statistics.median(r["seconds"] for r in runs) for impl, runs in startup.items()},
        "startup_mb": memory,
        "headers": headers,
    }


def check_targets(result: dict[str, Any]) -> list[tuple[str, bool, str]]:
    ours = result["added"]["ours"]
    reference = result["added"].get("reference")
    checks = {
        "get <= 3us": (ours["get"] <= 3, f"{ours['get']:.1f} µs"),
        "get <= ref/8": (
            reference is not None and ours["get"] <= reference["get"] / 8,
            f"{ours['get']:.1f} vs {reference['get'] / 8:.1f} µs (1/8 of {reference['get']:.1f})"
            if reference
            else "no reference",
        ),
        "preflight <= 8us": (ours["preflight"] <= 8, f"{ours['preflight']:.1f} µs"),
        "origins flat": (
            ours["origins-10000"] <= ours["origins-1"] * 1.10 + 0.3,
            f"{ours['origins-10000']:.1f} vs {ours['origins-1']:.1f} µs",
        ),
        "resources flat": (
            ours["resources-500"] <= ours["resources-1"] * 1.30 + 0.3,
            f"{ours['resources-500']:.1f} vs {ours['resources-1']:.1f} µs",
        ),
        "decorator <= get": (
            ours["decorator"] <= ours["get"] + 0.3,
            f"{ours['decorator']:.1f} vs {ours['get']:.1f} µs",
        ),
        "startup <= 100ms": (result["startup_ms"]["ours"] <= 100, f"{result['startup_ms']['ours']:.0f} ms"),
        "startup <= 10MB": (result["startup_mb"]["ours"] <= 10, f"{result['startup_mb']['ours']:.1f} MB"),
    }
    return [(description, *checks[key]) for key, description in TARGETS]


def header_differences(result: dict[str, Any]) -> list[str]:
    if "reference" not in result["headers"]:
        return []
    lines = []
    for scenario in SCENARIOS:
        ours = result["headers"]["ours"][scenario.name]["headers"]
        reference = result["headers"]["reference"][scenario.name]["headers"]
        if scenario.same_headers and ours != reference:
            lines.append(f"UNEXPECTED difference in {scenario.name}: ours {ours} vs flask-cors {reference}")
        elif not scenario.same_headers and ours != reference:
            lines.append(
                f"intended difference in {scenario.name} (docs/differences.md): ours {ours} vs flask-cors {reference}"
            )
    return lines


def table(result: dict[str, Any]) -> str:
    reference = result["added"].get("reference")
    rows = [
        "| scenario | bare Flask µs | ours adds µs | flask-cors adds µs | ours / flask-cors |",
        "|---|---:|---:|---:|---:|",
    ]
    for scenario in SCENARIOS:
        ours = result["added"]["ours"][scenario.name]
        ref = reference[scenario.name] if reference else float("nan")
        ratio = f"{ours / ref:.2f}" if reference and ref > 0 else "–"
        rows.append(f"| {scenario.label} | {result['bare'][scenario.name]:.1f} | {ours:.1f} | {ref:.1f} | {ratio} |")
    startup_ref = result["startup_ms"].get("reference")
    rows.append(
        f"| start-up, 10,000 origins × 500 resources | – | {result['startup_ms']['ours']:.0f} ms, "
        f"{result['startup_mb']['ours']:.1f} MB | "
        + (
            f"{startup_ref:.0f} ms, {result['startup_mb']['reference']:.1f} MB | {result['startup_ms']['ours'] / startup_ref:.3f} |"
            if startup_ref
            else "– | – |"
        )
    )
    return "\n".join(rows)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, Flask {version('flask')}, "
        f"Werkzeug {version('werkzeug')}; {date.today().isoformat()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 round, short timings, no reference: a smoke run")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.15, help="target time per measurement")
    parser.add_argument("--markdown", type=Path, help="write the report to this file")
    args = parser.parse_args()
    rounds, seconds, with_reference = (1, 0.02, False) if args.quick else (args.rounds, args.seconds, True)
    result = measure(rounds, seconds, with_reference)
    report = [
        f"Machine: {machine()}. {rounds} interleaved rounds; medians of within-round differences.",
        "",
        table(result),
        "",
    ]
    if not args.quick:
        report += ["| target | met | measured |", "|---|---|---|"]
        report += [
            f"| {name} | {'yes' if met else '**no**'} | {measured} |" for name, met, measured in check_targets(result)
        ]
    differences = header_differences(result)
    print("\n".join(report))
    if differences:
        print("\n" + "\n".join(differences))
    if args.markdown:
        text = args.markdown.read_text() if args.markdown.exists() else ""
        start, end = "<!-- results -->", "<!-- /results -->"
        block = f"{start}\n" + "\n".join(report) + f"\n{end}"
        if start in text and end in text:
            text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
        else:
            text = text + "\n" + block + "\n"
        args.markdown.write_text(text)
    return 1 if any(line.startswith("UNEXPECTED") for line in differences) else 0


if __name__ == "__main__":
    sys.exit(main())
