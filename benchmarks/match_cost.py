"""Worst-case cost of one match, over patterns start-up accepts, for origins, headers and resources.

Hypothesis writes patterns for each domain, from fragments people use (and misuse: ``.*``, ``\\w+``,
``(www\\.)?``, ``[a-z]{0,61}``) and from a grammar of groups, alternatives and repetitions that
includes the shapes of issue 18: bounded repetitions of 16 or fewer (``(.+\\.){1,4}``), optional
separators inside repetitions (``([a-z0-9]{1,16}-?)+``), overlapping alternatives
(``(\\w|\\w\\w)+``), lookarounds. Each pattern goes through start-up's own check
(``flask_cors._bounded.check``, what ``cors.E014`` is decided by); each accepted one is compiled into
the domain's matcher exactly as start-up compiles it (``OriginMatcher``, ``HeaderMatcher``, the
resource table) and run on hostile values up to the domain's length bound (280 characters for
origins and header names, 4,096 for paths, and longer values, which the matchers cut or skip):

* inputs derived from the pattern's automaton (``flask_cors._bounded.attacks``): the walk to its
  costliest loop, pumped to the bound, then a character no run can take; and the greedy walk that
  keeps the most runs alive;
* generic ones: runs of ``.``, ``a.``, ``a``, ``-``, ``a-``, ``/`` and of the pattern's own literal
  text, ending in a character the pattern does not expect.

Each input is timed several times and the fastest time kept (the machine's noise only ever adds).
The script prints, per domain, the slowest accepted pattern, the input, and how many nanoseconds
one step of the analysis' cost model took (the budget assumes 3.5); it exits 1 if any match took
more than the target.

    .venv/bin/python benchmarks/match_cost.py [--examples 5000] [--target-ms 1.0] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from flask_cors import _bounded  # noqa: E402
from flask_cors._errors import Problem  # noqa: E402
from flask_cors._headers import compile_headers  # noqa: E402
from flask_cors._options import merge_layers  # noqa: E402
from flask_cors._origins import classify_origin, compile_origins  # noqa: E402
from flask_cors._policy import PolicyCompiler  # noqa: E402
from flask_cors._resources import _path_regex, build_table, read_pattern  # noqa: E402
from flask_cors._spec import (  # noqa: E402
    MAX_HEADER_PATTERN_INPUT,
    MAX_ORIGIN_PATTERN_INPUT,
    MAX_PATH_PATTERN_INPUT,
)

ORIGIN_FRAGMENTS = [
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
    # The classes of issue 18: bounded repetitions, optional separators, overlapping alternatives.
    r"(.+\.){1,4}",
    r"([a-z0-9]{1,16}-?)+",
    r"(\w|\w\w)+",
    r"[a-z0-9]{1,16}",
    r"(\w{1,3}\.){1,3}",
    r"(-?[a-z0-9])+",
    r"(a|ab)+",
    r"(?!evil)",
    r"(?:[a-z]+-)*",
    r"[^.]+",
]
HEADER_FRAGMENTS = [
    ".*",
    ".+",
    "-",
    r"\w+",
    r"\w*",
    "[a-z]+",
    "[a-z-]*",
    "token",
    r"(\w{1,16}-?)+",
    r"(\w|\w\w)+",
    r"(-[a-z]+)*",
    r"[a-z0-9]{1,16}",
    r"(a|ab)*",
    "(custom|api)",
    r"\d+",
    r"(?:-.*)?",
]
PATH_FRAGMENTS = [
    ".*",
    "/*",
    "/",
    r"\w+",
    r"(\w+/?)+",
    r"[^/]+",
    "v[0-9]+",
    r"(v1|v2)",
    r"(/.*)?",
    r"[a-z0-9_-]{1,16}",
    r"(\w|\w\w)+",
    r"(.+/){1,4}",
    "users",
    r"\d+",
    r"(/[^/]+)*",
    "$",
    r"(?=/)",
]
ATOMS = {
    "origin": [".", r"\.", "a", "-", r"\w", r"\d", "[a-z]", "[a-z0-9-]", "[^.]", "example", "ab"],
    "header name": [".", "-", "a", r"\w", r"\d", "[a-z]", "[a-z-]", "[^-]", "x", "ab"],
    "path": [".", "/", "a", "-", r"\w", r"\d", "[a-z]", "[^/]", "[a-z0-9_-]", "api", "ab"],
}
QUANTIFIERS = ["", "", "*", "+", "?", "{1,4}", "{1,16}", "{0,3}", "{2}", "{0,61}", "*?", "+?"]


def grammar(domain: str) -> st.SearchStrategy[str]:
    """Regular expressions built from the domain's atoms with groups, alternatives and repetitions."""
    atoms = st.sampled_from(ATOMS[domain])

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=2, max_size=3).map("".join),
            st.tuples(inner, st.sampled_from(QUANTIFIERS)).map(lambda t: f"(?:{t[0]}){t[1]}"),
            st.tuples(inner, st.sampled_from(QUANTIFIERS)).map(lambda t: f"({t[0]}){t[1]}"),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
        )

    return st.recursive(atoms, extend, max_leaves=8)


