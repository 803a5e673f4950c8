"""Real-browser fixtures: Debian's Chromium driven by Playwright, an API server and page servers.

The API under test listens on ``http://127.0.0.1:<port>``; the page that calls it is served from
``http://localhost:<other port>`` (a different origin and a different site). For credentialed
probes the page is served from a second port of 127.0.0.1 instead: cross-origin but same-site,
like ``app.example.com`` calling ``api.example.com``. Plain-http pages cannot hold
``SameSite=None`` cookies (they must be ``Secure``), so a same-site ``SameSite=Lax`` cookie is
what a real http development setup uses, and Chromium sends it with ``credentials: 'include'``.

Everything binds loopback on free ports, and every server is stopped by the fixture that started it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
from werkzeug.serving import BaseWSGIServer, make_server

from flask_cors._chromium import major_version, wording_for
from tests.verdicts import UNCHECKED

#: The browser under test: Debian's package, or another build named by CORS_CHROMIUM (.ci/run uses it
#: to run this suite on a second Chromium version when the machine's apt offers one).
CHROMIUM = os.environ.get("CORS_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = "browser tests need Chromium and Playwright: apt-get install -y chromium && pip install playwright"

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Any]

PAGE = b"<!doctype html><html><head><meta charset='utf-8'><title>page</title></head><body>page</body></html>"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: runs in headless Chromium (needs /usr/bin/chromium and playwright)")


@functools.cache
def chromium_version() -> str | None:
    if not os.path.exists(CHROMIUM):
        return None
    output = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout
    return output.strip() or None


def chromium_major() -> int | None:
    """The major version of the Chromium under test (the wording the comparisons expect)."""
    return major_version(chromium_version() or "")


def pytest_report_header(config: pytest.Config) -> str:
    version = chromium_version()
    if version is None:
        return f"browser: Chromium not found ({INSTALL_HINT})"
    known = (
        "its wording is known"
        if wording_for(chromium_major())
        else "wording not in flask_cors._chromium: verdicts only"
    )
    return f"browser: {version} at {CHROMIUM} ({known})"


#: Outcomes seen in this run, by kind and case, written out when CORS_RECORD_CHROMIUM names a folder.
_RECORDED: dict[str, dict[str, Any]] = {}


def record(kind: str, case: str, outcome: Any, **context: Any) -> None:
    """Keep what Chromium answered for ``case`` (a dataclass), for ``CORS_RECORD_CHROMIUM``.

    ``context`` is kept beside it: what the model needs to replay the case without the app.
    """
    _RECORDED.setdefault(kind, {})[case] = {
        **{
            key: sorted(value) if isinstance(value, (tuple, frozenset)) else value
            for key, value in dataclasses.asdict(outcome).items()
        },
        **context,
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    folder = os.environ.get("CORS_RECORD_CHROMIUM")
    if not folder or not _RECORDED:
        return
    path = Path(folder) / f"chromium-{chromium_major()}.json"
    recorded = json.loads(path.read_text()) if path.exists() else {}
    recorded["build"] = re.search(r"\d+(\.\d+){3}", chromium_version() or "").group()  # type: ignore[union-attr]
    for kind, cases in _RECORDED.items():
        recorded.setdefault(kind, {}).update(cases)
        recorded[kind] = dict(sorted(recorded[kind].items()))
    path.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line per wording difference that a Chromium unknown to flask_cors._chromium showed."""
    if UNCHECKED:
        terminalreporter.section(f"wording not checked on {chromium_version()}")
        for line in UNCHECKED:
            terminalreporter.write_line(line)


@dataclass
class Seen:
    """One request as the API server received it."""

    method: str
    path: str
    preflight: bool
    origin: str | None
    cookie: str | None


@dataclass
class Server:
    """A threaded WSGI server on a free loopback port whose app can be swapped between tests."""

    host: str
    app: WSGIApp | None = None
    seen: list[Seen] = field(default_factory=list)
    _server: BaseWSGIServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        with self._lock:
            self.seen.append(
                Seen(
                    environ["REQUEST_METHOD"],
                    environ.get("PATH_INFO", ""),
                    environ["REQUEST_METHOD"] == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in environ,
                    environ.get("HTTP_ORIGIN"),
                    environ.get("HTTP_COOKIE"),
                )
            )
        assert self.app is not None
        return self.app(environ, start_response)

    def start(self) -> None:
        self._server = make_server(self.host, 0, self, threaded=True)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_port

    def serve(self, app: WSGIApp) -> None:
        with self._lock:
            self.app = app
            self.seen.clear()

    def requests(self, path: str | None = None) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if path is None or s.path == path]


def _page_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(PAGE)))])
    return [PAGE]


