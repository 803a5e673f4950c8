"""Flask's session cookie across sites: one case per row of issue 19's table, and what each tool says.

A page signs in to a Flask API with a credentialed ``fetch()`` (``POST /login`` puts a user in the
session), then asks ``GET /me`` with ``credentials: 'include'``. Each case is one
``SESSION_COOKIE_*`` configuration on one pair of origins, judged under each browser profile
(:mod:`flask_cors._profiles`). ``tests/browser/test_session_cookies.py`` plays it in Chromium; the
tools must reach Chromium's verdict (the cookie stored by the sign-in or not, sent with ``/me`` or
not) and its reason codes, in the running version's words:

* the testing helpers (``simulate_fetch`` of the sign-in, then of ``/me`` by path and by URL: the
  view sees the user exactly when Chromium's request carried the cookie);
* ``flask cors explain`` (``--login-path /login``, by path and by URL, and by path with the session
  cookie read from the config);
* ``flask cors check`` (``cors.W022`` for a cookie browsers reject, else ``cors.W021``'s verdict for
  the scheme the API is served with).

``tests/browser/test_recorded_outputs.py`` replays the recorded Chromium outcomes through the same
comparison, without a browser. Host names under ``.test`` reach 127.0.0.1; https uses a local
certificate the browser tests make (``trustme``) and Chromium trusts by its key. Ports 8000/8443
stand for the page's http/https servers and 5000/5443 for the API's.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, session
from flask_cors import CORS, CORSWarning
from flask_cors._cookies import session_verdicts
from flask_cors._profiles import PROFILES, BrowserProfile
from flask_cors.cli import cors_group
from flask_cors.testing import assert_cors_allowed, check_configuration, session_cookie, simulate_fetch
from tests.verdicts import CookieOutcome

#: The page and API origins of the cases: https across two sites, http within one.
HTTPS_PAGE = "https://app.site-a.test:8443"
HTTPS_API = "https://api.site-b.test:5443"
HTTP_PAGE = "http://app.site-a.test:8000"
HTTP_API = "http://api.site-a.test:5000"


@dataclass(frozen=True)
class SessionCase:
    """One ``SESSION_COOKIE_*`` configuration, the page's origin and the API's, under one browser profile."""

    id: str
    rule: str
    page: str
    api: str
    config: dict[str, Any] = field(default_factory=dict)
    browser: str = "no-third-party-cookies"

    @property
    def profile(self) -> BrowserProfile:
        return PROFILES[self.browser]


_ROWS = (
    ("default-cookie", "Flask's default session cookie (no SameSite, so Lax) stays home.", HTTPS_PAGE, HTTPS_API, {}),
    ("samesite-lax", "SameSite=Lax stays home too.", HTTPS_PAGE, HTTPS_API, {"SESSION_COOKIE_SAMESITE": "Lax"}),
    (
        "none-without-secure",
        "SameSite=None without Secure is rejected by every browser profile.",
        HTTPS_PAGE,
        HTTPS_API,
        {"SESSION_COOKIE_SAMESITE": "None"},
    ),
    (
        "none-secure",
        "SameSite=None; Secure goes where third-party cookies are allowed, and only there.",
        HTTPS_PAGE,
        HTTPS_API,
        {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True},
    ),
    (
        "none-partitioned",
        "SameSite=None with Partitioned: Werkzeug adds Secure, and the cookie goes in every profile.",
        HTTPS_PAGE,
        HTTPS_API,
        {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_PARTITIONED": True},
    ),
    (
        "secure-only",
        "Secure alone leaves SameSite at Lax: it stays home.",
        HTTPS_PAGE,
        HTTPS_API,
        {"SESSION_COOKIE_SECURE": True},
    ),
    ("same-site-http", "Two hosts of one site over plain http share Flask's default cookie.", HTTP_PAGE, HTTP_API, {}),
    (
        "test-hosts-http-secure",
        "Over plain http on .test hosts, a Secure cookie (the cross-site advice) is refused.",
        HTTP_PAGE,
        HTTP_API,
        {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True},
    ),
)

CASES = tuple(
    SessionCase(f"{row[0]}-{browser}", row[1], row[2], row[3], row[4], browser)
    for row in _ROWS
    for browser in ("no-third-party-cookies", "chrome")
)


def session_app(case: SessionCase, page: str, api: str) -> Flask:
    """The API of ``case``: a session sign-in and a ``/me`` that says who is signed in.

    ``SERVER_NAME`` and ``PREFERRED_URL_SCHEME`` say where it is served, as a deployed app's
    config would, so a bare path reaches the real API.
    """
    app = Flask(f"session_{case.id.replace('-', '_')}")
    parts = urlsplit(api)
    app.config.update(SECRET_KEY="not a secret", SERVER_NAME=parts.netloc, PREFERRED_URL_SCHEME=parts.scheme)
    app.config.update(case.config)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CORSWarning)  # cors.W022 for the rejected cookie: judged by check below
        CORS(app, origins=[page], supports_credentials=True)

    @app.post("/login")
    def login() -> dict[str, str]:
        session["user"] = "ada"
        return {"user": "ada"}

    @app.get("/me")
    def me() -> dict[str, Any]:
        return {"user": session.get("user")}

    return app


@dataclass(frozen=True)
class ToolVerdicts:
    """What each tool says about one case: a :class:`CookieOutcome` per tool, by name."""

    outcomes: dict[str, CookieOutcome]
    #: The testing helpers' ``/me`` answers (by path, by URL): the user the view saw, or None.
    users: tuple[Any, ...]


def _helpers(app: Flask, case: SessionCase, page: str, target: str) -> tuple[CookieOutcome, Any]:
    client = app.test_client()
    login = simulate_fetch(client, "/login", page, "POST", credentials=True, browser=case.profile)
    assert login.allowed, login.verdict
    [stored] = [judged for judged in login.set_cookies if judged.cookie.name == "session"]
    me = simulate_fetch(client, target, page, credentials=True, browser=case.profile)
    assert me.allowed, me.verdict
    sent = [judged for judged in me.cookies if judged.cookie.name == "session"]
    judged = sent[0] if sent else None
    outcome = CookieOutcome(
        stored.stored,
        stored.store.reasons,
        judged is not None and judged.sent,
        judged.send.reasons if judged is not None and stored.stored else (),
    )
    # The assertion helper agrees: it passes exactly when the cookie travels.
    try:
        assert_cors_allowed(client, target, page, credentials=True, browser=case.profile)
    except AssertionError as error:
        assert not outcome.sent, str(error)
    else:
        assert outcome.sent, "assert_cors_allowed passed, but no cookie travels"
    return outcome, me.response.json["user"] if me.response is not None else None  # type: ignore[index]


def _explain(app: Flask, case: SessionCase, page: str, target: str, login: bool) -> CookieOutcome:
    args = ["explain", target, "--origin", page, "--credentials", "--browser", case.browser, "--json"]
    if login:
        args += ["--login-path", "/login"]
    result = app.test_cli_runner().invoke(cors_group, args)
    report = json.loads(result.output)
    [cookie] = report["cookies"]
    source = report["login"]["set_cookies"][0] if login else cookie  # the sign-in's Set-Cookie, or the held cookie
    stored, store_reasons = source["stored"], tuple(source["store_chromium_reasons"])
    expected_exit = 0 if cookie["ok"] else (4 if login and not stored else 3)
    assert result.exit_code == expected_exit, (result.exit_code, report["verdict"])
    return CookieOutcome(stored, store_reasons, cookie["ok"], tuple(cookie["chromium_reasons"]) if stored else ())


def _check(app: Flask, case: SessionCase, page: str, api: str) -> CookieOutcome:
    codes = [finding.code for finding in check_configuration(app, case.browser)]  # type: ignore[arg-type]
    verdicts = session_verdicts(session_cookie(app), app.config, [page], case.profile)
    [served] = [verdict for verdict in verdicts if verdict.scheme == urlsplit(api).scheme]
    judged = served.judged
    if "cors.W022" in codes:
        # "browsers reject it", whatever the sites and the profile; cors.W021 then stays silent,
        # and the codes are the cookie model's (check prints none for cors.W022).
        assert "cors.W021" not in codes
        return CookieOutcome(False, judged.store.reasons, False, ())
    assert ("cors.W021" in codes) is not all(verdict.judged.sent for verdict in verdicts), codes
    return CookieOutcome(judged.stored, judged.store.reasons, judged.sent, judged.send.reasons if judged.stored else ())


def tool_verdicts(case: SessionCase, page: str, api: str) -> ToolVerdicts:
    """Every tool's verdict on ``case``, the page at ``page`` and the API at ``api`` (real origins)."""
    app = session_app(case, page, api)
    by_path, user_by_path = _helpers(app, case, page, "/me")
    by_url, user_by_url = _helpers(app, case, page, api + "/me")
    outcomes = {
        "testing helpers, path": by_path,
        "testing helpers, URL": by_url,
        "explain, path, --login-path": _explain(app, case, page, "/me", login=True),
        "explain, URL, --login-path": _explain(app, case, page, api + "/me", login=True),
        "explain, path, session cookie from the config": _explain(app, case, page, "/me", login=False),
        "check": _check(app, case, page, api),
    }
    return ToolVerdicts(outcomes, (user_by_path, user_by_url))
