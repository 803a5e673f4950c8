"""Chromium judges a Quart app served by Hypercorn: origins, credentials with a cookie, a preflight
behind an authentication hook, error answers, and WebSockets allowed, refused and same-origin.

Each HTTP probe is also played by ``flask_cors.testing`` on Quart's test client: the simulation must
reach Chromium's verdict.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import pytest

from flask_cors.testing import simulate_fetch
from tests.browser.conftest import Server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def hypercorn(servers: dict[str, Server]) -> Iterator[str]:
    """Hypercorn serving tests/browser/quart_api.py on a free loopback port; its origin."""
    port = free_port()
    environment = {
        **os.environ,
        "PAGE_ORIGIN": f"http://localhost:{servers['page'].port}",
        "SIBLING_ORIGIN": f"http://127.0.0.1:{servers['sibling'].port}",
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "hypercorn", "tests.browser.quart_api:create_app()", "--bind", f"127.0.0.1:{port}"]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=log)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(f"hypercorn did not start: {log.read().decode()}") from None
                    time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture
def page(browser: Any, servers: dict[str, Server], hypercorn: str) -> Iterator[Callable[[str], Any]]:
    """``page(where)``: a fresh profile's page at ``"localhost"`` (another site), ``"sibling"`` (same
    site) or ``"api"`` (the API's own origin)."""
    contexts: list[Any] = []

    def open_(where: str) -> Any:
        context = browser.new_context()
        contexts.append(context)
        opened = context.new_page()
        url = {
            "localhost": f"http://localhost:{servers['page'].port}/",
            "sibling": f"http://127.0.0.1:{servers['sibling'].port}/",
            "api": f"{hypercorn}/page",
        }[where]
        opened.goto(url)
        return opened

    yield open_
    for context in contexts:
        context.close()


def fetch(page: Any, url: str, **options: Any) -> dict[str, Any]:
    from tests.browser.conftest import FETCH

    result: dict[str, Any] = page.evaluate(FETCH, [url, options])
    return result


def simulated(path: str, origin: str, method: str = "GET", headers: dict[str, str] | None = None) -> bool:
    """The verdict of flask_cors.testing on Quart's test client, for the same app (the ``origins``
    fixture has set the pages' origins in the environment)."""
    from tests.browser.quart_api import create_app

    return simulate_fetch(create_app().test_client(), path, origin, method, headers or {}).allowed


@pytest.fixture
def origins(servers: dict[str, Server], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    found = {
        "localhost": f"http://localhost:{servers['page'].port}",
        "sibling": f"http://127.0.0.1:{servers['sibling'].port}",
    }
    monkeypatch.setenv("PAGE_ORIGIN", found["localhost"])
    monkeypatch.setenv("SIBLING_ORIGIN", found["sibling"])
    return found


@pytest.mark.parametrize(
    ("where", "path", "method", "headers", "allowed"),
    [
        ("localhost", "/api/items", "GET", {}, True),
        ("sibling", "/api/items", "GET", {}, False),
        ("localhost", "/api/items", "PUT", {"Content-Type": "application/json"}, True),
        ("sibling", "/api/items", "PUT", {"Content-Type": "application/json"}, False),
        ("localhost", "/auth/items", "PUT", {"Authorization": "Bearer ok"}, True),
        ("localhost", "/api/forbidden", "GET", {}, True),
        ("localhost", "/api/crash", "GET", {}, True),
    ],
)
def test_chromium_and_the_simulation_agree(
    page: Callable[[str], Any],
    hypercorn: str,
    origins: dict[str, str],
    where: str,
    path: str,
    method: str,
    headers: dict[str, str],
    allowed: bool,
) -> None:
    result = fetch(page(where), hypercorn + path, method=method, headers=headers)
    assert result["ok"] is allowed, result
    if allowed:
        expected_status = {"/api/forbidden": 403, "/api/crash": 500}.get(path, 200)
        assert result["status"] == expected_status
    assert simulated(path, origins[where], method, headers) is allowed


def test_credentials_with_a_cookie(page: Callable[[str], Any], hypercorn: str) -> None:
    sibling = page("sibling")
    login = fetch(sibling, hypercorn + "/cred/login", method="POST", credentials="include")
    assert (login["ok"], login["status"]) == (True, 200)
    me = fetch(sibling, hypercorn + "/cred/me", credentials="include")
    assert (me["ok"], me["body"]) == (True, "ada")
    # Without credentials the cookie stays home; from another site the policy refuses the read.
    assert fetch(sibling, hypercorn + "/cred/me")["body"] == "nobody"
    assert fetch(page("localhost"), hypercorn + "/cred/me", credentials="include")["ok"] is False


OPEN_SOCKET = """
async ([url]) => new Promise((resolve) => {
  const events = [];
  const socket = new WebSocket(url);
  socket.onopen = () => { events.push('open'); socket.send('hello'); };
  socket.onmessage = (event) => { events.push('message ' + event.data); resolve({events: events, code: null}); };
  socket.onerror = () => events.push('error');
  socket.onclose = (event) => resolve({events: events, code: event.code});
})
"""
CONNECTED = {"events": ["open", "message hello"], "code": None}
REFUSED = {"events": ["error"], "code": 1006}


@pytest.mark.parametrize(("where", "expected"), [("localhost", CONNECTED), ("sibling", REFUSED), ("api", CONNECTED)])
def test_websockets(page: Callable[[str], Any], hypercorn: str, where: str, expected: dict[str, Any]) -> None:
    """Allowed (listed), refused (not listed: 403 before the handler), same-origin (judged by Host)."""
    url = hypercorn.replace("http://", "ws://") + "/ws/echo"
    assert page(where).evaluate(OPEN_SOCKET, [url]) == expected
