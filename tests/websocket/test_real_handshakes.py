"""Real WebSocket handshakes: flask-sock and Flask-SocketIO apps on a real server, a real client.

Each test starts a threaded Werkzeug server on a free 127.0.0.1 port and stops it. The client is
the ``websockets`` library, which sends the Origin header a browser would (a browser refuses to
let a page set it; tests/browser/test_websockets.py runs Chromium).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable

import pytest
from flask_sock import Sock
from flask_socketio import SocketIO
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect
from werkzeug.serving import make_server

from flask import Flask
from flask_cors import CORS, cross_origin
from flask_cors.extension import cors_rejected
from flask_cors.websocket import socketio_options, socketio_origins

A = "https://app.example.com"
EVIL = "https://evil.example.net"
BODY = b"WebSocket handshake refused: this origin may not open a WebSocket here.\n"


@contextmanager
def serving(app: Any) -> Iterator[int]:
    """Serve ``app`` on a free loopback port for the ``with`` block; yields the port."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def echo_app(opened: list[str], **options: Any) -> Flask:
    """A flask-sock echo route at /echo, recording each accepted connection, with CORS(app, **options)."""
    app = Flask("echo")
    sock = Sock(app)

    @sock.route("/echo")
    def echo(ws: Any) -> None:
        opened.append("open")
        ws.send(ws.receive(timeout=10))
        ws.receive(timeout=10)  # until the client closes: a clean close handshake

    CORS(app, **options)
    return app


def exchange(port: int, origin: str | None, path: str = "/echo") -> str:
    with connect(f"ws://127.0.0.1:{port}{path}", origin=origin, proxy=None, open_timeout=10, close_timeout=2) as ws:
        ws.send("hello")
        return str(ws.recv(timeout=10))


def refusal(port: int, origin: str | None, path: str = "/echo") -> tuple[int, str | None, bytes]:
    with pytest.raises(InvalidStatus) as error:
        exchange(port, origin, path)
    response = error.value.response
    return response.status_code, response.headers.get("Content-Type"), response.body or b""


class TestFlaskSock:
    def test_allowed_origin_exchanges_a_message(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert exchange(port, A) == "hello"
        assert opened == ["open"]

    def test_refused_origin_gets_403_and_the_view_never_runs(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert refusal(port, EVIL) == (403, "text/plain; charset=utf-8", BODY)
        assert opened == []

    def test_same_origin_connects_without_being_listed(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert exchange(port, f"http://127.0.0.1:{port}") == "hello"
            assert refusal(port, f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}")[0] == 403
        assert opened == ["open"]

    def test_client_without_origin_connects(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert exchange(port, None) == "hello"
        assert opened == ["open"]

    def test_null_origin_is_refused_unless_listed(self) -> None:
        with serving(echo_app([], origins=[A])) as port:
            assert refusal(port, "null")[0] == 403
        with serving(echo_app([], origins=[A, "null"])) as port:
            assert exchange(port, "null") == "hello"

    def test_guard_off_lets_the_refused_origin_connect(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A], guard_websockets=False)) as port:
            assert exchange(port, EVIL) == "hello"
        assert opened == ["open"]

    def test_uncovered_route_is_not_guarded(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A], resources=["/api/*"])) as port:
            assert exchange(port, EVIL) == "hello"
        assert opened == ["open"]

    def test_cross_origin_route_with_cors_app(self) -> None:
        app = Flask("decorated_echo")
        sock = Sock(app)

        @sock.route("/echo")
        @cross_origin(origins=[EVIL])
        def echo(ws: Any) -> None:
            ws.send(ws.receive(timeout=10))
            ws.receive(timeout=10)  # until the client closes: a clean close handshake

        CORS(app, resources=[])
        with serving(app) as port:
            assert exchange(port, EVIL) == "hello"
            assert refusal(port, A)[0] == 403


