"""Run the differential scenarios under whichever flask_cors this interpreter imports.

Standalone (stdlib, Flask and flask_cors only), so the same file runs in our environment and in
one with the reference flask-cors. Reads the scenario table as JSON on stdin, prints JSON:
``{"module": <flask_cors.__file__>, "results": {scenario id: {"status": int, "headers": {...}}}}``
where headers maps each Access-Control-* header and Vary to the list of its values, in order.
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


def decode(value: Any) -> Any:
    """JSON stand-ins for values JSON cannot carry: compiled patterns and timedeltas."""
    if isinstance(value, dict) and set(value) == {"regex"}:
        return re.compile(value["regex"])
    if isinstance(value, dict) and set(value) == {"seconds"}:
        return timedelta(seconds=value["seconds"])
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        return {key: decode(item) for key, item in value.items()}
    return value


def build(setup: dict[str, Any]) -> Flask:
    """An app from a scenario's setup. Keys: config, cors, init, decorator, blueprint, auth_hook."""
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

    if "cors" in setup:
        extension = CORS(**decode(setup["cors"]))
        extension.init_app(app, **decode(setup.get("init", {})))
    return app


def run(scenarios: list[dict[str, Any]]) -> dict[str, Any]:
    results = {}
    for scenario in scenarios:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ours warns about risky configurations
            app = build(scenario["setup"])
        request_spec = scenario["request"]
        response = app.test_client().open(
            request_spec["path"], method=request_spec["method"], headers=request_spec["headers"]
        )
        headers: dict[str, list[str]] = {}
        for name, value in response.headers:
            if name.lower().startswith("access-control-") or name.lower() == "vary":
                headers.setdefault(name, []).append(value)
        results[scenario["id"]] = {"status": response.status_code, "headers": headers}
    return {"module": flask_cors.__file__, "results": results}


if __name__ == "__main__":
    import logging

    logging.disable(logging.CRITICAL)  # the 500 scenario logs a traceback
    json.dump(run(json.load(sys.stdin)), sys.stdout)
