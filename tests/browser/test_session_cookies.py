"""Chromium judges Flask's session cookie across sites, and every tool must say what it does.

For each case of tests/session_cases.py (issue 19's table, under a profile that blocks third-party
cookies and one that allows them), a Flask app with flask_cors runs on a real server; a page on
another origin signs in with a credentialed ``fetch()`` and calls ``/me``. Chromium's verdicts (the
session cookie stored or not, sent or not, the DevTools reason codes, and the user ``/me`` saw) must
equal those of the testing helpers, ``flask cors explain`` and ``flask cors check``
(``tests/session_cases.py``), reason codes in the running version's words.

https: ``trustme`` makes a local certificate authority and a certificate for ``*.site-a.test`` and
``*.site-b.test``; Chromium trusts that certificate's key through
``--ignore-certificate-errors-spki-list`` (and nothing else), so the origins are secure contexts,
and ``Secure`` cookies are stored and sent over them as on a real https site. Host names under
``.test`` reach 127.0.0.1 through ``--host-resolver-rules``. The profile that blocks third-party
cookies is a fresh browser context (Chromium's default under automation); the one that allows
them is a persistent profile whose ``profile.cookie_controls_mode`` is 0 (Chrome's default
settings), as in tests/browser/test_cookies.py.

``test_the_recommended_fix_is_followed_from_the_first_warning_to_a_working_login`` follows the
advice of ``flask cors check`` for a cross-site SPA step by step, in both profiles.
"""

from __future__ import annotations

import base64
import hashlib
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Callable

import pytest
from werkzeug.serving import BaseWSGIServer, make_server

from flask import Flask
from flask_cors._profiles import PROFILES
from flask_cors.testing import check_configuration
from tests.browser.conftest import PAGE, chromium_major, launch_chromium, record
from tests.browser.test_cookies import RESOLVER, _Network, _Quiet
from tests.session_cases import CASES, HTTP_API, HTTP_PAGE, HTTPS_API, HTTPS_PAGE, SessionCase, tool_verdicts
from tests.verdicts import CookieOutcome, compare_session, verify

pytestmark = pytest.mark.browser

SIGN_IN = """
async ([login, me]) => {
  try {
    await (await fetch(login, {method: 'POST', credentials: 'include'})).text();
    return true;
  } catch (error) { return String(error); }
}
"""
WHO = """
async ([me]) => {
  try { return await (await fetch(me, {credentials: 'include'})).json(); }
  catch (error) { return String(error); }
}
"""


@dataclass
class _Swap:
    """A WSGI app that forwards to whichever app the test installed."""

    app: Callable[..., Any] | None = None

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if self.app is None or environ.get("PATH_INFO") == "/favicon.ico":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b""]
        return self.app(environ, start_response)


def _page(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [PAGE]


@dataclass
class Sites:
    """Four loopback servers: the page and the API, each over http and https; ``*.test`` names reach them."""

    servers: dict[str, BaseWSGIServer]
    api: _Swap
    pin: str

    def url(self, address: str) -> str:
        """A case origin with its placeholder port (8000, 8443, 5000, 5443) replaced by the server's."""
        head, _, port = address.rpartition(":")
        return f"{head}:{self.servers[port].server_port}"


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    # A test dependency (pyproject.toml's tests group), with cryptography, which it needs.
    import trustme
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    authority = trustme.CA()
    leaf = authority.issue_cert("*.site-a.test", "*.site-b.test")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    leaf.configure_cert(context)
    certificate = x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
    key = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    pin = base64.b64encode(hashlib.sha256(key).digest()).decode()
    api = _Swap()
    servers = {
        "8000": make_server("127.0.0.1", 0, _page, threaded=True, request_handler=_Quiet),
        "8443": make_server("127.0.0.1", 0, _page, threaded=True, request_handler=_Quiet, ssl_context=context),
        "5000": make_server("127.0.0.1", 0, api, threaded=True, request_handler=_Quiet),
        "5443": make_server("127.0.0.1", 0, api, threaded=True, request_handler=_Quiet, ssl_context=context),
    }
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Sites(servers, api, pin)
    finally:
        for server in servers.values():
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="module")
def contexts(sites: Sites) -> Iterator[dict[str, Any]]:
    """Browser contexts by profile name: a fresh context (third-party cookies blocked) and a profile that allows them."""
    args = [RESOLVER, f"--ignore-certificate-errors-spki-list={sites.pin}"]
    with launch_chromium(args, third_party_cookies_profile=True) as (browser, allowing):
        yield {"no-third-party-cookies": browser, "chrome": allowing}


