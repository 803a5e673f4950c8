"""Coverage-guided fuzzing of the request-facing core with atheris.

Targets, all fed with bytes the fuzzer mutates: origin validation and matching, parsing of
Access-Control-Request-Headers, and Policy.evaluate over several configurations. A target fails
if it raises, or if an answer breaks an invariant (``*`` with credentials, an echoed origin that
is not the request's, a header sent twice).

    .venv/bin/python fuzz/run.py --seconds 30          # what CI runs
    .venv/bin/python fuzz/run.py --seconds 3600        # a longer local run
    .venv/bin/python fuzz/run.py --seconds 60 --no-atheris   # pure-Python random driver

Any crash found becomes a test in tests/security/.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

try:
    import atheris
except ImportError:  # the random driver below still works
    atheris = None

# Instrument only our package, so coverage feedback is about our branches and start-up is quick.
instrumenting = (
    atheris.instrument_imports(include=["flask_cors"]) if atheris and "--no-atheris" not in sys.argv else nullcontext()
)
with instrumenting:
    from flask_cors._errors import Problem
    from flask_cors._headers import parse_request_headers
    from flask_cors._options import merge_layers
    from flask_cors._origins import is_valid_request_origin
    from flask_cors._policy import Policy, PolicyCompiler

CONFIGURATIONS = [
    {},
    {"send_wildcard": True},
    {
        "origins": ["https://a.example", "https://*.b.example", r"https://c\d\.example", "null"],
        "supports_credentials": True,
    },
    {"origins": "http://localhost:*", "methods": ["GET", "PUT"], "allow_headers": ["X-A", r"X-B-\w+"], "max_age": 5},
    {"origins": lambda origin: origin.endswith(".d.example"), "allow_private_network": True, "expose_headers": "X-T"},
]


def _policies() -> list[Policy]:
    compiled = []
    for options in CONFIGURATIONS:
        problems: list[Problem] = []
        policy = PolicyCompiler().compile(merge_layers(options), problems)
        assert policy is not None
        compiled.append(policy)
    return compiled


POLICIES = _policies()
METHODS = ["GET", "POST", "PUT", "OPTIONS", "DELETE"]


def check(data: bytes) -> None:
    """One input: split into request fields, run every target, check the invariants."""
    text = data.decode("latin-1")  # what a WSGI server gives for arbitrary header bytes
    fields = text.split("\x1f")
    origin = fields[0] if fields[0] != "~" else None
    request_method = fields[1] if len(fields) > 1 else None
    request_headers = fields[2] if len(fields) > 2 else None
    private = fields[3] if len(fields) > 3 else None
    method = METHODS[len(text) % len(METHODS)]
    if origin is not None:
        is_valid_request_origin(origin)
    if request_headers is not None:
        names = parse_request_headers(request_headers)
        # As sent (flask-cors echoes the request's case), but never a comma, edge whitespace or a
        # character outside visible ASCII, space and tab: nothing that could split or inject a header.
        assert names is None or all(
            "," not in name and name == name.strip(" \t") and all(" " <= c <= "~" or c == "\t" for c in name)
            for name in names
        )
    for policy in POLICIES:
        decision = policy.evaluate(method, origin, request_method, request_headers, private)
        headers = dict(decision.headers)
        assert len(headers) == len(decision.headers), decision
        assert not any(c in value for _, value in decision.headers for c in "\r\n\x00"), decision
        acao = headers.get("Access-Control-Allow-Origin")
        assert not (acao == "*" and headers.get("Access-Control-Allow-Credentials") == "true"), decision
        if acao not in (None, "*") and origin is not None:
            assert acao == origin and is_valid_request_origin(origin), decision


def random_inputs(seconds: float, seed: int) -> int:
    """The fallback driver: random bytes biased towards separators and origin-like text."""
    rng = random.Random(seed)
    seeds = [
        b"https://a.example",
        b"https://x.b.example",
        b"null",
        b"http://localhost:8080",
        b"PUT",
        b"x-a, X-B-1",
        b"true",
    ]
    count, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        parts = []
        for _ in range(rng.randint(1, 4)):
            base = bytearray(rng.choice(seeds))
            for _ in range(rng.randint(0, 4)):
                base.insert(rng.randint(0, len(base)), rng.randint(0, 255))
            parts.append(bytes(base))
        check(b"\x1f".join(parts))
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--no-atheris", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not args.no_atheris:
        if atheris is None:
            print("atheris is not installed (pip install atheris); using the random driver", file=sys.stderr)
        else:
            argv: list[Any] = [
                sys.argv[0],
                f"-max_total_time={int(args.seconds)}",
                f"-seed={args.seed}",
                "-max_len=4096",
                "-print_final_stats=1",
                "-dict=" + str(Path(__file__).with_name("cors.dict")),
            ]
            atheris.Setup(argv, check)
            atheris.Fuzz()  # exits the process; libFuzzer prints the number of executions
            return 0
    executions = random_inputs(args.seconds, args.seed)
    print(f"random driver: {executions} executions in {args.seconds:.0f} s, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