def socketio_app(
    configure: Callable[[Flask], dict[str, Any]] = socketio_options, **options: Any
) -> tuple[Flask, SocketIO, list[str]]:
    """A Flask-SocketIO app (threading mode) with CORS(app, **options), built with ``configure(app)``'s kwargs."""
    app = Flask("sio")
    CORS(app, **options)
    socketio = SocketIO(app, async_mode="threading", **configure(app))
    connected: list[str] = []
    socketio.on_event("connect", lambda *args: connected.append("connect"))
    return app, socketio, connected


def engineio_default(app: Flask) -> dict[str, Any]:
    """Only the origin check, Engine.IO's own cors_credentials (True) left as it is."""
    return {"cors_allowed_origins": socketio_origins(app)}


def polling(app: Flask, origin: str | None, host: str = "localhost") -> tuple[int, bytes]:
    headers = {"Origin": origin} if origin is not None else {}
    response = app.test_client().get("/socket.io/?EIO=4&transport=polling", headers=headers, base_url=f"http://{host}")
    return response.status_code, response.data


def polling_cors(app: Flask, origin: str | None, host: str = "localhost") -> tuple[int, str | None, str | None]:
    """The status, Access-Control-Allow-Origin and Access-Control-Allow-Credentials of an Engine.IO open."""
    headers = {"Origin": origin} if origin is not None else {}
    response = app.test_client().get("/socket.io/?EIO=4&transport=polling", headers=headers, base_url=f"http://{host}")
    return (
        response.status_code,
        response.headers.get("Access-Control-Allow-Origin"),
        response.headers.get("Access-Control-Allow-Credentials"),
    )


REFUSED = (400, None, None)


