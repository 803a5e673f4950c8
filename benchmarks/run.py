"""Benchmark harness: what each CORS layer adds per request over bare Flask, ours next to flask-cors 6.0.5.

Usage::

    .venv/bin/python benchmarks/run.py                 # full run (about 3 minutes)
    .venv/bin/python benchmarks/run.py --quick         # smoke run: ours only, short, no valgrind
    .venv/bin/python benchmarks/run.py --markdown docs/benchmarks.md

Two measurements, because these machines are noisy:

* **time**: each worker process runs bare Flask and one implementation side by side, alternating
  short batches, and reports the median of paired differences; rounds alternate the
  implementations, and the table shows the median over rounds.
* **instructions**: each implementation's worker runs once under callgrind, which counts the
  machine instructions of every phase exactly (the same count on a busy or an idle machine). The
  targets are judged on these counts, as a share of a bare Flask request.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from scenarios import SCENARIOS  # noqa: E402

from tests.reference import reference_python  # noqa: E402

IMPLS = ("ours", "reference")
#: The issue's targets were set on a machine where a bare Flask request takes 40 µs; a target of
#: N µs there is N/40 of a bare request, which instruction counts measure on any machine.
TARGET_BARE_US = 40.0


def worker(impl: str, python: Path | str, *arguments: str, valgrind: list[str] | None = None) -> dict[str, Any]:
    command = [*(valgrind or []), str(python), str(HERE / "worker.py"), "--impl", impl, *arguments]
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if valgrind:
        environment["PYTHONHASHSEED"] = "0"  # the same dict layouts, so the same counts, every run
    completed = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE, env=environment)
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def measure_time(pythons: dict[str, str], rounds: int, pairs: int, batch_seconds: float) -> dict[str, Any]:
    """Median over rounds of each worker's paired medians; start-up timed in every round (fastest kept)."""
    runs: dict[str, list[dict[str, Any]]] = {impl: [] for impl in pythons}
    for round_index in range(rounds):
        order = list(pythons) if round_index % 2 == 0 else list(reversed(pythons))
        for impl in order:
            arguments = ["--pairs", str(pairs), "--batch-seconds", str(batch_seconds), "--startup", "time"]
            runs[impl].append(worker(impl, pythons[impl], *arguments))
            print(f"  time, round {round_index + 1}/{rounds}: {impl}", file=sys.stderr)
    result: dict[str, Any] = {}
    for impl, results in runs.items():
        result[impl] = {
            "bare_us": {
                s.name: statistics.median(r["scenarios"][s.name]["bare_us"] for r in results) for s in SCENARIOS
            },
            "added_us": {
                s.name: statistics.median(r["scenarios"][s.name]["added_us"] for r in results) for s in SCENARIOS
            },
            "headers": {s.name: results[-1]["scenarios"][s.name]["headers"] for s in SCENARIOS},
            # The fastest round: start-up runs once per round, so a busy moment cannot be paired away.
            "startup_ms": 1000 * min(r["startup"]["seconds"] for r in results),
            "startup_mb": worker(impl, pythons[impl], "--pairs", "1", "--only", "get", "--startup", "memory")[
                "startup"
            ]["megabytes"],
        }
    return result


