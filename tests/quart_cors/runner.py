"""Run the quart-cors scenarios under quart-cors 0.8 or under ours, whichever this interpreter has.

Standalone (stdlib, Quart and one CORS package), so the same file runs in ``.venvs/quart-cors``
and in ours. Reads the scenario table as JSON on stdin and prints
``{"package": ..., "results": {id: {"status": int, "headers": {name: [values]}}}}``; a setup that
raises gives ``{"startup_error": <kind>}``, a request that raises ``{"error": <kind>}``.

A scenario's setup is written in quart-cors's terms (docs/quart.md maps each to ours):
``cors`` (options of ``cors(app, ...)``), ``config`` (``QUART_CORS_*`` keys), ``route`` (options of
``route_cors`` on ``/view``), ``websocket`` (options of ``websocket_cors`` on ``/wsview``), ``exempt``
(``cors_exempt`` on ``/exempt``), ``auth_hook`` (a before_request hook that answers 401 without a
token). Under ours each becomes what the mapping says: ``CORS(app, ...)``, ``CORS_*`` keys,
``@cross_origin(...)``; ``cors_exempt`` becomes ``@cross_origin(origins=[])``.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import warnings
from datetime import timedelta
from typing import Any

from quart.testing import WebsocketResponseError

from quart import Quart, abort, request, websocket

try:
    import quart_cors

    PACKAGE = "quart-cors"
except ImportError:
    import flask_cors

    PACKAGE = "ours"

#: quart-cors option -> our option (docs/quart.md).
OPTION_NAMES = {
    "allow_origin": "origins",
    "allow_credentials": "supports_credentials",
    "allow_methods": "methods",
    "allow_headers": "allow_headers",
    "expose_headers": "expose_headers",
    "max_age": "max_age",
    "send_origin_wildcard": "send_wildcard",
}

CASED = {
    name.lower(): name
    for name in (
        "Access-Control-Allow-Origin",
        "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Expose-Headers",
        "Access-Control-Max-Age",
        "Vary",
    )
}


def decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"regex"}:
        return re.compile(value["regex"])
    if isinstance(value, dict) and set(value) == {"seconds"}:
        return timedelta(seconds=value["seconds"])
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        return {key: decode(item) for key, item in value.items()}
    return value


def ours(options: dict[str, Any]) -> dict[str, Any]:
    return {OPTION_NAMES[name]: value for name, value in decode(options).items()}


def build(setup: dict[str, Any]) -> Quart:
    app = Quart("quart_cors_differential")
    for key, value in decode(setup.get("config", {})).items():
        app.config[key if PACKAGE == "quart-cors" else "CORS_" + OPTION_NAMES[key.lower()[11:]].upper()] = value
    if setup.get("auth_hook"):

        @app.before_request
        async def require_token() -> None:
            if request.headers.get("Authorization") != "Bearer ok":
                abort(401)

    @app.route("/", methods=["GET", "POST", "PUT", "DELETE"])
    async def index() -> str:
        return "ok"

    @app.route("/forbidden")
    async def forbidden() -> str:
        abort(403)

    @app.websocket("/ws")
    async def ws() -> None:
        await websocket.send("ok")

    def route_decorator(options: dict[str, Any]) -> Any:
        if PACKAGE == "quart-cors":
            return quart_cors.route_cors(**decode(options))
        return flask_cors.cross_origin(**ours(options))

    if "route" in setup:

        @app.route("/view", methods=["GET", "PUT"])
        @route_decorator(setup["route"])
        async def view() -> str:
            return "view"

    if "websocket" in setup:
        decorator = (
            quart_cors.websocket_cors(**decode(setup["websocket"]))
            if PACKAGE == "quart-cors"
            else flask_cors.cross_origin(**ours(setup["websocket"]))
        )

        @app.websocket("/wsview")
        @decorator
        async def wsview() -> None:
            await websocket.send("ok")

    if setup.get("exempt"):
        exempt = quart_cors.cors_exempt if PACKAGE == "quart-cors" else flask_cors.cross_origin(origins=[])

        @app.route("/exempt")
        @exempt
        async def exempted() -> str:
            return "exempt"

    if "cors" in setup:
        if PACKAGE == "quart-cors":
            app = quart_cors.cors(app, **decode(setup["cors"]))
        else:
            flask_cors.CORS(app, **ours(setup["cors"]))
    return app


async def send(app: Quart, spec: dict[str, Any]) -> dict[str, Any]:
    client = app.test_client()
    if spec.get("websocket"):
        try:
            async with client.websocket(spec["path"], headers=spec["headers"]) as socket:
                await socket.receive()
                return {"status": 101, "headers": {}}
        except WebsocketResponseError as error:
            return {"status": error.response.status_code, "headers": cors_headers(error.response.headers)}
    response = await client.open(spec["path"], method=spec["method"], headers=spec["headers"])
    return {"status": response.status_code, "headers": cors_headers(response.headers)}


def cors_headers(headers: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, value in headers.items():
        if name.lower() in CASED:
            found.setdefault(CASED[name.lower()], []).append(value)
    return found


def run(scenarios: list[dict[str, Any]]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for scenario in scenarios:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ours warns about risky configurations
            try:
                app = build(scenario["setup"])
            except Exception as error:
                results[scenario["id"]] = {
                    "startup_error": "ValueError" if isinstance(error, ValueError) else type(error).__name__
                }
                continue
            app.config["PROPAGATE_EXCEPTIONS"] = False
            try:
                results[scenario["id"]] = asyncio.run(send(app, scenario["request"]))
            except Exception as error:
                results[scenario["id"]] = {"error": type(error).__name__}
    return {"package": PACKAGE, "results": results}


if __name__ == "__main__":
    import logging

    logging.disable(logging.CRITICAL)
    json.dump(run(json.load(sys.stdin)), sys.stdout)