class TestFlaskSocketIO:
    def test_listed_origin_opens_a_session(self) -> None:
        app, _, _ = socketio_app(origins=[A])
        status, body = polling(app, A)
        assert (status, body[:1]) == (200, b"0")  # Engine.IO "open" packet
        assert polling_cors(app, A) == (200, A, None)

    def test_unlisted_origin_is_refused_by_engineio(self) -> None:
        app, _, _ = socketio_app(origins=[A])
        assert polling(app, EVIL) == (400, b'"Not an accepted origin."')
        assert polling_cors(app, EVIL) == REFUSED

    def test_credentialed_policy_reflects_only_its_origins_with_credentials(self) -> None:
        app, _, _ = socketio_app(origins=[A], supports_credentials=True)
        assert polling_cors(app, A) == (200, A, "true")
        assert polling_cors(app, EVIL) == REFUSED
        assert polling_cors(app, "http://localhost") == (200, "http://localhost", "true")

    def test_default_cors_never_reflects_another_site_with_credentials(self) -> None:
        # CORS(app) allows any origin without credentials; Engine.IO's default adds credentials.
        app, _, _ = socketio_app(engineio_default)
        assert polling_cors(app, EVIL) == REFUSED
        assert polling_cors(app, "http://localhost") == (200, "http://localhost", "true")

    def test_default_cors_with_socketio_options_reflects_without_credentials(self) -> None:
        app, _, _ = socketio_app()
        assert polling_cors(app, EVIL) == (200, EVIL, None)

    def test_policy_without_credentials_refuses_when_engineio_sends_them(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        app, _, _ = socketio_app(engineio_default, origins=[A])
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            assert polling_cors(app, A) == REFUSED
        assert [r.getMessage() for r in caplog.records if r.name == "flask_cors"] == [
            "CORS refused the WebSocket handshake to '/socket.io/' from 'https://app.example.com' (Host 'localhost'): "
            "origin 'https://app.example.com' is allowed only without credentials, but the server adds "
            "Access-Control-Allow-Credentials: true (Engine.IO's cors_credentials), and its host and port are not "
            "the request's Host"
        ]

    def test_refusal_is_logged_once_and_sent_to_cors_rejected(self, caplog: pytest.LogCaptureFixture) -> None:
        app, _, _ = socketio_app(origins=[A])
        seen: list[tuple[str, str | None, str | None, str, str]] = []

        def receiver(sender: Flask, **extra: Any) -> None:
            assert sender is app
            seen.append(
                (extra["decision"].kind, extra["decision"].refused, extra["origin"], extra["method"], extra["path"])
            )

        with caplog.at_level(logging.DEBUG, logger="flask_cors"), cors_rejected.connected_to(receiver, app):
            assert polling_cors(app, EVIL + "\x1b") == REFUSED
        assert seen == [("websocket", "websocket-origin", EVIL + "\x1b", "GET", "/socket.io/")]
        assert [r.getMessage() for r in caplog.records if r.name == "flask_cors"] == [
            "CORS refused the WebSocket handshake to '/socket.io/' from 'https://evil.example.net\\x1b' "
            "(Host 'localhost'): origin 'https://evil.example.net\\x1b' is not allowed, and its host and port "
            "are not the request's Host"
        ]

    def test_socketio_options(self) -> None:
        app = Flask("opts")
        assert socketio_options(app)["cors_credentials"] is True  # no policy yet: Engine.IO's default
        CORS(app, origins=[A])
        options = socketio_options(app)
        assert sorted(options) == ["cors_allowed_origins", "cors_credentials"]
        assert options["cors_credentials"] is False
        assert socketio_options(app, credentials=True)["cors_credentials"] is True
        CORS(app, resources=["/socket.io/*"], origins=[A], supports_credentials=True)
        assert socketio_options(app)["cors_credentials"] is True
        assert socketio_options(app, "/elsewhere/")["cors_credentials"] is False

    def test_same_origin_and_no_origin_pass(self) -> None:
        app, _, _ = socketio_app(origins=[A])
        assert polling(app, "https://api.example.com", host="api.example.com")[0] == 200
        assert polling(app, None)[0] == 200
        assert polling_cors(app, None) == (200, None, None)

    def test_null_follows_the_credentials_rules(self) -> None:
        with pytest.warns(UserWarning):
            app, _, _ = socketio_app(supports_credentials=True)
        assert polling(app, "null") == (400, b'"Not an accepted origin."')
        with pytest.warns(UserWarning, match=r"^\[cors\.W007\]"):
            app, _, _ = socketio_app(origins=[A, "null"], supports_credentials=True)
        assert polling_cors(app, "null") == (200, "null", "true")

    def test_uncovered_path_is_same_origin_only(self) -> None:
        app, _, _ = socketio_app(origins=[A], resources=["/api/*"])
        assert polling(app, A) == (400, b'"Not an accepted origin."')
        assert polling_cors(app, "http://localhost") == (200, "http://localhost", "true")

    def test_guard_off_falls_back_to_same_origin(self) -> None:
        app, _, _ = socketio_app(origins=[A], supports_credentials=True, guard_websockets=False)
        assert polling_cors(app, EVIL) == REFUSED
        assert polling_cors(app, A) == REFUSED
        assert polling_cors(app, "http://localhost") == (200, "http://localhost", "true")

    def test_cors_after_socketio_is_seen(self) -> None:
        app = Flask("late")
        socketio = SocketIO(app, async_mode="threading", **socketio_options(app))
        assert polling(app, A) == (400, b'"Not an accepted origin."')
        CORS(app, origins=[A], supports_credentials=True)
        assert polling_cors(app, A) == (200, A, "true")
        assert socketio.server is not None

    def test_later_policy_without_credentials_cannot_widen(self) -> None:
        app = Flask("late_plain")
        SocketIO(app, async_mode="threading", **socketio_options(app))  # built for credentials
        CORS(app, origins=[A])
        assert polling_cors(app, A) == REFUSED

    def test_real_websocket_transport(self) -> None:
        app, _, connected = socketio_app(origins=[A])
        with serving(app) as port:
            url = "/socket.io/?EIO=4&transport=websocket"
            with connect(f"ws://127.0.0.1:{port}{url}", origin=A, proxy=None, open_timeout=10, close_timeout=2) as ws:
                assert str(ws.recv(timeout=10))[:1] == "0"  # Engine.IO "open"
                ws.send("40")  # Socket.IO CONNECT to the default namespace
                assert str(ws.recv(timeout=10))[:2] == "40"
            with pytest.raises(InvalidStatus) as error:
                connect(f"ws://127.0.0.1:{port}{url}", origin=EVIL, proxy=None, open_timeout=10, close_timeout=2)
            assert error.value.response.status_code == 400
        assert connected == ["connect"]