# Module scope, not session scope: while Playwright's sync API is running it leaves its asyncio
# loop marked as running in the main thread, so any test run meanwhile that needs asyncio.run()
# (Flask's async views, through asgiref) fails with "cannot use AsyncToSync in the same thread as
# an async event loop". pytest-randomly shuffles modules but keeps each module's tests together,
# so a module-scoped browser is stopped before any other module runs.
@contextlib.contextmanager
def launch_chromium(extra_args: Sequence[str] = (), *, third_party_cookies_profile: bool = False) -> Iterator[Any]:
    """Chromium under test, headless, with :data:`CHROMIUM_ARGS` and ``extra_args``; skipped (or, with
    ``CORS_REQUIRE_BROWSER=1``, failed) when Chromium or Playwright is missing. Yields the browser, or
    with ``third_party_cookies_profile`` the pair (browser, a persistent context whose
    ``profile.cookie_controls_mode`` is 0: third-party cookies allowed, as a Chrome user may set it).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        playwright_missing = True
    else:
        playwright_missing = False
    if playwright_missing or not shutil.which(CHROMIUM):
        if os.environ.get("CORS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CORS_REQUIRE_BROWSER=1 but Chromium is unavailable: {INSTALL_HINT}")
        pytest.skip(INSTALL_HINT)
    args = [*CHROMIUM_ARGS, *extra_args]
    with sync_playwright() as playwright, contextlib.ExitStack() as stack:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        stack.callback(launched.close)
        if not third_party_cookies_profile:
            yield launched
            return
        profile = tempfile.mkdtemp(prefix="chromium-profile-")
        stack.callback(shutil.rmtree, profile, ignore_errors=True)
        os.makedirs(os.path.join(profile, "Default"))
        with open(os.path.join(profile, "Default", "Preferences"), "w", encoding="utf-8") as file:
            json.dump({"profile": {"cookie_controls_mode": 0}}, file)
        allowing = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=args
        )
        stack.callback(allowing.close)
        yield launched, allowing


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per test module; each test gets a fresh context (profile)."""
    with launch_chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, Server]]:
    """The API on 127.0.0.1, the page on localhost, and a same-site page on another 127.0.0.1 port."""
    started = {
        "api": Server("127.0.0.1"),
        "page": Server("127.0.0.1", _page_app),
        "sibling": Server("127.0.0.1", _page_app),
    }
    for server in started.values():
        server.start()
    try:
        yield started
    finally:
        for server in started.values():
            server.stop()


FETCH = """
async ([url, options]) => {
  try {
    const response = await fetch(url, options);
    const headers = {};
    response.headers.forEach((value, name) => { headers[name] = value; });
    return {ok: true, status: response.status, headers: headers, body: await response.text()};
  } catch (error) {
    return {ok: false, error: String(error)};
  }
}
"""

FETCH_FROM_SANDBOX = """
async ([url]) => new Promise((resolve) => {
  window.addEventListener('message', (event) => resolve(event.data), {once: true});
  const frame = document.createElement('iframe');
  frame.sandbox = 'allow-scripts';
  frame.srcdoc = '<script>fetch(' + JSON.stringify(url) + ')' +
    '.then(async (r) => parent.postMessage({ok: true, status: r.status, body: await r.text()}, "*"))' +
    '.catch((e) => parent.postMessage({ok: false, error: String(e)}, "*"))<\\/script>';
  document.body.appendChild(frame);
})
"""


@dataclass
class Probe:
    """A page in a fresh browser profile, and the API it calls."""

    page: Any
    api: Server
    console: list[str]

    @property
    def api_origin(self) -> str:
        return f"http://127.0.0.1:{self.api.port}"

    def fetch(self, path: str, **options: Any) -> dict[str, Any]:
        """Run ``fetch(api + path, options)`` in the page; the browser's verdict as a dict."""
        result: dict[str, Any] = self.page.evaluate(FETCH, [self.api_origin + path, options])
        return result

    def fetch_from_sandbox(self, path: str) -> dict[str, Any]:
        """The same fetch from a sandboxed iframe, whose origin is opaque (``Origin: null``)."""
        result: dict[str, Any] = self.page.evaluate(FETCH_FROM_SANDBOX, [self.api_origin + path])
        return result

    def preflights(self, path: str) -> int:
        return sum(1 for seen in self.api.requests(path) if seen.preflight)

    def actual_requests(self, path: str) -> list[Seen]:
        return [seen for seen in self.api.requests(path) if not seen.preflight]


@pytest.fixture
def open_page(browser: Any, servers: dict[str, Server]) -> Iterator[Callable[..., Probe]]:
    """``open_page(app, page_origin="localhost")``: serve ``app`` as the API and open a page.

    ``page_origin`` is ``"localhost"`` (cross-site), ``"sibling"`` (same-site, another port of
    127.0.0.1) or a host name under localhost such as ``"sub.localhost"``.
    """
    contexts: list[Any] = []

    def open_(app: WSGIApp, page_origin: str = "localhost") -> Probe:
        servers["api"].serve(app)
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text))
        if page_origin == "sibling":
            url = f"http://127.0.0.1:{servers['sibling'].port}/"
        else:
            url = f"http://{page_origin}:{servers['page'].port}/"
        page.goto(url)
        return Probe(page, servers["api"], console)

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page_origin_of(servers: dict[str, Server]) -> Callable[[str], str]:
    """The origin string a page opened with ``open_page(..., page_origin=name)`` sends."""

    def origin(name: str) -> str:
        if name == "sibling":
            return f"http://127.0.0.1:{servers['sibling'].port}"
        return f"http://{name}:{servers['page'].port}"

    return origin