@dataclass(frozen=True)
class Visit:
    """What Chromium did: the cookie's fate, and who ``/me`` said was signed in."""

    outcome: CookieOutcome
    user: Any


def in_chromium(contexts: dict[str, Any], browser: str, page_origin: str, api: str) -> Visit:
    """Sign in from a page at ``page_origin`` to ``api``, then ask ``/me``; read Chromium's verdicts."""
    owner = contexts[browser]
    context = owner if browser == "chrome" else owner.new_context()
    context.clear_cookies()
    page = context.new_page()
    try:
        network = _Network(context, page, "session")
        page.goto(page_origin + "/")
        assert page.evaluate(SIGN_IN, [api + "/login", api + "/me"]) is True
        stored = any(cookie["name"] == "session" for cookie in context.cookies())
        store_reasons = network.reasons(network.blocked_set, "/login", page)
        answer = page.evaluate(WHO, [api + "/me"])
        assert isinstance(answer, dict), answer
        send_reasons = network.reasons(network.blocked_sent, "/me", page)
    finally:
        page.close()
        if browser != "chrome":
            context.close()
    user = answer["user"]
    return Visit(CookieOutcome(stored, store_reasons, user == "ada", send_reasons), user)


def _serve(sites: Sites, app: Flask) -> None:
    sites.api.app = app


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_tool_says_what_chromium_does_with_the_session_cookie(
    case: SessionCase, sites: Sites, contexts: dict[str, Any]
) -> None:
    from tests.session_cases import session_app

    page, api = sites.url(case.page), sites.url(case.api)
    _serve(sites, session_app(case, page, api))
    visit = in_chromium(contexts, case.browser, page, api)
    record("sessions", case.id, visit.outcome)
    tools = tool_verdicts(case, page, api)
    verify(compare_session(tools.outcomes, tools.users, visit.outcome, chromium_major()), case.id)


def _w021(app: Flask, browser: str) -> Any:
    found = [finding for finding in check_configuration(app, browser) if finding.code == "cors.W021"]  # type: ignore[arg-type]
    return found[0] if found else None


def test_the_recommended_fix_is_followed_from_the_first_warning_to_a_working_login(
    sites: Sites, contexts: dict[str, Any]
) -> None:
    """A cross-site SPA (https page, https API on another site) takes flask cors check's advice.

    Step 1, Flask's defaults: check warns (cors.W021, with its fix as ``Problem.fix``) and the
    sign-in does not hold in either profile. Step 2, ``Problem.fix`` applied to the config as it
    stands: check finds nothing, explain says allowed, and the user is signed in in both profiles.
    At each step every tool's verdict equals Chromium's (as for the cases of tests/session_cases.py).
    """
    from tests.session_cases import session_app

    page, api = sites.url(HTTPS_PAGE), sites.url(HTTPS_API)
    config: dict[str, Any] = {}
    steps = []
    for step in ("Flask's defaults", "the fix of cors.W021"):
        signed_in = {}
        warned = {}
        for browser in PROFILES:
            case = SessionCase(f"walkthrough-{browser}", step, HTTPS_PAGE, HTTPS_API, dict(config), browser)
            app = session_app(case, page, api)
            _serve(sites, app)
            visit = in_chromium(contexts, browser, page, api)
            tools = tool_verdicts(case, page, api)
            verify(compare_session(tools.outcomes, tools.users, visit.outcome, chromium_major()), f"{step}, {browser}")
            signed_in[browser] = visit.user
            warned[browser] = _w021(app, browser)
        steps.append((step, signed_in, {browser: warning is not None for browser, warning in warned.items()}))
        advice = warned["no-third-party-cookies"]
        if advice is not None:
            config.update(advice.problem.fix)
    assert steps == [
        (
            "Flask's defaults",
            {"no-third-party-cookies": None, "chrome": None},
            {"no-third-party-cookies": True, "chrome": True},
        ),
        (
            "the fix of cors.W021",
            {"no-third-party-cookies": "ada", "chrome": "ada"},
            {"no-third-party-cookies": False, "chrome": False},
        ),
    ]
    assert config == {
        "SESSION_COOKIE_SAMESITE": "None",
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_PARTITIONED": True,
    }


def test_the_http_cases_use_plain_http_and_the_https_cases_https() -> None:
    assert {case.page for case in CASES} == {HTTPS_PAGE, HTTP_PAGE}
    assert {case.api for case in CASES} == {HTTPS_API, HTTP_API}
