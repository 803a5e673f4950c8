"""Measure every scenario for one implementation (ours or flask-cors) against bare Flask.

Run by ``run.py`` in the implementation's virtual environment (the two packages share the import
name). Bare Flask runs in the same process, so each comparison is between two apps that share the
interpreter, the CPU's current state and the same Flask and Werkzeug.

``--mode time``: for each scenario, batches of requests alternate between the bare app and the
implementation's app (bare-impl, impl-bare, ...); the result is the median of bare batches and the
median of paired differences. Prints JSON.

``--mode instructions``: meant to run under ``valgrind --tool=callgrind --dump-before=time_sleep``.
Each measured phase (N requests) is enclosed by ``time.sleep(0)`` calls, so callgrind writes one
dump per phase; the worker prints the label of every dump, in order, for ``run.py`` to read.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
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
    if scenario.floor:
        if impl != "bare":
            app.before_request(lambda: None)
            app.after_request(_fixed_headers)
        return app
    if not scenario.decorator and impl != "bare":
        from flask_cors import CORS

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            CORS(app, **scenario.options)
    return app


def _fixed_headers(response: Any) -> Any:
    response.headers.add("Access-Control-Allow-Origin", "https://app.example.com")
    response.headers.add("Vary", "Origin")
    return response


def _start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[..., Any]:
    return lambda data: None


def requests(app: Flask, environ: Environ, count: int) -> float:
    """Seconds for ``count`` requests through ``app.wsgi_app``, each body consumed and closed."""
    wsgi_app = app.wsgi_app
    started = time.perf_counter()
    for _ in range(count):
        body = wsgi_app(environ.copy(), _start_response)
        for _chunk in body:
            pass
        body.close()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def paired(bare: Flask, impl: Flask, environ: Environ, pairs: int, batch_seconds: float) -> tuple[float, float]:
    """(median µs per bare request, median µs added by ``impl``) over alternating batches."""
    requests(bare, environ, 200)  # warm-up: first-request setup, memo tables
    requests(impl, environ, 200)
    count = max(20, int(200 * batch_seconds / max(requests(bare, environ, 200), 1e-9)))
    bare_us, added_us = [], []
    # As timeit does: collect the previous scenario's garbage now, not inside the timed loops.
    gc.collect()
    gc.disable()
    try:
        for index in range(pairs):
            if index % 2 == 0:
                plain = requests(bare, environ, count)
                measured = requests(impl, environ, count)
            else:
                measured = requests(impl, environ, count)
                plain = requests(bare, environ, count)
            bare_us.append(plain / count * 1e6)
            added_us.append((measured - plain) / count * 1e6)
    finally:
        gc.enable()
    return statistics.median(bare_us), statistics.median(added_us)


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


def environ_for(scenario: Scenario) -> Environ:
    builder = EnvironBuilder(path=scenario.path, method=scenario.method, headers=scenario.headers)
    environ: Environ = builder.get_environ()
    return environ


def time_mode(impl: str, scenarios: list[Scenario], pairs: int, batch_seconds: float) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for scenario in scenarios:
        bare, measured = build(scenario, "bare"), build(scenario, impl)
        bare_us, added_us = paired(bare, measured, environ_for(scenario), pairs, batch_seconds)
        results[scenario.name] = {"bare_us": bare_us, "added_us": added_us, "headers": cors_headers(measured, scenario)}
    return results


def instructions_mode(impl: str, scenarios: list[Scenario], count: int) -> list[str]:
    """Run each scenario's phases between ``time.sleep(0)`` markers; the labels of callgrind's dumps."""
    labels = []
    for scenario in scenarios:
        environ = environ_for(scenario)
        for which in ("bare", impl):
            app = build(scenario, which)
            requests(app, environ, 20)  # first-request setup and memo tables stay out of the phase
            gc.collect()
            gc.disable()  # a collection is counted where it happens to fall, not where it is caused
            time.sleep(0)
            labels.append("setup")
            requests(app, environ, count)
            time.sleep(0)
            gc.enable()
            labels.append(f"{scenario.name}/{'bare' if which == 'bare' else 'impl'}")
    return labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=["ours", "reference"], required=True)
    parser.add_argument("--mode", choices=["time", "instructions"], default="time")
    parser.add_argument("--pairs", type=int, default=30, help="alternating bare/impl batches per scenario")
    parser.add_argument("--batch-seconds", type=float, default=0.004)
    parser.add_argument("--count", type=int, default=300, help="requests per phase in instructions mode")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--startup", choices=["none", "time", "memory"], default="none")
    args = parser.parse_args()
    import flask_cors

    scenarios = [s for s in SCENARIOS if not args.only or s.name in args.only]
    output: dict[str, Any] = {"module": flask_cors.__file__}
    if args.mode == "instructions":
        output["labels"] = instructions_mode(args.impl, scenarios, args.count)
        output["count"] = args.count
    else:
        output["scenarios"] = time_mode(args.impl, scenarios, args.pairs, args.batch_seconds)
    if args.startup != "none":
        output["startup"] = startup(args.startup == "memory")
    json.dump(output, sys.stdout)


if __name__ == "__main__":
    main()
