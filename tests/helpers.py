"""Helpers for exact CORS assertions: an app factory, request helpers, a header reader."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask.sessions import SessionInterface
from werkzeug.test import TestResponse

from flask import Flask
from flask_cors import CORS

#: Whether this Flask writes ``SESSION_COOKIE_PARTITIONED`` (Flask 3.1); 2.3 and 3.0 ignore it.
PARTITIONED_SESSIONS = hasattr(SessionInterface, "get_cookie_partitioned")

#: A session cookie that goes cross-site in every browser profile: SameSite=None; Secure; Partitioned.
#: Flask before 3.1 cannot write Partitioned, so there it goes only where third-party cookies are
#: allowed, and the config says that is the browser it is for.
CROSS_SITE_SESSION: dict[str, Any] = {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True}
CROSS_SITE_SESSION.update({"SESSION_COOKIE_PARTITIONED": True} if PARTITIONED_SESSIONS else {"CORS_BROWSER": "chrome"})

#: Every header the CORS protocol defines on responses, plus Vary.
CORS_RESPONSE_HEADERS = (
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Access-Control-Expose-Headers",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
    "Access-Control-Max-Age",
    "Access-Control-Allow-Private-Network",
    "Vary",
)


def cors_headers(response: TestResponse) -> dict[str, str]:
    """The CORS headers of a response (and Vary), each required to appear at most once."""
    found = {}
    for name in CORS_RESPONSE_HEADERS:
        values = response.headers.getlist(name)
        assert len(values) <= 1, f"{name} sent {len(values)} times: {values}"
        if values:
            found[name] = values[0]
    return found


def build_app(config: Mapping[str, Any] | None = None, app_class: Any = Flask, **options: Any) -> Flask:
    """An app with a few routes and ``CORS(app, **options)``; ``app_class`` may be a Quart app factory
    (tests/frameworks.py)."""
    app = app_class("test_app")
    app.config.update(config or {})

    @app.route("/", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    def index() -> str:
        return "index"

    @app.route("/api/items", methods=["GET", "POST", "PUT", "DELETE"])
    def items() -> str:
        return "items"

    @app.route("/api/items/<int:item>", methods=["GET", "PUT"])
    def item(item: int) -> str:
        return f"item {item}"

    @app.route("/public/page")
    def public() -> str:
        return "public"

    CORS(app, **options)
    return app


def preflight(
    client: Any, path: str, origin: str, method: str = "PUT", headers: str | None = None, **extra: str
) -> TestResponse:
    """Send a CORS preflight the way a browser does."""
    request_headers = {"Origin": origin, "Access-Control-Request-Method": method, **extra}
    if headers is not None:
        request_headers["Access-Control-Request-Headers"] = headers
    response: TestResponse = client.options(path, headers=request_headers)
    return response


def get(client: Any, path: str = "/", origin: str | None = None, **headers: str) -> TestResponse:
    """A GET, with an Origin header when ``origin`` is given."""
    if origin is not None:
        headers["Origin"] = origin
    response: TestResponse = client.get(path, headers=headers)
    return response
