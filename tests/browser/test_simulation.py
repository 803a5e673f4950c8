"""flask_cors.testing against Chromium: the simulation must reach the browser's verdict, for its reason.

Each case serves an app to a page on another origin, makes the same ``fetch()`` in Chromium and
through :func:`flask_cors.testing.simulate_fetch`, and compares: allowed or blocked; when blocked,
the reason Chromium prints in its console, word for word; when allowed, the status and which headers
JavaScript can read. Half the cases use flask_cors, the others hand-written headers, to reach every
check of the browser engine (a header sent twice, ``*`` with credentials, a 401 or a redirect
answering a preflight, ...).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest

from flask import Flask, Response, abort, redirect, request
from flask_cors import CORS
from flask_cors.testing import FetchResult, simulate_fetch
from tests.browser.conftest import Probe, chromium_major, record
from tests.verdicts import FetchOutcome, compare_fetch, verify

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Probe]
BLOCKED_BY = "has been blocked by CORS policy: "
FAILED_TO_LOAD = "Failed to load resource: "
#: Added by the live server, not by the app: the test client never sees them.
SERVER_HEADERS = {"connection", "date", "server"}
#: The page origin in recorded console lines (tests/browser/recorded).
RECORDED_PAGE = "http://localhost:8000"
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def app_with(origin: str, **options: Any) -> Flask:
    """``/data`` (with two response headers to expose), ``/dir/``, ``/old`` (302 to /data), errors."""
    app = Flask("simulated")

    @app.route("/data", methods=METHODS)
    def data() -> Response:
        return Response("ok", headers={"X-Total": "3", "X-Secret": "s"})

    @app.route("/dir/", methods=METHODS)
    def directory() -> str:
        return "dir"

    @app.route("/old", methods=METHODS)
    def old() -> Response:
        return redirect("/data")  # type: ignore[return-value]

    @app.route("/loop/<int:hop>")
    def loop(hop: int) -> Response:
        return redirect(f"/loop/{hop + 1}")  # type: ignore[return-value]

    @app.route("/to/<target>")
    def to(target: str) -> Response:
        locations = {
            "credentials": f"http://user:pw@{request.host}/data",
            "ftp": "ftp://127.0.0.1/x",
            "data": "data:text/plain,hi",
        }
        return redirect(locations[target])  # type: ignore[return-value]

    @app.route("/forbidden")
    def forbidden() -> Response:
        abort(403)

    @app.route("/boom")
    def boom() -> Response:
        raise RuntimeError("unhandled")

    if options.pop("cors", True):
        CORS(app, **{key: value(origin) if callable(value) else value for key, value in options.items()})
    return app


def raw(
    actual: list[tuple[str, str]],
    preflight: list[tuple[str, str]] | None = None,
    preflight_status: int = 200,
) -> Callable[[str], Flask]:
    """An app without flask_cors whose ``/data`` sends exactly these headers (``{origin}`` filled in)."""

    def build(origin: str) -> Flask:
        app = Flask("raw")

        def fill(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
            return [(name, value.replace("{origin}", origin)) for name, value in headers]

        @app.route("/data", methods=[*METHODS, "OPTIONS"], provide_automatic_options=False)
        def data() -> Response:
            if request.method == "OPTIONS":
                return Response("", preflight_status, headers=fill(preflight or []))
            return Response("ok", headers=[*fill(actual), ("X-Total", "3")])

        @app.route("/elsewhere", methods=METHODS)
        def elsewhere() -> str:
            return "elsewhere"

        return app

    return build


ALLOW = ("Access-Control-Allow-Origin", "{origin}")
CREDENTIALS = ("Access-Control-Allow-Credentials", "true")
JSON = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Case:
    id: str
    app: Callable[[str], Flask]
    path: str = "/data"
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    credentials: bool = False
    body: str | None = None


def lib(**options: Any) -> Callable[[str], Flask]:
    return lambda origin: app_with(origin, **options)


CASES = [
    # flask_cors configurations
    Case("default-get", lib()),
    Case("default-put-json", lib(), method="PUT", headers=JSON, body="{}"),
    Case("default-text-post-needs-no-preflight", lib(), method="POST", body="hi"),
    Case("no-cors", lib(cors=False)),
    Case("no-cors-put", lib(cors=False), method="PUT"),
    Case("unlisted-origin", lib(origins=["https://elsewhere.example"])),
    Case("listed-origin-with-credentials", lib(origins=lambda o: [o], supports_credentials=True), credentials=True),
    Case("credentials-not-supported", lib(), credentials=True),
    Case("send-wildcard-with-credentials", lib(send_wildcard=True), credentials=True),
    Case("send-wildcard", lib(send_wildcard=True)),
    Case("method-refused", lib(methods=["GET", "POST"]), method="DELETE"),
    Case("lower-case-patch-refused", lib(), method="patch"),
    Case("header-refused", lib(allow_headers=["Content-Type"]), method="PUT", headers={"X-Token": "t"}),
    Case("header-allowed", lib(allow_headers=["X-Token"]), headers={"X-Token": "t"}),
    Case("authorization-with-allow-headers-star", lib(), headers={"Authorization": "Bearer t"}),
    Case("authorization-not-listed", lib(allow_headers=["X-Token"]), headers={"Authorization": "Bearer t"}),
    Case("exposed-header", lib(expose_headers=["X-Total"])),
    Case("error-404", lib(), path="/missing"),
    Case("abort-403", lib(), path="/forbidden"),
    Case("unhandled-500", lib(), path="/boom"),
    Case("same-origin-redirect", lib(), path="/old"),
    Case("strict-slash-redirect-after-preflight", lib(), path="/dir", method="PUT", headers=JSON, body="{}"),
    Case("too-many-redirects", lib(), path="/loop/0"),
    Case("redirect-with-credentials-in-url", lib(), path="/to/credentials"),
    Case("redirect-to-ftp", lib(), path="/to/ftp"),
    Case("redirect-to-data-url", lib(), path="/to/data"),
    # hand-written answers
    Case("raw-allow-origin-mismatch", raw([("Access-Control-Allow-Origin", "http://other.example")])),
    Case("raw-allow-origin-twice", raw([ALLOW, ALLOW])),
    Case("raw-allow-origin-with-spaces", raw([("Access-Control-Allow-Origin", "not an origin")])),
    Case("raw-allow-origin-not-a-url", raw([("Access-Control-Allow-Origin", "example.com")])),
    Case("raw-allow-origin-null", raw([("Access-Control-Allow-Origin", "null")])),
    Case("raw-star", raw([("Access-Control-Allow-Origin", "*")])),
    Case("raw-star-with-credentials", raw([("Access-Control-Allow-Origin", "*"), CREDENTIALS]), credentials=True),
    Case(
        "raw-credentials-capitalised",
        raw([ALLOW, ("Access-Control-Allow-Credentials", "True")]),
        credentials=True,
    ),
    Case("raw-credentials", raw([ALLOW, CREDENTIALS]), credentials=True),
    Case("raw-preflight-401-with-allow-origin", raw([ALLOW], [ALLOW], 401), method="PUT"),
    Case("raw-preflight-401-without-allow-origin", raw([ALLOW], [], 401), method="PUT"),
    Case(
        "raw-preflight-redirect",
        raw([ALLOW], [ALLOW, ("Location", "/elsewhere")], 307),
        method="PUT",
    ),
    Case("raw-method-not-listed", raw([ALLOW], [ALLOW, ("Access-Control-Allow-Methods", "GET, POST")]), method="PUT"),
    Case("raw-method-listed", raw([ALLOW], [ALLOW, ("Access-Control-Allow-Methods", "PUT")]), method="PUT"),
    Case("raw-methods-unparsable", raw([ALLOW], [ALLOW, ("Access-Control-Allow-Methods", "PUT;")]), method="PUT"),
    Case("raw-methods-star", raw([ALLOW], [ALLOW, ("Access-Control-Allow-Methods", "*")]), method="PUT"),
    Case(
        "raw-methods-star-with-credentials",
        raw([ALLOW, CREDENTIALS], [ALLOW, CREDENTIALS, ("Access-Control-Allow-Methods", "*")]),
        method="PUT",
        credentials=True,
    ),
    Case(
        "raw-header-not-listed",
        raw([ALLOW], [ALLOW, ("Access-Control-Allow-Headers", "x-other")]),
        headers={"X-Token": "t"},
    ),
    Case(
        "raw-headers-star",
        raw([ALLOW], [ALLOW, ("Access-Control-Allow-Headers", "*")]),
        headers={"X-Token": "t"},
    ),
    Case(
        "raw-headers-unparsable",
        raw([ALLOW], [ALLOW, ("Access-Control-Allow-Headers", "x-token;")]),
        headers={"X-Token": "t"},
    ),
    Case("raw-expose-star", raw([ALLOW, ("Access-Control-Expose-Headers", "*")])),
    Case(
        "raw-expose-star-with-credentials",
        raw([ALLOW, CREDENTIALS, ("Access-Control-Expose-Headers", "*")]),
        credentials=True,
    ),
]


def chromium_console(probe: Probe) -> tuple[str | None, str]:
    """Chromium's CORS console line for the failed fetch (None if it logged none) and its net error.

    Every failed fetch logs ``Failed to load resource: net::ERR_…``, after the CORS line if there
    is one; console events arrive asynchronously, so wait for it.
    """
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        failed = [line for line in probe.console if line.startswith(FAILED_TO_LOAD)]
        if failed:
            cors = [line for line in probe.console if BLOCKED_BY in line]
            return (cors[-1] if cors else None), failed[-1][len(FAILED_TO_LOAD) :]
        probe.page.wait_for_timeout(20)
    raise AssertionError(f"no failure in Chromium's console: {probe.console}")


def in_chromium(probe: Probe, case: Case) -> dict[str, Any]:
    options: dict[str, Any] = {"method": case.method, "headers": case.headers}
    options["credentials"] = "include" if case.credentials else "same-origin"
    if case.body is not None:
        options["body"] = case.body
    return probe.fetch(case.path, **options)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_simulation_reaches_chromiums_verdict(
    open_page: OpenPage, page_origin_of: Callable[[str], str], case: Case
) -> None:
    origin = page_origin_of("localhost")
    app = case.app(origin)
    probe = open_page(app)
    browser = in_chromium(probe, case)
    simulated = simulate_fetch(
        app.test_client(), case.path, origin, case.method, case.headers, case.credentials, data=case.body
    )

    seen = chromium_outcome(probe, browser, origin)
    record("fetches", case.id, seen, **replayable(simulated, origin))
    verify(compare_fetch(model_outcome(simulated, origin), seen, chromium_major()), case.id)


def replayable(simulated: FetchResult[Any], page_origin: str) -> dict[str, Any]:
    """The request and the app's answers, page origin written as :data:`RECORDED_PAGE`, so that
    tests/browser/test_recorded_outputs.py replays the browser engine on them without the app."""
    request = simulated.request
    body = request.body.decode("latin-1") if request.body is not None else None
    exchanges = [
        [exchange.request.method, exchange.request.url, exchange.status, [list(pair) for pair in exchange.headers]]
        for exchange in simulated.exchanges
    ]
    fields = {
        "request": [request.url, request.method, [list(pair) for pair in request.headers], request.credentials, body],
        "exchanges": exchanges,
    }
    return json.loads(json.dumps(fields).replace(page_origin, RECORDED_PAGE))  # type: ignore[no-any-return]


def model_outcome(simulated: FetchResult[Any], page_origin: str) -> FetchOutcome:
    """The simulation's verdict, in the terms of :class:`tests.verdicts.FetchOutcome`.

    A network error without CORS wording is reported by the simulation as its code, then words.
    """
    if simulated.allowed:
        return FetchOutcome(True, simulated.exchanges[-1].status, frozenset(simulated.readable_headers))
    net_error = simulated.reason.split(": ", 1)[0] if simulated.reason is not None else None
    line = simulated.console_message
    return FetchOutcome(False, console=line and line.replace(page_origin, RECORDED_PAGE), net_error=net_error)


def chromium_outcome(probe: Probe, browser: dict[str, Any], page_origin: str) -> FetchOutcome:
    """Chromium's verdict, with the live servers' addresses written as the test client's.

    The simulation calls the API as ``http://localhost/`` from ``page_origin``; recorded outcomes
    name the page ``http://localhost:8000`` so that they replay without a server.
    """
    if browser["ok"]:
        return FetchOutcome(True, browser["status"], frozenset(browser["headers"]) - SERVER_HEADERS)
    line, net_error = chromium_console(probe)
    if line is not None:
        line = line.replace(f"{probe.api_origin}/", "http://localhost/").replace(page_origin, RECORDED_PAGE)
    return FetchOutcome(False, console=line, net_error=net_error)


def test_authorization_under_allow_headers_star_is_where_simulation_and_chromium_part(
    open_page: OpenPage, page_origin_of: Callable[[str], str]
) -> None:
    """The one rule kept stricter than Chromium: Fetch says ``*`` never covers Authorization.

    If a Chromium release starts enforcing it, this test fails and the note in _browser.py goes.
    """
    origin = page_origin_of("localhost")
    app = raw([ALLOW], [ALLOW, ("Access-Control-Allow-Headers", "*")])(origin)
    case = Case("authorization", lambda o: app, headers={"Authorization": "Bearer t"})
    browser = in_chromium(open_page(app), case)
    simulated = simulate_fetch(app.test_client(), "/data", origin, headers=case.headers)
    assert browser["ok"] is True
    assert simulated.reason == (
        "Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response."
    )
