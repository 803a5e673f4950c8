"""Chromium opens WebSockets: guard_websockets against cross-site WebSocket hijacking, in a real browser.

The API is a flask-sock echo route on ``http://127.0.0.1:<port>``; pages come from
``http://localhost:<other port>`` (another site) or from the API itself (same origin). Browsers
apply no CORS to WebSockets: without the guard, any page connects.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from flask_sock import Sock

from flask import Flask
from flask_cors import CORS
from tests.browser.conftest import Probe

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Probe]

OPEN_SOCKET = """
async ([url]) => new Promise((resolve) => {
  const events = [];
  const socket = new WebSocket(url);
  socket.onopen = () => { events.push('open'); socket.send('hello'); };
  // Resolve as soon as the page has read the server's message: that is the verdict.
  socket.onmessage = (event) => { events.push('message ' + event.data); resolve({events: events, code: null}); };
  socket.onerror = () => events.push('error');
  socket.onclose = (event) => resolve({events: events, code: event.code});
})
"""

CONNECTED = {"events": ["open", "message hello"], "code": None}
REFUSED = {"events": ["error"], "code": 1006}
PAGE = "<!doctype html><html><head><meta charset='utf-8'><title>same origin</title></head><body>page</body></html>"


def echo_api(opened: list[str | None], **options: Any) -> Flask:
    """A flask-sock echo route at /echo recording each accepted handshake's Origin, and a page at /page."""
    app = Flask("ws_browser_api")
    sock = Sock(app)

    @sock.route("/echo")
    def echo(ws: Any) -> None:
        from flask import request

        opened.append(request.headers.get("Origin"))
        ws.send(ws.receive(timeout=10))
        ws.receive(timeout=10)  # keep the socket open until the page goes away

    @app.route("/page")
    def page() -> str:
        return PAGE

    CORS(app, **options)
    return app


def open_socket(probe: Probe) -> dict[str, Any]:
    url = probe.api_origin.replace("http://", "ws://") + "/echo"
    result: dict[str, Any] = probe.page.evaluate(OPEN_SOCKET, [url])
    return result


def test_allowed_origin_opens_the_socket_and_exchanges_a_message(
    open_page: OpenPage, page_origin_of: Callable[[str], str]
) -> None:
    opened: list[str | None] = []
    probe = open_page(echo_api(opened, origins=[page_origin_of("localhost")]))
    assert open_socket(probe) == CONNECTED
    assert opened == [page_origin_of("localhost")]


def test_refused_origin_gets_no_connection(open_page: OpenPage) -> None:
    opened: list[str | None] = []
    probe = open_page(echo_api(opened, origins=["https://app.example.com"]))
    assert open_socket(probe) == REFUSED
    assert opened == []
    assert [(seen.method, seen.path) for seen in probe.api.requests("/echo")] == [("GET", "/echo")]


def test_same_origin_page_connects_without_being_listed(open_page: OpenPage) -> None:
    opened: list[str | None] = []
    probe = open_page(echo_api(opened, origins=["https://app.example.com"]))
    probe.page.goto(probe.api_origin + "/page")
    assert open_socket(probe) == CONNECTED
    assert opened == [probe.api_origin]


def test_without_the_guard_the_refused_origin_connects(
    open_page: OpenPage, page_origin_of: Callable[[str], str]
) -> None:
    # The attack this option blocks: browsers apply no CORS, so any page may talk to the socket.
    opened: list[str | None] = []
    probe = open_page(echo_api(opened, origins=["https://app.example.com"], guard_websockets=False))
    assert open_socket(probe) == CONNECTED
    assert opened == [page_origin_of("localhost")]


def test_default_cors_app_lets_every_origin_connect(open_page: OpenPage, page_origin_of: Callable[[str], str]) -> None:
    # origins="*" (the default) says any site may talk to the API; the guard changes nothing there.
    opened: list[str | None] = []
    probe = open_page(echo_api(opened))
    assert open_socket(probe) == CONNECTED
    assert opened == [page_origin_of("localhost")]