def patterns(domain: str) -> st.SearchStrategy[str]:
    fragments = {"origin": ORIGIN_FRAGMENTS, "header name": HEADER_FRAGMENTS, "path": PATH_FRAGMENTS}[domain]
    body = st.one_of(
        st.lists(st.sampled_from(fragments), min_size=1, max_size=6).map("".join),
        grammar(domain),
    )
    if domain == "origin":
        return st.tuples(
            st.sampled_from(["https://", "", "https?://", "http://localhost"]),
            body,
            st.sampled_from([r"\.example\.com", r"example\.com", r"(:\d+)?", ""]),
        ).map("".join)
    if domain == "header name":
        return st.tuples(st.sampled_from(["X-", "", "x-custom-"]), body).map("".join)
    return st.tuples(st.sampled_from(["/api/", "/", "/api"]), body).map("".join)


UNITS = [".", "a.", "a", "-", "a-", ".a", "ab.", "a-.", "/", "a/", "_", "0"]


def generic_values(domain: str, pattern: str) -> list[str]:
    """Long runs of common units and of the pattern's own literal text, ending in a character the
    pattern does not expect; for paths, longer than the bound too."""
    literals = [piece for piece in re.split(r"[^A-Za-z0-9./:_-]+|\\.", pattern) if 1 < len(piece) <= 12]
    units = UNITS + literals[:4]
    found = []
    if domain == "origin":
        for unit in units:
            body = (unit * (MAX_ORIGIN_PATTERN_INPUT // len(unit) + 1))[: MAX_ORIGIN_PATTERN_INPUT - 10]
            found += [f"https://{body}!", f"https://{body}:1!", f"{body}!", f"https://{body[:260]}:8080"]
    elif domain == "header name":
        for unit in units:
            body = (unit.lower() * (MAX_HEADER_PATTERN_INPUT // len(unit) + 1))[: MAX_HEADER_PATTERN_INPUT - 3]
            found += [f"x-{body}!", f"{body}!"]
    else:
        for unit in units:
            for length in (MAX_PATH_PATTERN_INPUT, MAX_PATH_PATTERN_INPUT + 1000):
                body = (unit * (length // len(unit) + 1))[: length - 6]
                found += [f"/api/{body}\n", f"/{body}!"]
    return found


@dataclass
class Worst:
    seconds: float = 0.0  # one call of the domain's matcher (an origin is matched with and without its port)
    pattern: str = ""
    value: str = ""
    match_seconds: float = 0.0  # one match of one pattern, as the matcher runs it
    match_pattern: str = ""
    match_value: str = ""
    ns_per_step: float = 0.0
    step_pattern: str = ""
    generated: int = 0
    accepted: int = 0
    refused: int = 0
    invalid: int = 0
    refused_examples: list[str] = field(default_factory=list)


def _fastest(run: Callable[[], Any], repeat: int = 5) -> float:
    """The fastest of a few runs: one, unless it took long enough to matter (noise only adds)."""
    start = time.perf_counter()
    run()
    best = time.perf_counter() - start
    if best > 20e-6:
        for _ in range(repeat - 1):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
    return best


def matcher(domain: str, pattern: str) -> tuple[Callable[[str], Any], str, int] | None:
    """The domain's matcher for ``pattern``, built as start-up builds it, with the text and flags
    the analysis checked; None if start-up refuses the pattern for another reason."""
    problems: list[Problem] = []
    if domain == "origin":
        rule = classify_origin(pattern, problems)
        if rule is None or rule.kind != "pattern" or any(p.is_error for p in problems):
            return None
        origins = compile_origins((rule,))
        return (lambda value: origins.allows(value, credentials=False)), pattern, re.IGNORECASE
    if domain == "header name":
        headers = compile_headers((pattern,), "allow_headers", problems)
        if headers.pattern is None or any(p.is_error for p in problems):
            return None
        return headers.allows, pattern, re.IGNORECASE
    policy = PolicyCompiler().compile(merge_layers({}), problems)
    resource = read_pattern(pattern, policy, 0, problems)
    if resource is None or resource.regex is None or any(p.is_error for p in problems):
        return None
    table = build_table([resource])
    return table.lookup, resource.regex.pattern, resource.regex.flags


def analysed(domain: str, pattern: str) -> tuple[str, int] | None:
    """The text and flags start-up analyses for ``pattern``, or None when it is not a valid pattern."""
    try:
        if domain == "path":
            compiled = _path_regex(pattern, 0)
            return compiled.pattern, compiled.flags
        re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None
    return pattern, re.IGNORECASE


DOMAINS = {"origin": _bounded.ORIGIN, "header name": _bounded.HEADER_NAME, "path": _bounded.PATH}


def merged(parts: list[Worst]) -> Worst:
    out = Worst()
    for part in parts:
        if part.seconds > out.seconds:
            out.seconds, out.pattern, out.value = part.seconds, part.pattern, part.value
        if part.match_seconds > out.match_seconds:
            out.match_seconds, out.match_pattern, out.match_value = (
                part.match_seconds,
                part.match_pattern,
                part.match_value,
            )
        if part.ns_per_step > out.ns_per_step:
            out.ns_per_step, out.step_pattern = part.ns_per_step, part.step_pattern
        out.generated += part.generated
        out.accepted += part.accepted
        out.refused += part.refused
        out.invalid += part.invalid
        out.refused_examples += part.refused_examples
    return out


def worst_case(domain: str, examples: int, seed_value: int) -> Worst:
    worst = Worst()
    target = DOMAINS[domain]

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(patterns(domain))
    def measure(pattern: str) -> None:
        worst.generated += 1
        found = analysed(domain, pattern)
        if found is None:
            worst.invalid += 1
            return
        text, flags = found
        verdict = _bounded.check(text, flags, target)
        if not verdict.bounded:
            worst.refused += 1
            if len(worst.refused_examples) < 3:
                worst.refused_examples.append(pattern)
            return
        built = matcher(domain, pattern)
        if built is None:
            worst.invalid += 1
            return
        run, text, flags = built
        assert _bounded.check(text, flags, target).bounded, "start-up and the benchmark analyse different text"
        worst.accepted += 1
        compiled = re.compile(text, flags)
        one = compiled.match if target.prefix else compiled.fullmatch
        for value in _bounded.attacks(text, flags, target) + generic_values(domain, pattern):
            seconds = _fastest(lambda value=value: run(value))
            if seconds > worst.seconds:
                worst.seconds, worst.pattern, worst.value = seconds, pattern, value
            if len(value) > target.max_length:
                continue  # the matchers never run a pattern on it whole
            seconds = _fastest(lambda value=value: one(value))
            if seconds > worst.match_seconds:
                worst.match_seconds, worst.match_pattern, worst.match_value = seconds, pattern, value
            ns = seconds * 1e9 / max(verdict.cost, 1)
            if ns > worst.ns_per_step and verdict.cost > 2000:
                worst.ns_per_step, worst.step_pattern = ns, pattern

    measure()
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=400, help="patterns generated per domain")
    parser.add_argument("--target-ms", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4), help="processes (shards per domain)")
    args = parser.parse_args(argv)
    failed = False
    started = time.perf_counter()
    print(
        f"slowest match per domain, over {args.examples} generated patterns each, {args.jobs} processes "
        f"(target: {args.target_ms} ms)"
    )
    shards = max(args.jobs, 1)
    tasks = [
        (domain, args.examples // shards + (1 if shard < args.examples % shards else 0), args.seed * 100 + shard)
        for domain in DOMAINS
        for shard in range(shards)
    ]
    with ProcessPoolExecutor(max_workers=shards) as pool:
        results = list(pool.map(_task, tasks))
    for domain in DOMAINS:
        worst = merged([result for (name, _, _), result in zip(tasks, results) if name == domain])
        ms, match_ms = worst.seconds * 1000, worst.match_seconds * 1000
        failed |= max(ms, match_ms) > args.target_ms or worst.generated < args.examples
        print(
            f"{domain + 's':13} {match_ms:7.3f} ms  one match: {worst.match_pattern!r} on "
            f"{_bounded.describe(worst.match_value)}\n"
            f"{'':13} {ms:7.3f} ms  one request: {worst.pattern!r} on {_bounded.describe(worst.value)}\n"
            f"{'':13} {worst.generated} generated: {worst.accepted} accepted, {worst.refused} refused (E014), "
            f"{worst.invalid} refused for other reasons\n"
            f"{'':13} model: at most {worst.ns_per_step:.1f} ns per step ({worst.step_pattern!r}); "
            f"refused e.g. {worst.refused_examples[:2]!r}"
        )
    print(f"total {time.perf_counter() - started:.0f} s; {'FAIL' if failed else 'ok'}")
    return 1 if failed else 0


def _task(task: tuple[str, int, int]) -> Worst:
    domain, examples, seed_value = task
    return worst_case(domain, examples, seed_value)


if __name__ == "__main__":
    sys.exit(main())
