"""Measure every scenario once for one implementation: bare Flask, ours, or flask-cors.

Run by ``run.py`` in the right virtual environment (the two packages share the import name).
Prints JSON: per scenario, microseconds per request and the CORS headers of one response;
plus start-up time and memory when asked.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
import warnings
from typing import Any, Callable

from werkzeug.test import EnvironBuilder

from flask import Flask

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from scenarios import SCENARIOS, Scenario, startup_options  # noqa: E402

Environ = dict[str, Any]


def build(scenario: Scenario, impl: str) -> Flask:
    """The scenario's app; ``bare`` gets the same routes and no CORS at all."""
    app = Flask("bench")

    def view() -> str:
        return "ok"

    if scenario.decorator and impl != "bare":
        from flask_cors import cross_origin

        view = cross_origin(**scenario.options)(view)
    app.add_url_rule(scenario.route, "view", view, methods=["GET", "PUT", "POST"])
    if not scenario.decorator and impl != "bare":
        from flask_cors import CORS

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            CORS(app, **scenario.options)
    return app


def per_request(app: Flask, environ: Environ, seconds: float) -> float:
    """Microseconds per request through ``app.wsgi_app``, calibrated to run about ``seconds``."""

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[..., Any]:
        return lambda data: None

    def loop(count: int) -> float:
        started = time.perf_counter()
        for _ in range(count):
            body = app.wsgi_app(environ.copy(), start_response)
            for _chunk in body:
                pass
            body.close()  # type: ignore[attr-defined]
        return time.perf_counter() - started

    loop(200)  # warm-up: first-request setup, memo tables
    count = max(200, int(200 * seconds / max(loop(200), 1e-6)))
    # As timeit does: collect the previous scenario's garbage now, not inside the timed loop.
    gc.collect()
    gc.disable()
    try:
        return loop(count) / count * 1e6
    finally:
        gc.enable()


def cors_headers(app: Flask, scenario: Scenario) -> dict[str, list[str]]:
    response = app.test_client().open(scenario.path, method=scenario.method, headers=scenario.headers)
    found: dict[str, list[str]] = {}
    for name, value in response.headers:
        if name.lower().startswith("access-control-") or name.lower() == "vary":
            found.setdefault(name, []).append(value)
    return found


def startup(measure_memory: bool) -> dict[str, float]:
    """Seconds (and, with tracing, megabytes retained) to configure 10,000 origins x 500 resources."""
    from flask_cors import CORS

    options = startup_options()
    app = Flask("startup")
    if measure_memory:
        tracemalloc.start()
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        CORS(app, **options)
    elapsed = time.perf_counter() - started
    result = {"seconds": elapsed}
    if measure_memory:
        result["megabytes"] = tracemalloc.get_traced_memory()[0] / 1e6
        tracemalloc.stop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=["bare", "ours", "reference"], required=True)
    parser.add_argument("--seconds", type=float, default=0.15)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--startup", choices=["none", "time", "memory"], default="none")
    args = parser.parse_args()
    results: dict[str, Any] = {"scenarios": {}}
    if args.impl != "bare":
        import flask_cors

        results["module"] = flask_cors.__file__
    for scenario in SCENARIOS:
        if args.only and scenario.name not in args.only:
            continue
        app = build(scenario, args.impl)
        environ = EnvironBuilder(path=scenario.path, method=scenario.method, headers=scenario.headers).get_environ()
        results["scenarios"][scenario.name] = {
            "us": per_request(app, environ, args.seconds),
            "headers": cors_headers(app, scenario),
        }
    if args.startup != "none" and args.impl != "bare":
        results["startup"] = startup(args.startup == "memory")
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
