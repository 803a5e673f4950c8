"""The flask_cors playground: an API and a page on two origins, and buttons that call the API.

Run it with ``bash scripts/demo`` (or ``python demo/app.py``), then open the page. The API listens
on http://127.0.0.1:5000 and the page on http://localhost:8000: two origins, so every call from
the page is a cross-origin ``fetch()`` that the browser judges. Each button shows the browser's
verdict, the headers JavaScript can read, and what ``flask_cors.testing`` predicted for the same
call, so you can see that the simulation and the browser agree.

Ports come from ``--api-port`` / ``--page-port`` or ``DEMO_API_PORT`` / ``DEMO_PAGE_PORT``; a
port that is taken is replaced by a free one. Ctrl-C stops both servers.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from flask import Flask, Response, abort, jsonify, request
from flask_cors import CORS, cross_origin
from flask_cors.testing import policy_decision, simulate_fetch

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "demo_session"
PREFS_COOKIE = "demo_prefs"
# Cross-site and plain http: a partitioned cookie (CHIPS) is what browsers keep for an API on
# another site. Secure is allowed on http://127.0.0.1 (a trustworthy origin).
SESSION_ATTRIBUTES = "Path=/; HttpOnly; Secure; SameSite=None; Partitioned"
# SameSite=Lax: the browser neither stores nor sends it on a cross-site fetch(). The demo shows why.
PREFS_ATTRIBUTES = "Path=/; SameSite=Lax"


@dataclass(frozen=True)
class Call:
    """One button: a fetch() the page makes, and what should happen."""

    id: str
    title: str
    explanation: str
    path: str
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    credentials: bool = False
    body: str | None = None
    expect: str = "allowed"
    #: The cookies the browser holds for the API when this call is made (``Set-Cookie`` values).
    cookies: tuple[str, ...] = ()


CALLS = (
    Call(
        "simple",
        "Simple GET",
        "No preflight: GET with no custom header. The API lists this page's origin and exposes X-Request-Id.",
        "/api/public",
    ),
    Call(
        "sign-in",
        "Sign in (POST with credentials)",
        "A simple POST with credentials: 'include'. The answer sets two cookies: a partitioned SameSite=None; Secure "
        "session, which the browser keeps, and a SameSite=Lax preference, which it refuses on a cross-site call.",
        "/api/session",
        "POST",
        credentials=True,
    ),
    Call(
        "cookie",
        "Credentialed GET with the cookie",
        "The browser sends the session cookie, not the SameSite=Lax one; the view's "
        "@cross_origin(supports_credentials=True) lets the page read the answer.",
        "/api/session",
        credentials=True,
        cookies=(f"{SESSION_COOKIE}=token; {SESSION_ATTRIBUTES}", f"{PREFS_COOKIE}=dark; {PREFS_ATTRIBUTES}"),
    ),
    Call(
        "preflight",
        "PUT with JSON and X-Token",
        "PUT, Content-Type: application/json and X-Token all need a preflight; all three are allowed.",
        "/api/items/42",
        "PUT",
        {"Content-Type": "application/json", "X-Token": "demo"},
        body='{"name": "lamp"}',
    ),
    Call(
        "not-found",
        "Error response (404)",
        "Error responses carry CORS headers too, so the page can read the status and the JSON error.",
        "/api/items/999",
    ),
    Call(
        "refused-origin",
        "API for another origin",
        "/api/partner allows https://partner.example only: no Access-Control-Allow-Origin for this page.",
        "/api/partner",
        expect="blocked",
    ),
    Call(
        "refused-method",
        "DELETE (method not allowed)",
        "The API allows GET, POST and PUT. The preflight for DELETE is refused.",
        "/api/items/42",
        "DELETE",
        expect="blocked",
    ),
    Call(
        "refused-header",
        "PUT with X-Debug (header not allowed)",
        "X-Debug is not in allow_headers. The preflight is refused.",
        "/api/items/42",
        "PUT",
        {"X-Debug": "1"},
        expect="blocked",
    ),
    Call(
        "refused-credentials",
        "Credentials where they are not supported",
        "/api/public allows this origin but not credentials: the browser wants Access-Control-Allow-Credentials: true.",
        "/api/public",
        credentials=True,
        expect="blocked",
    ),
)


def create_api(page_origin: str) -> Flask:
    """The API, configured for a page at ``page_origin``."""
    app = Flask("cors_demo_api", static_folder=None)

    @app.route("/api/public")
    def public() -> Response:
        response = jsonify(message="Hello from the API", items=3)
        response.headers["X-Request-Id"] = secrets.token_hex(4)
        return response

    @app.route("/api/session", methods=["GET", "POST"])
    @cross_origin(origins=[page_origin], supports_credentials=True, methods=["GET", "POST"])
    def session() -> Response:
        if request.method == "POST":
            response = jsonify(signed_in=True)
            token = secrets.token_hex(8)
            response.headers.add("Set-Cookie", f"{SESSION_COOKIE}={token}; {SESSION_ATTRIBUTES}")
            response.headers.add("Set-Cookie", f"{PREFS_COOKIE}=dark; {PREFS_ATTRIBUTES}")
            return response
        cookie = request.cookies.get(SESSION_COOKIE)
        return jsonify(
            signed_in=cookie is not None, cookie_received=cookie, prefs_received=request.cookies.get(PREFS_COOKIE)
        )

    @app.route("/api/items/<int:item>", methods=["GET", "PUT", "DELETE"])
    def item(item: int) -> Response:
        if item > 100:
            abort(Response(json.dumps({"error": f"no item {item}"}), 404, mimetype="application/json"))
        if request.method == "PUT":
            response = jsonify(id=item, saved=request.get_json(silent=True))
        else:
            response = jsonify(id=item)
        response.headers["X-Request-Id"] = secrets.token_hex(4)
        return response

    @app.route("/api/partner")
    def partner() -> Response:
        return jsonify(secret="only for https://partner.example")

    CORS(
        app,
        resources={
            r"/api/partner/*": {"origins": ["https://partner.example"]},
            r"/api/*": {
                "origins": [page_origin],
                "methods": ["GET", "POST", "PUT"],
                "allow_headers": ["Content-Type", "X-Token"],
                "expose_headers": ["X-Request-Id"],
                "max_age": 600,
            },
        },
    )
    return app


def create_page(api: Flask, api_url: str, page_origin: str) -> Flask:
    """The page server: the page, the list of calls, and flask_cors.testing's prediction for each."""
    app = Flask("cors_demo_page", static_folder=None)
    calls = {call.id: call for call in CALLS}

    @app.route("/")
    def index() -> Response:
        html = (HERE / "page.html").read_text(encoding="utf-8")
        html = html.replace("__API_URL__", api_url).replace("__PAGE_ORIGIN__", page_origin)
        return Response(html, mimetype="text/html")

    @app.route("/calls.json")
    def calls_json() -> Response:
        return jsonify([asdict(call) for call in CALLS])

    @app.route("/predict/<call_id>")
    def predict(call_id: str) -> Response:
        call = calls.get(call_id) or abort(404)
        # The API's real address, so that the simulation judges cookies between the real sites.
        result = simulate_fetch(
            api.test_client(),
            api_url + call.path,
            page_origin,
            call.method,
            call.headers,
            call.credentials,
            data=call.body,
            cookies=call.cookies,
        )
        return jsonify(
            allowed=result.allowed,
            verdict=result.verdict,
            preflight=list(result.request.preflight_reasons),
            readable_headers=dict(result.readable_headers),
            policy=None if result.allowed else policy_decision(api, result),
            cookies=[judged.describe() for judged in result.cookies],
            set_cookies=[
                f"{judged.cookie.name}: {'stored' if judged.stored else 'not stored: ' + judged.store.why}"
                for judged in result.set_cookies
            ],
        )

    return app


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """The page server's requests are not interesting; the API's are logged."""


