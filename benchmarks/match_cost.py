"""Worst-case cost of one origin match, over patterns that start-up accepts and hostile 2 KiB origins.

Hypothesis writes origin patterns from fragments people use (and misuse): ``.*``, ``.+``,
``[a-z.]*``, ``\\w+``, groups, repeated groups, alternatives. Each pattern the configuration
accepts (no ``cors.E014``) is compiled into a policy; then hostile origins of 2,048 characters
(long runs of ``.``, ``a.``, ``a``, ``-``, ``a-`` that end in a character no pattern expects), and
the same cut to the 280 characters patterns run on at most, are evaluated, each several times, and the fastest time of each kept (the machine's noise only ever
adds). The script prints the slowest pattern and exits 1 if any match took more than the target.

    .venv/bin/python benchmarks/match_cost.py [--examples 400] [--target-ms 1.0]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from flask_cors._options import merge_layers  # noqa: E402
from flask_cors._policy import PolicyCompiler  # noqa: E402
from flask_cors._regex import MAX_PATTERN_INPUT  # noqa: E402

FRAGMENTS = [
    ".*",
    ".+",
    r"\.",
    ".",
    "[a-z.]*",
    "[a-z0-9-]+",
    r"\w+",
    r"\w*",
    "[^/]*",
    "example",
    r"(www\.)?",
    r"([a-z0-9-]+\.)*",
    r"(.*\.)?",
    "(a|b)",
    "-",
    r"(:\d+)?",
    "abc",
    r"\.ab",
    "(www|api)",
    r"[a-z]{0,61}",
]
UNITS = [".", "a.", "a", "-", "a-", ".a", "ab.", "a-."]


def hostile_origins() -> list[str]:
    """2 KiB values, and the same cut to the longest value patterns run on (the real worst case)."""
    found = []
    for unit in UNITS:
        body = unit * (2048 // len(unit))
        for length in (2048, MAX_PATTERN_INPUT):
            found += [f"https://{body}"[: length - 1] + "!", body[: length - 1] + "!"]
    return found


def worst_case(examples: int) -> tuple[float, str]:
    origins = hostile_origins()
    worst = (0.0, "")

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6), st.sampled_from(["https://", "", "https?://"]))
    def measure(parts: list[str], scheme: str) -> None:
        nonlocal worst
        pattern = scheme + "".join(parts) + r"\.example\.com"
        problems: list[Any] = []
        policy = PolicyCompiler().compile(merge_layers({"origins": [pattern]}), problems)
        if policy is None or any(p.is_error for p in problems):
            return  # refused at start-up (cors.E014, or not a valid pattern)
        for origin in origins:
            best = min(_timed(policy.allows_origin, origin) for _ in range(3))
            if best > worst[0]:
                worst = (best, pattern)

    measure()
    return worst


def _timed(allows_origin: Callable[[str], bool], origin: str) -> float:
    # Policy.allows_origin, not evaluate: evaluate memoises per origin, which would hide the cost.
    start = time.perf_counter()
    allows_origin(origin)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=400)
    parser.add_argument("--target-ms", type=float, default=1.0)
    args = parser.parse_args(argv)
    seconds, pattern = worst_case(args.examples)
    print(f"slowest match over {args.examples} patterns x {len(hostile_origins())} hostile 2 KiB origins: ")
    print(f"  {seconds * 1000:.3f} ms for {pattern!r} (target: at most {args.target_ms} ms)")
    return 0 if seconds * 1000 <= args.target_ms else 1


if __name__ == "__main__":
    sys.exit(main())
