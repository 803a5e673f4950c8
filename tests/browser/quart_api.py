"""The Quart API the Chromium probes of test_quart.py call, served by Hypercorn.

``create_app()`` reads the pages' origins from ``PAGE_ORIGIN`` (another site) and ``SIBLING_ORIGIN``
(same site, another port), set by the test that starts the server.
"""

from __future__ import annotations

import os

from flask_cors import CORS
from quart import Quart, abort, request, websocket


def create_app() -> Quart:
    page, sibling = os.environ["PAGE_ORIGIN"], os.environ["SIBLING_ORIGIN"]
    app = Quart("quart_browser_api")
    CORS(
        app,
        resources={
            "/api/*": {"origins": [page]},
            "/auth/*": {"origins": [page]},
            "/ws/*": {"origins": [page]},
            "/cred/*": {"origins": [sibling], "supports_credentials": True},
        },
    )

    @app.before_request
    async def require_token() -> None:
        if request.path.startswith("/auth/") and request.headers.get("Authorization") != "Bearer ok":
            abort(401)

    @app.route("/api/items", methods=["GET", "PUT"])
    async def items() -> str:
        return "items"

    @app.route("/api/forbidden")
    async def forbidden() -> str:
        abort(403)

    @app.route("/api/crash")
    async def crash() -> str:
        raise RuntimeError("boom")

    @app.route("/auth/items", methods=["PUT"])
    async def secured() -> str:
        return "secured"

    @app.route("/cred/login", methods=["POST"])
    async def login() -> tuple[str, int, dict[str, str]]:
        return "signed in", 200, {"Set-Cookie": "session=ada; Path=/; SameSite=Lax; HttpOnly"}

    @app.route("/cred/me")
    async def me() -> str:
        return request.cookies.get("session", "nobody")

    @app.route("/page")
    async def page_of_the_api() -> tuple[str, int, dict[str, str]]:
        html = (
            "<!doctype html><html><head><meta charset='utf-8'><title>same origin</title></head><body>page</body></html>"
        )
        return html, 200, {"Content-Type": "text/html; charset=utf-8"}

    @app.websocket("/ws/echo")
    async def echo() -> None:
        await websocket.send(await websocket.receive())
        await websocket.receive()  # keep the socket open until the page goes away

    return app