def _port(host: str, wanted: int) -> int:
    """``wanted`` if it is free on ``host``, else a free port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, wanted))
        except OSError:
            probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Servers:
    """The two running servers."""

    api_url: str
    page_url: str
    servers: list[BaseWSGIServer]

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


def start(api_port: int = 5000, page_port: int = 8000, quiet: bool = False) -> Servers:
    """Start the API on 127.0.0.1 and the page on localhost, in background threads."""
    api_port = _port("127.0.0.1", api_port)
    page_port = _port("127.0.0.1", page_port)
    api_url = f"http://127.0.0.1:{api_port}"
    page_origin = f"http://localhost:{page_port}"
    api = create_api(page_origin)
    page = create_page(api, api_url, page_origin)
    api_handler = _QuietHandler if quiet else WSGIRequestHandler
    servers = [
        make_server("127.0.0.1", api_port, api, threaded=True, request_handler=api_handler),
        make_server("127.0.0.1", page_port, page, threaded=True, request_handler=_QuietHandler),
    ]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return Servers(api_url, page_origin + "/", servers)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="The flask_cors playground: an API and a page on two origins.")
    parser.add_argument("--api-port", type=int, default=int(os.environ.get("DEMO_API_PORT", "5000")))
    parser.add_argument("--page-port", type=int, default=int(os.environ.get("DEMO_PAGE_PORT", "8000")))
    args = parser.parse_args(argv)
    running = start(args.api_port, args.page_port)
    print(
        "\nflask_cors demo\n"
        f"  API   {running.api_url}   (CORS for the page below)\n"
        f"  page  {running.page_url}   <- open this in your browser\n"
        "Ctrl-C stops both.\n",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    running.stop()
    print("stopped.", file=sys.stderr)


if __name__ == "__main__":
    main()
