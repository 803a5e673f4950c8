"""The Quart column: instructions per request that CORS adds to bare Quart, ours next to quart-cors 0.8,
and ours on Flask over bare Flask for the same scenarios, all counted by callgrind.

    .venv/bin/python benchmarks/quart_column.py                 # prints the table (needs valgrind)
    .venv/bin/python benchmarks/quart_column.py --markdown FILE # replaces the Quart section of FILE

Each worker process builds, per scenario, the bare app and the app with CORS, and sends ``--count``
requests to each in turn (Quart through its ASGI callable on one event loop, Flask through its WSGI
callable), separated by ``time.sleep(0)``, which makes callgrind write one dump per phase
(``--dump-before=time_sleep``). quart-cors runs in ``.venvs/quart-cors`` (tests/reference.py).
The figure that matters is the share: what CORS adds, divided by what the bare framework costs.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Callable

A = "https://app.example.com"
OPTIONS = {"origins": [A]}

#: name -> (method, request headers)
SCENARIOS: dict[str, tuple[str, dict[str, str]]] = {
    "get": ("GET", {"Origin": A}),
    "preflight": (
        "OPTIONS",
        {"Origin": A, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type"},
    ),
    "refused": ("GET", {"Origin": "https://evil.example"}),
    "no_origin": ("GET", {}),
}


def quart_app(impl: str) -> Any:
    from quart import Quart

    app = Quart("bench")

    async def view() -> str:
        return "ok"

    app.add_url_rule("/api/items", "view", view, methods=["GET", "PUT", "POST"])
    if impl == "ours":
        from flask_cors import CORS

        CORS(app, **OPTIONS)
    elif impl == "quart-cors":
        import quart_cors

        app = quart_cors.cors(app, allow_origin=OPTIONS["origins"])
    return app


def flask_app(impl: str) -> Any:
    from flask import Flask

    app = Flask("bench")
    app.add_url_rule("/api/items", "view", lambda: "ok", methods=["GET", "PUT", "POST"])
    if impl == "ours":
        from flask_cors import CORS

        CORS(app, **OPTIONS)
    return app


def quart_sender(app: Any, method: str, headers: dict[str, str]) -> Callable[[int], None]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": "/api/items",
        "raw_path": b"/api/items",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"localhost"), *((k.lower().encode(), v.encode()) for k, v in headers.items())],
        "client": ("127.0.0.1", 1234),
        "server": ("localhost", 80),
        "extensions": {},
    }
    loop = asyncio.new_event_loop()

    async def many(count: int) -> None:
        for _ in range(count):
            sent: list[bool] = []

            async def receive(sent: list[bool] = sent) -> dict[str, Any]:
                if not sent:
                    sent.append(True)
                    return {"type": "http.request", "body": b"", "more_body": False}
                await asyncio.Future()  # no disconnect: Quart cancels this once the response is sent
                raise AssertionError("unreachable")

            await app(dict(scope), receive, send)

    async def send(message: dict[str, Any]) -> None:
        return None

    def run(count: int) -> None:
        loop.run_until_complete(many(count))

    return run


def flask_sender(app: Any, method: str, headers: dict[str, str]) -> Callable[[int], None]:
    from werkzeug.test import EnvironBuilder

    environ = EnvironBuilder("/api/items", method=method, headers=headers).get_environ()

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        return None

    def run(count: int) -> None:
        for _ in range(count):
            for _chunk in app.wsgi_app(dict(environ), start_response):
                pass

    return run


def work(framework: str, impl: str, count: int) -> list[str]:
    """Every phase, in order, each closed by ``time.sleep(0)``; returns the phase labels."""
    labels: list[str] = []
    build, sender = (quart_app, quart_sender) if framework == "quart" else (flask_app, flask_sender)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        apps = {"bare": build("bare"), "impl": build(impl)}
    senders = {(name, kind): sender(app, *SCENARIOS[name]) for name in SCENARIOS for kind, app in apps.items()}
    for (name, kind), run in senders.items():
        run(20)  # warm up: first-use compilation, memoised decisions
        gc.collect()
        gc.disable()  # a collection is counted where it happens to fall, not where it is caused
        time.sleep(0)
        labels.append("setup")
        run(count)
        time.sleep(0)
        gc.enable()
        labels.append(f"{name}/{kind}")
    return labels


def measure(python: str, framework: str, impl: str, count: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        command = [
            "valgrind",
            "--tool=callgrind",
            "--dump-before=time_sleep",
            f"--callgrind-out-file={out}",
            python,
            __file__,
            "--worker",
            framework,
            impl,
            "--count",
            str(count),
        ]
        completed = subprocess.run(command, capture_output=True, text=True, check=True, cwd=folder)
        labels = json.loads(completed.stdout)
        dumps = sorted(glob.glob(out + ".*"), key=lambda path: int(path.rsplit(".", 1)[1]))
        per = {label: _total(path) / count for label, path in zip(labels, dumps) if label != "setup"}
    return {
        name: {"bare": per[f"{name}/bare"], "added": per[f"{name}/impl"] - per[f"{name}/bare"]} for name in SCENARIOS
    }


def _total(path: str) -> int:
    with open(path, encoding="utf-8") as dump:
        for line in dump:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise ValueError(f"no totals in {path}")


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [
        "| scenario | bare Quart | ours on Quart adds | share | quart-cors adds | share | bare Flask | ours on Flask adds | share |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in SCENARIOS:
        ours, theirs, flask = (
            results["quart/ours"][name],
            results["quart/quart-cors"][name],
            results["flask/ours"][name],
        )
        lines.append(
            f"| {name} | {ours['bare']:,.0f} | {ours['added']:,.0f} | {ours['added'] / ours['bare']:.1%} "
            f"| {theirs['added']:,.0f} | {theirs['added'] / theirs['bare']:.1%} "
            f"| {flask['bare']:,.0f} | {flask['added']:,.0f} | {flask['added'] / flask['bare']:.1%} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", nargs=2, metavar=("FRAMEWORK", "IMPL"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--markdown", type=Path, help="replace the Quart section of this file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(work(*args.worker, args.count)))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is needed: apt-get install -y valgrind", file=sys.stderr)
        return 1
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from tests.reference import quart_cors_python

    results = {
        "quart/ours": measure(sys.executable, "quart", "ours", args.count),
        "quart/quart-cors": measure(str(quart_cors_python()), "quart", "quart-cors", args.count),
        "flask/ours": measure(sys.executable, "flask", "ours", args.count),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    text = table(results)
    print(text)
    if args.markdown is not None:
        page = args.markdown.read_text()
        start, end = "<!-- quart:start -->", "<!-- quart:end -->"
        before, _, rest = page.partition(start)
        _, _, after = rest.partition(end)
        args.markdown.write_text(f"{before}{start}\n{text}\n{end}{after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