def measure_instructions(pythons: dict[str, str], count: int) -> dict[str, Any] | None:
    """Instructions per request, bare and added, per implementation and scenario; None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    result: dict[str, Any] = {}
    for impl, python in pythons.items():
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "callgrind.out")
            valgrind = ["valgrind", "--tool=callgrind", "--dump-before=time_sleep", f"--callgrind-out-file={out}"]
            print(f"  instructions: {impl} (under callgrind)", file=sys.stderr)
            report = worker(impl, python, "--mode", "instructions", "--count", str(count), valgrind=valgrind)
            dumps = sorted(glob.glob(out + ".*"), key=lambda path: int(path.rsplit(".", 1)[1]))
            if len(dumps) < len(report["labels"]):
                return None  # this Python's time.sleep is not visible to callgrind as time_sleep
            per_phase = {}
            for label, path in zip(report["labels"], dumps):
                if label != "setup":
                    per_phase[label] = _total(path) / report["count"]
        result[impl] = {
            "bare": {s.name: per_phase[f"{s.name}/bare"] for s in SCENARIOS},
            "added": {s.name: per_phase[f"{s.name}/impl"] - per_phase[f"{s.name}/bare"] for s in SCENARIOS},
        }
    return result


def _total(path: str) -> int:
    with open(path, encoding="utf-8") as dump:
        for line in dump:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise ValueError(f"no totals in {path}")


def check_targets(timed: dict[str, Any], counted: dict[str, Any] | None) -> list[tuple[str, bool, str]]:
    """Each target, whether it is met, and the figures it was judged on."""
    startup = timed["ours"]
    checks = []
    if counted is not None:
        ours, bare = counted["ours"]["added"], counted["ours"]["bare"]
        reference = counted.get("reference", {}).get("added")

        def share(name: str, limit_us: float, base: str = "get") -> tuple[str, bool, str]:
            fraction = ours[name] / bare[base]
            at_40 = fraction * TARGET_BARE_US
            return (
                f"{name}: at most {limit_us:g} µs where bare Flask takes {TARGET_BARE_US:g} µs",
                at_40 <= limit_us,
                f"{ours[name]:,.0f} instructions = {100 * fraction:.1f}% of a bare GET = {at_40:.1f} µs at 40 µs",
            )

        checks.append(share("get", 3))
        if reference is not None:
            checks.append(
                (
                    "get: at most 1/8 of flask-cors",
                    ours["get"] <= reference["get"] / 8,
                    f"{ours['get']:,.0f} vs {reference['get']:,.0f} instructions (1/8: {reference['get'] / 8:,.0f})",
                )
            )
        checks.append(share("preflight", 8))
        for many, one, slack, label in (
            ("origins-10000", "origins-1", 0.10, "10,000 exact origins within 10% of 1 origin"),
            ("resources-500", "resources-1", 0.30, "500 resources within 30% of 1 resource"),
        ):
            checks.append((label, ours[many] <= ours[one] * (1 + slack), f"{ours[many]:,.0f} vs {ours[one]:,.0f}"))
        checks.append(
            (
                "@cross_origin() no slower than CORS(app)",
                ours["decorator"] <= ours["get"],
                f"{ours['decorator']:,.0f} vs {ours['get']:,.0f} instructions",
            )
        )
    checks.append(
        (
            "start-up, 10,000 origins x 500 resources, at most 100 ms",
            startup["startup_ms"] <= 100,
            f"{startup['startup_ms']:.0f} ms",
        )
    )
    checks.append(
        (
            "start-up, 10,000 origins x 500 resources, at most 10 MB",
            startup["startup_mb"] <= 10,
            f"{startup['startup_mb']:.1f} MB",
        )
    )
    return checks


def header_differences(timed: dict[str, Any]) -> list[str]:
    if "reference" not in timed:
        return []
    lines = []
    for scenario in SCENARIOS:
        ours = timed["ours"]["headers"][scenario.name]
        reference = timed["reference"]["headers"][scenario.name]
        if scenario.same_headers and ours != reference:
            lines.append(f"UNEXPECTED difference in {scenario.name}: ours {ours} vs flask-cors {reference}")
        elif not scenario.same_headers and ours != reference:
            lines.append(
                f"intended difference in {scenario.name} (docs/differences.md): ours {ours} vs flask-cors {reference}"
            )
    return lines


def table(timed: dict[str, Any], counted: dict[str, Any] | None) -> str:
    reference = timed.get("reference")
    rows = [
        "| scenario | bare Flask µs | ours adds µs | flask-cors adds µs | ours adds instructions "
        "| flask-cors adds instructions | ours / flask-cors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for scenario in SCENARIOS:
        name = scenario.name
        cells = [
            scenario.label,
            f"{timed['ours']['bare_us'][name]:.1f}",
            f"{timed['ours']['added_us'][name]:.1f}",
            f"{reference['added_us'][name]:.1f}" if reference else "–",
        ]
        ours_count = counted["ours"]["added"][name] if counted else None
        reference_count = counted["reference"]["added"][name] if counted and "reference" in counted else None
        cells.append(f"{ours_count:,.0f}" if ours_count is not None else "–")
        cells.append(f"{reference_count:,.0f}" if reference_count is not None else "–")
        if ours_count is not None and reference_count:
            cells.append(f"{ours_count / reference_count:.2f}")
        elif reference and reference["added_us"][name] > 0:
            cells.append(f"{timed['ours']['added_us'][name] / reference['added_us'][name]:.2f}")
        else:
            cells.append("–")
        rows.append("| " + " | ".join(cells) + " |")
    ours = timed["ours"]
    if reference:
        startup_reference = f"{reference['startup_ms']:.0f} ms, {reference['startup_mb']:.1f} MB"
        ratio = f"{ours['startup_ms'] / reference['startup_ms']:.3f}"
    else:
        startup_reference, ratio = "–", "–"
    rows.append(
        f"| start-up, 10,000 origins × 500 resources | – | {ours['startup_ms']:.0f} ms, {ours['startup_mb']:.1f} MB "
        f"| {startup_reference} | – | – | {ratio} |"
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
    parser.add_argument("--quick", action="store_true", help="ours only, 1 short round, no instruction counts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=30, help="alternating batches per scenario and round")
    parser.add_argument("--count", type=int, default=100, help="requests per phase under callgrind")
    parser.add_argument("--no-instructions", action="store_true", help="skip the callgrind pass")
    parser.add_argument("--markdown", type=Path, help="write the report to this file")
    args = parser.parse_args()
    pythons = {"ours": sys.executable}
    if not args.quick:
        pythons["reference"] = str(reference_python())
    rounds, pairs = (1, 4) if args.quick else (args.rounds, args.pairs)
    timed = measure_time(pythons, rounds, pairs, 0.002 if args.quick else 0.004)
    counted = None if args.quick or args.no_instructions else measure_instructions(pythons, args.count)
    bare_count = f"; a bare Flask GET is {counted['ours']['bare']['get']:,.0f} instructions" if counted else ""
    report = [
        f"Machine: {machine()}. Time: {rounds} rounds of {pairs} paired batches, medians{bare_count}.",
        "",
        table(timed, counted),
        "",
    ]
    if not args.quick:
        report += ["| target | met | measured |", "|---|---|---|"]
        report += [
            f"| {name} | {'yes' if met else '**no**'} | {measured} |"
            for name, met, measured in check_targets(timed, counted)
        ]
        if counted:
            floor = counted["ours"]["added"]["floor"] / counted["ours"]["bare"]["get"]
            report += [
                "",
                f"Floor: two hooks writing two fixed headers, and no CORS logic at all, add "
                f"{counted['ours']['added']['floor']:,.0f} instructions, {100 * floor:.1f}% of a bare GET, "
                f"{floor * TARGET_BARE_US:.1f} µs where bare Flask takes {TARGET_BARE_US:g} µs.",
            ]
    differences = header_differences(timed)
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
