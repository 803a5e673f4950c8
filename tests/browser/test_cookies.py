"""Chromium judges the cookie model: for each case of tests/cookie_cases.py, stored or not, sent or not, and why.

A page on one site signs in against an API (a credentialed ``fetch()`` whose answer sets the
cookie), then calls it again with ``credentials: 'include'``. Chromium's verdicts are read from
the DevTools protocol: the cookie jar after the sign-in, the ``Cookie`` header the API received,
and the reasons Chromium gives for blocking a ``Set-Cookie`` or leaving a cookie out
(``Network.responseReceivedExtraInfo`` and ``Network.requestWillBeSentExtraInfo``). The verdicts
must equal :func:`flask_cors._cookies.judge_cookie`'s on every Chromium, and the reason codes its
codes in the running version's words (``tests/verdicts.py``, ``flask_cors._chromium``).

When the sign-in's cookie is refused, the page's user is sent to the API's own site first (a
top-level visit to ``/login``), as a user who signed in there would be, so the second request
still says whether the browser would send a cookie it holds.

Host names under ``.test`` reach the local servers through ``--host-resolver-rules``. Third-party
cookies: Chromium (150 and 156) blocks them by default in the browser contexts Playwright opens and
in a fresh profile (the reason it gives is ``UserPreferences``). Cases with ``third_party_cookies=True``
run in a persistent profile whose ``profile.cookie_controls_mode`` preference is 0 (allow), as a
Chrome user who allows third-party cookies has it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import parse_qs, quote

import pytest
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from flask_cors._cookies import parse_cookie
from tests.browser.conftest import PAGE, chromium_major, launch_chromium, record
from tests.cookie_cases import CASES, CookieCase
from tests.verdicts import CookieOutcome, compare_cookie, model_cookie, verify

pytestmark = pytest.mark.browser

RESOLVER = "--host-resolver-rules=MAP *.test 127.0.0.1"
FETCH = """
async ([url]) => {
  try { await (await fetch(url, {credentials: 'include'})).text(); return true; }
  catch (error) { return String(error); }
}
"""


class _Quiet(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@dataclass
class Site:
    """The page and the API: one WSGI app on two loopback ports, standing for ports 8000 and 5000."""

    cookies_seen: list[str | None]
    servers: tuple[BaseWSGIServer, BaseWSGIServer]

    def url(self, address: str) -> str:
        """``address`` with its port (8000 or 5000) replaced by the matching server's."""
        port = {"8000": self.servers[0].server_port, "5000": self.servers[1].server_port}
        head, _, number = address.rpartition(":")
        return f"{head}:{port[number]}"


def _app(seen: list[str | None]) -> Callable[..., Any]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/":
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
            return [PAGE]
        headers = [("Content-Type", "text/plain")]
        origin = environ.get("HTTP_ORIGIN")
        if origin:
            headers += [("Access-Control-Allow-Origin", origin), ("Access-Control-Allow-Credentials", "true")]
        if path == "/login":
            headers += [("Set-Cookie", value) for value in parse_qs(environ.get("QUERY_STRING", "")).get("c", [])]
        elif path != "/favicon.ico":
            seen.append(environ.get("HTTP_COOKIE"))
        start_response("200 OK", headers)
        return [b"ok"]

    return app


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    seen: list[str | None] = []
    servers = (
        make_server("127.0.0.1", 0, _app(seen), threaded=True, request_handler=_Quiet),
        make_server("127.0.0.1", 0, _app(seen), threaded=True, request_handler=_Quiet),
    )
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(seen, servers)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="module")
def contexts() -> Iterator[dict[bool, Any]]:
    """Browser contexts by ``third_party_cookies``: Chromium's default, and a profile that allows them."""
    with launch_chromium([RESOLVER], third_party_cookies_profile=True) as (browser, allowing):
        yield {False: browser, True: allowing}


class _Network:
    """The DevTools protocol's cookie reports for one page, by request path."""

    def __init__(self, context: Any, page: Any, name: str) -> None:
        self.name = name
        self.paths: dict[str, str] = {}
        self.blocked_set: dict[str, list[str]] = {}
        self.blocked_sent: dict[str, list[str]] = {}
        session = context.new_cdp_session(page)
        session.on("Network.requestWillBeSent", self._request)
        session.on("Network.responseReceivedExtraInfo", self._response_info)
        session.on("Network.requestWillBeSentExtraInfo", self._request_info)
        session.send("Network.enable")

    def _request(self, event: dict[str, Any]) -> None:
        self.paths[event["requestId"]] = "/" + event["request"]["url"].split("/", 3)[3].split("?")[0]

    def _response_info(self, event: dict[str, Any]) -> None:
        self.blocked_set[event["requestId"]] = [
            reason for item in event.get("blockedCookies", []) for reason in item["blockedReasons"]
        ]

    def _request_info(self, event: dict[str, Any]) -> None:
        self.blocked_sent[event["requestId"]] = [
            reason
            for item in event.get("associatedCookies", [])
            if item["cookie"]["name"] == self.name
            for reason in item["blockedReasons"]
        ]

    def reasons(self, found: dict[str, list[str]], path: str, page: Any) -> tuple[str, ...]:
        """The reasons reported for the request to ``path`` (events arrive asynchronously)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            ids = [key for key, value in self.paths.items() if value == path and key in found]
            if ids:
                return tuple(sorted(found[ids[-1]]))
            page.wait_for_timeout(20)
        raise AssertionError(f"Chromium reported nothing for {path}")


def in_chromium(case: CookieCase, site: Site, contexts: dict[bool, Any]) -> CookieOutcome:
    owner = contexts[case.third_party_cookies]
    context = owner if case.third_party_cookies else owner.new_context()
    context.clear_cookies()
    page = context.new_page()
    name = parse_cookie(case.cookie).name
    try:
        network = _Network(context, page, name)
        api = site.url(case.api)
        login = f"{api}/login?c={quote(case.cookie)}"
        page.goto(site.url(case.page) + "/")
        assert page.evaluate(FETCH, [login]) is True
        stored = any(cookie["name"] == name for cookie in context.cookies())
        store_reasons = network.reasons(network.blocked_set, "/login", page)
        if not stored:  # the user signs in on the API's own site instead
            visit = context.new_page()
            visit.goto(login)
            visit.close()
        site.cookies_seen.clear()
        assert page.evaluate(FETCH, [api + case.path]) is True
        sent = f"{name}=1" in (site.cookies_seen[-1] or "").split("; ")
        send_reasons = network.reasons(network.blocked_sent, case.path, page)
    finally:
        page.close()
        if not case.third_party_cookies:
            context.close()
    return CookieOutcome(stored, store_reasons, sent, send_reasons)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_cookie_model_reaches_chromiums_verdicts(case: CookieCase, site: Site, contexts: dict[bool, Any]) -> None:
    browser = in_chromium(case, site, contexts)
    record("cookies", case.id, browser)
    verify(compare_cookie(model_cookie(case), browser, chromium_major()), case.id)
