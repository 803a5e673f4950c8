"""Sockets follow credentials (issue 18, item 1), on a real server with real clients.

A cross-origin handshake that carries credentials (``Cookie`` or ``Authorization``) opens only when
the policy would let that origin make a credentialed request (``supports_credentials`` and the
origin allowed); without credentials it opens when the origin is allowed at all. flask-sock routes
use the ``websockets`` client, a ``HEAD`` handshake a raw socket, and Flask-SocketIO python-socketio's
own client.
"""

from __future__ import annotations

import base64
import os
import socket
from typing import Any

import pytest
import socketio
from flask_socketio import SocketIO
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from flask import Flask, session
from flask_cors import CORS, InsecureConfigurationWarning
from flask_cors.websocket import socketio_options
from tests.websocket.test_real_handshakes import BODY, EVIL, A, echo_app, serving

LOOKALIKE = "https://evilexample.com"
COOKIE = "session=abc"


def exchange_with(port: int, origin: str | None, **headers: str) -> str:
    """One echoed message over a handshake that carries ``headers``."""
    url = f"ws://127.0.0.1:{port}/echo"
    with connect(url, origin=origin, additional_headers=headers, proxy=None, open_timeout=10, close_timeout=2) as ws:
        ws.send("hello")
        return str(ws.recv(timeout=10))


def refused_with(port: int, origin: str | None, **headers: str) -> tuple[int, bytes]:
    with pytest.raises(InvalidStatus) as error:
        exchange_with(port, origin, **headers)
    response = error.value.response
    return response.status_code, response.body or b""


