"""Run the differential scenarios under whichever flask_cors this interpreter imports.

Standalone (stdlib, Flask and flask_cors only), so the same file runs in our environment and in
one with the reference flask-cors. Reads the scenario table as JSON on stdin, prints JSON:
``{"module": <flask_cors.__file__>, "results": {scenario id: {"status": int, "headers": {...}}}}``
where headers maps each Access-Control-* header and Vary to the list of its values, in order.
A setup that raises while the app is built gives ``{"startup_error": <exception kind>}`` instead.

``runner.py quart`` builds the same apps on Quart (the Flask names rebound to Quart's, as an app
moved to Quart renames its imports) and sends the requests through Quart's test client; header
names are compared without case there, since Quart writes every name in lower case.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from datetime import timedelta
from typing import Any

import flask_cors
from flask import Blueprint, Flask, Response, abort, request
from flask_cors import CORS, cross_origin

FRAMEWORK = sys.argv[1] if len(sys.argv) > 1 else "flask"
if FRAMEWORK == "quart":
    from quart import Blueprint, Response, abort, request  # type: ignore[assignment]
    from quart import Quart as Flask  # type: ignore[assignment]


def decode(value: Any) -> Any:
    """JSON stand-ins for values JSON cannot carry: compiled patterns, timedeltas, sets, and
    resource tables keyed by compiled patterns."""
    if isinstance(value, dict) and set(value) == {"regex"}:
        return re.compile(value["regex"])
    if isinstance(value, dict) and set(value) == {"seconds"}:
        return timedelta(seconds=value["seconds"])
    if isinstance(value, dict) and set(value) == {"set"}:
        return set(value["set"])
    if isinstance(value, dict) and set(value) == {"compiled_keys"}:
        return {re.compile(key): decode(item) for key, item in value["compiled_keys"].items()}
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        return {key: decode(item) for key, item in value.items()}
    return value


def add_route(scaffold: Flask | Blueprint, spec: str | dict[str, Any], number: int) -> None:
    """One extra route. ``spec`` is a path, or ``{"path", "methods", "decorator", "abort", "crash"}``:
    the view answers "ok", or aborts with the given status, or raises; ``decorator`` wraps it in
    ``cross_origin`` with those options. ``methods`` defaults to GET, POST, PUT, PATCH, DELETE."""
    if isinstance(spec, str):
        spec = {"path": spec}
    methods = spec.get("methods", ["GET", "POST", "PUT", "PATCH", "DELETE"])

    def extra(**_: Any) -> str:
        if "abort" in spec:
            abort(spec["abort"])
        if spec.get("crash"):
            raise RuntimeError("boom")
        return "ok"

    view = cross_origin(**decode(spec["decorator"]))(extra) if "decorator" in spec else extra
    scaffold.add_url_rule(spec["path"], endpoint=f"extra{number}", view_func=view, methods=methods)


def add_blueprint(app: Flask, spec: dict[str, Any], number: int) -> None:
    """A blueprint from ``{"name", "url_prefix", "register_prefix", "routes", "cors", "deferred"}``:
    ``url_prefix`` goes to the Blueprint, ``register_prefix`` to ``register_blueprint``; ``cors``
    (options, absent for none) is applied with ``CORS(bp, ...)``, or with ``CORS(...)`` then
    ``init_app(bp)`` when ``deferred``."""
    blueprint = Blueprint(spec.get("name", f"bp{number}"), "differential", url_prefix=spec.get("url_prefix"))
    if "cors" in spec:
        if spec.get("deferred"):
            CORS(**decode(spec["cors"])).init_app(blueprint)
        else:
            CORS(blueprint, **decode(spec["cors"]))
    for index, route in enumerate(spec.get("routes", ["/items"])):
        add_route(blueprint, route, index)
    register = {"url_prefix": spec["register_prefix"]} if "register_prefix" in spec else {}
    app.register_blueprint(blueprint, **register)


def build(setup: dict[str, Any]) -> Flask:
    """An app from a scenario's setup. Keys: config, cors, init, decorator, blueprint, auth_hook,
    response_headers, routes (extra routes, see :func:`add_route`), blueprints (see
    :func:`add_blueprint`), cors_again (options of a second ``CORS(app, ...)``), and
    after_request_headers / after_request_add (headers an app hook registered after CORS sets or
    adds)."""
    app = Flask("differential")
    app.config.update(decode(setup.get("config", {})))
    if setup.get("auth_hook"):

        @app.before_request
        def require_token() -> None:
            if request.headers.get("Authorization") != "Bearer ok":
                abort(401)

    @app.route("/", methods=["GET", "POST", "PUT", "DELETE"])
    @app.route("/api/items", methods=["GET", "PUT"], endpoint="items")
    @app.route("/apiv2/items", endpoint="items2")
    @app.route("/dir/", endpoint="directory")
    def index() -> Response:
        extra = setup.get("response_headers", {})
        return Response("ok", headers=extra)

    if FRAMEWORK == "quart":

        @app.websocket("/ws")  # type: ignore[attr-defined]
        async def ws() -> None:
            return None

    else:

        @app.route("/ws", websocket=True)  # how flask-sock registers its routes
        def ws() -> str:
            return "socket"

    @app.route("/forbidden")
    def forbidden() -> str:
        abort(403)

    @app.route("/crash")
    def crash() -> str:
        raise RuntimeError("boom")

    if "decorator" in setup:

        @app.route("/view", methods=["GET", "PUT"])
        @cross_origin(**decode(setup["decorator"]))
        def view() -> str:
            return "view"

    if "blueprint" in setup:
        blueprint = Blueprint("bp", "differential", url_prefix="/bp")
        CORS(blueprint, **decode(setup["blueprint"]))

        @blueprint.route("/items")
        def bp_items() -> str:
            return "bp"

        app.register_blueprint(blueprint)

    for number, route in enumerate(setup.get("routes", [])):
        add_route(app, route, number)
    for number, spec in enumerate(setup.get("blueprints", [])):
        add_blueprint(app, spec, number)

    if "cors" in setup:
        extension = CORS(**decode(setup["cors"]))
        extension.init_app(app, **decode(setup.get("init", {})))
    if "cors_again" in setup:
        CORS(app, **decode(setup["cors_again"]))

    if "after_request_headers" in setup or "after_request_add" in setup:

        @app.after_request
        def override(response: Response) -> Response:
            for name, value in setup.get("after_request_headers", {}).items():
                response.headers[name] = value
            for name, value in setup.get("after_request_add", {}).items():
                response.headers.add(name, value)
            return response

    return app


def startup_error(error: Exception) -> str:
    """How a setup failed, in terms both packages share: our ConfigurationError is a ValueError."""
    return "ValueError" if isinstance(error, ValueError) else type(error).__name__


#: Header names as Flask writes them, for Quart's lower-case names.
CASED = {
    name.lower(): name
    for name in (
        "Access-Control-Allow-Origin",
        "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Allow-Private-Network",
        "Access-Control-Expose-Headers",
        "Access-Control-Max-Age",
        "Vary",
    )
}


def send(app: Any, path: str, method: str, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]]]:
    """One request through the framework's test client: the status and the header pairs."""
    if FRAMEWORK != "quart":
        response = app.test_client().open(path, method=method, headers=headers)
        return response.status_code, list(response.headers)

    import asyncio

    async def quart() -> tuple[int, list[tuple[str, str]]]:
        client = app.test_client()
        if headers.get("Upgrade", "").lower() == "websocket":
            # On Quart a handshake arrives as a WebSocket (ASGI), never as an HTTP request: 101 when
            # accepted, else the HTTP answer that refused it.
            from quart.testing import WebsocketResponseError

            try:
                async with client.websocket(path, headers=headers):
                    return 101, []
            except WebsocketResponseError as error:
                return error.response.status_code, list(error.response.headers.items())
        answer = await client.open(path, method=method, headers=headers)
        return answer.status_code, list(answer.headers.items())

    return asyncio.run(quart())


def run(scenarios: list[dict[str, Any]]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for scenario in scenarios:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ours warns about risky configurations
            try:
                app = build(scenario["setup"])
            except Exception as error:  # a configuration one package refuses
                results[scenario["id"]] = {"startup_error": startup_error(error)}
                continue
        request_spec = scenario["request"]
        status, pairs = send(app, request_spec["path"], request_spec["method"], request_spec["headers"])
        headers: dict[str, list[str]] = {}
        for name, value in pairs:
            if name.lower().startswith("access-control-") or name.lower() == "vary":
                headers.setdefault(CASED.get(name.lower(), name), []).append(value)
        results[scenario["id"]] = {"status": status, "headers": headers}
    return {"module": flask_cors.__file__, "results": results}


if __name__ == "__main__":
    import logging

    logging.disable(logging.CRITICAL)  # the 500 scenario logs a traceback
    json.dump(run(json.load(sys.stdin)), sys.stdout)