class TestFlaskSockFollowsCredentials:
    def test_lookalike_with_cookie_is_refused_when_the_pattern_has_no_credentials(self) -> None:
        # The W005 case of the issue: the look-alike reads public responses, but must not ride a cookie.
        opened: list[str] = []
        with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W005\]"):
            app = echo_app(opened, origins=[r"https://.*example\.com"])
        with serving(app) as port:
            assert refused_with(port, LOOKALIKE, Cookie=COOKIE) == (403, BODY)
            assert exchange_with(port, LOOKALIKE) == "hello"
        assert opened == ["open"]

    def test_default_cors_refuses_another_site_with_cookie_and_lets_it_in_without(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened)) as port:
            assert refused_with(port, EVIL, Cookie=COOKIE) == (403, BODY)
            assert refused_with(port, EVIL, Authorization="Bearer t") == (403, BODY)
            assert exchange_with(port, EVIL) == "hello"
        assert opened == ["open"]

    def test_listed_origin_needs_supports_credentials_to_send_cookies(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert refused_with(port, A, Cookie=COOKIE) == (403, BODY)
            assert exchange_with(port, A) == "hello"
        with serving(echo_app(opened, origins=[A], supports_credentials=True)) as port:
            assert exchange_with(port, A, Cookie=COOKIE) == "hello"
            assert exchange_with(port, A, Authorization="Bearer t") == "hello"
            assert refused_with(port, EVIL, Cookie=COOKIE) == (403, BODY)
        assert opened == ["open", "open", "open"]

    def test_same_origin_and_no_origin_keep_their_cookies(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert exchange_with(port, f"http://127.0.0.1:{port}", Cookie=COOKIE) == "hello"
            assert exchange_with(port, None, Cookie=COOKIE) == "hello"
        assert opened == ["open", "open"]

    def test_guard_off_still_lets_everything_through(self) -> None:
        with serving(echo_app([], guard_websockets=False)) as port:
            assert exchange_with(port, EVIL, Cookie=COOKIE) == "hello"


def raw_handshake(port: int, method: str, origin: str, path: str = "/echo") -> bytes:
    """Send a handshake with ``method`` on a raw socket and return the status line."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: {origin}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(request.encode())
        received = b""
        while b"\r\n" not in received:
            chunk = conn.recv(1024)
            if not chunk:
                break
            received += chunk
    return received.split(b"\r\n", 1)[0]


class TestHeadHandshake:
    def test_head_handshake_from_a_refused_origin_gets_403(self) -> None:
        opened: list[str] = []
        with serving(echo_app(opened, origins=[A])) as port:
            assert raw_handshake(port, "HEAD", EVIL) == b"HTTP/1.1 403 FORBIDDEN"
            assert raw_handshake(port, "GET", EVIL) == b"HTTP/1.1 403 FORBIDDEN"
        assert opened == []

    def test_head_handshake_from_an_allowed_origin_is_not_refused(self) -> None:
        # simple-websocket ignores the method: the guard lets an allowed HEAD through as it would a GET.
        with serving(echo_app([], origins=[A])) as port:
            assert raw_handshake(port, "HEAD", A) == b"HTTP/1.1 101 Switching Protocols"


def socketio_app(**options: Any) -> tuple[Flask, list[object]]:
    """A Flask-SocketIO app (threading mode) whose connect handler records the session's user."""
    app = Flask("sio_credentials")
    app.secret_key = "test secret"
    CORS(app, **options)
    sio = SocketIO(app, async_mode="threading", **socketio_options(app))
    seen: list[object] = []

    @sio.on("connect")
    def connect(*args: Any) -> None:
        seen.append(session.get("user"))

    return app, seen


def session_cookie(app: Flask) -> str:
    """A signed Flask session cookie for the user ``alice``."""
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    return f"session={serializer.dumps({'user': 'alice'})}"


def socketio_connects(port: int, origin: str, cookie: str | None) -> bool:
    """Connect python-socketio's client over the WebSocket transport from ``origin``; True if it connected."""
    client = socketio.Client(reconnection=False, websocket_extra_options={"origin": origin})
    headers = {"Cookie": cookie} if cookie is not None else {}
    try:
        client.connect(f"http://127.0.0.1:{port}", headers=headers, transports=["websocket"], wait_timeout=10)
    except socketio.exceptions.ConnectionError:
        return False
    client.eio.ws.shutdown()  # a clean close waits 3 s for the server's close frame
    client.eio.disconnect(abort=True)
    return True


class TestSocketIOFollowsCredentials:
    def test_default_cors_does_not_let_another_site_ride_the_session_cookie(self) -> None:
        # The case: CORS(app) + SocketIO(app, **socketio_options(app)), evil page, user's cookie.
        app, seen = socketio_app()
        with serving(app) as port:
            assert socketio_connects(port, "https://evil.test", session_cookie(app)) is False
            assert socketio_connects(port, "https://evil.test", None) is True
        assert seen == [None]

    @pytest.mark.parametrize(
        ("options", "origin", "with_cookie", "without_cookie"),
        [
            pytest.param({"origins": [A]}, A, False, True, id="listed-without-credentials"),
            pytest.param({"origins": [A], "supports_credentials": True}, A, True, True, id="listed-credentials"),
            pytest.param({"origins": [A], "supports_credentials": True}, EVIL, False, False, id="unlisted"),
            pytest.param({"origins": r"https://.*\.example\.com"}, A, False, True, id="pattern"),
            pytest.param({"origins": [lambda o: o == A], "supports_credentials": True}, A, True, True, id="callable"),
            pytest.param({"resources": ["/api/*"]}, A, False, False, id="uncovered-same-origin-only"),
            pytest.param({"origins": [A], "guard_websockets": False}, A, False, False, id="guard-off"),
        ],
    )
    def test_every_policy_shape(
        self, options: dict[str, Any], origin: str, with_cookie: bool, without_cookie: bool
    ) -> None:
        app, seen = socketio_app(**options)
        with serving(app) as port:
            assert socketio_connects(port, origin, session_cookie(app)) is with_cookie
            assert socketio_connects(port, origin, None) is without_cookie
        assert seen == (["alice"] if with_cookie else []) + ([None] if without_cookie else [])

    def test_same_origin_page_keeps_its_session(self) -> None:
        app, seen = socketio_app(origins=[A])
        with serving(app) as port:
            assert socketio_connects(port, f"http://127.0.0.1:{port}", session_cookie(app)) is True
        assert seen == ["alice"]
