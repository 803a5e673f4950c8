"""Flask's session cookie against the CORS policy: cors.W021 (flask cors check), W022 and W023 (start-up too)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from flask.sessions import SessionInterface

from flask import Flask
from flask_cors import CORS, CORSWarning, InsecureConfigurationWarning, cross_origin
from flask_cors._cookies import judge_cookie
from flask_cors.cli import cors_group
from flask_cors.extension import session_cookie
from flask_cors.testing import check_configuration

MODEL = (
    "Browser model: Chromium 156's rules and wording (verdicts also checked on Chromium 150), browser "
    "'no-third-party-cookies': third-party cookies blocked, as in Safari and in Chrome's Incognito, its setting and "
    "automation"
)
FIX = (
    'set SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True and SESSION_COOKIE_PARTITIONED=True (Flask 3.1 '
    "or later) and serve the API over https: the cookie then travels in Chrome, Safari and Firefox alike, kept per "
    "page site; or serve the API and those pages from one site ({sites})."
)
W021_DEFAULT_COOKIE = f"""\
{MODEL}

cors.W021 (warning) resource '/*'
    SESSION_COOKIE_*='session; Path=/; HttpOnly': credentialed requests from https://app.example.net go without \
this session cookie: it has no SameSite attribute, which browsers treat as SameSite=Lax, and the request is \
cross-site (the page's site is https://example.net and the API's is another one); third-party cookies are blocked \
too [SchemefulSameSiteUnspecifiedTreatedAsLax, UserPreferences]. SERVER_NAME is not set, so the check takes this app \
to be on another site than these pages (served from their site, it would get the cookie).
    Fix: {FIX.format(sites="https://example.net")}

0 errors, 1 warning.
"""
#: Flask 3.1 writes SESSION_COOKIE_PARTITIONED; Flask 2.3 and 3.0 ignore it (the matrix runs all three).
PARTITIONED = hasattr(SessionInterface, "get_cookie_partitioned")


def app_with(config: dict[str, Any] | None = None, **options: Any) -> Flask:
    app = Flask("cookie_checks")
    app.config.update(config or {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CORSWarning)
        CORS(app, **options)
    return app


def check(app: Flask, *args: str) -> tuple[int, str]:
    result = app.test_cli_runner().invoke(cors_group, ["check", *args])
    return result.exit_code, result.output


CREDENTIALED = {"origins": ["https://app.example.net"], "supports_credentials": True}


def test_default_session_cookie_with_a_credentialed_origin_on_another_site_is_reported_with_the_fix() -> None:
    app = app_with(**CREDENTIALED)
    assert check(app) == (0, W021_DEFAULT_COOKIE)
    assert check(app, "--strict") == (1, W021_DEFAULT_COOKIE)


@pytest.mark.parametrize(
    "config",
    [
        pytest.param(
            {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True, "CORS_BROWSER": "chrome"},
            id="samesite-none-secure-for-chrome",
        ),
        pytest.param({"SERVER_NAME": "api.example.net", "PREFERRED_URL_SCHEME": "https"}, id="api-on-the-same-site"),
        pytest.param({"SESSION_COOKIE_DOMAIN": ".example.net"}, id="cookie-domain-on-the-same-site"),
        pytest.param({"SERVER_NAME": "api.example.net"}, id="https-assumed-behind-a-proxy"),
    ],
)
def test_nothing_to_report_when_the_session_cookie_can_reach_the_origins(config: dict[str, Any]) -> None:
    assert check(app_with(config, **CREDENTIALED)) == (0, "No problems found.\n")


def test_partitioned_session_cookie_reaches_other_sites_from_flask_3_1() -> None:
    """SameSite=None with Partitioned: Werkzeug writes Secure too, and every browser profile sends it.

    Flask 2.3 and 3.0 ignore SESSION_COOKIE_PARTITIONED: the cookie the app really writes is then
    SameSite=None without Secure, which cors.W022 reports.
    """
    app = app_with({"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_PARTITIONED": True}, **CREDENTIALED)
    if PARTITIONED:
        assert session_cookie(app).describe() == "session; Path=/; Secure; HttpOnly; SameSite=None; Partitioned"
        assert check(app) == (0, "No problems found.\n")
    else:
        assert session_cookie(app).describe() == "session; Path=/; HttpOnly; SameSite=None"
        assert [finding.code for finding in check_configuration(app)] == ["cors.W022"]


def test_samesite_none_secure_is_reported_where_third_party_cookies_are_blocked() -> None:
    app = app_with({"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True}, **CREDENTIALED)
    [finding] = check_configuration(app)
    assert (finding.code, finding.problem.message) == (
        "cors.W021",
        "credentialed requests from https://app.example.net go without this session cookie: the request is "
        "cross-site and third-party cookies are blocked, as in Safari and in Chrome's Incognito, its setting and "
        "automation; only a Partitioned cookie would go [UserPreferences]. SERVER_NAME is not set, so the check "
        "takes this app to be on another site than these pages (served from their site, it would get the cookie). "
        "Across browsers: sent by Chrome; blocked by Safari and Chrome with third-party cookies off; Partitioned "
        "makes it travel in all of them.",
    )
    assert finding.problem.fix == {
        "SESSION_COOKIE_SAMESITE": "None",
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_PARTITIONED": True,
    }
    assert check_configuration(app, "chrome") == []


W021_HTTP_PAGE = (
    "credentialed requests from http://app.example.net to an API served over https go without this session cookie: "
    "it is SameSite=Lax and the request is cross-site (the page's site is http://example.net and the API's is "
    "https://example.net); third-party cookies are blocked too [SchemefulSameSiteLax, UserPreferences]. This app is "
    "at api.example.net (SERVER_NAME); PREFERRED_URL_SCHEME is not 'https', which leaves the scheme open, so pages "
    "on plain http are judged against an http and an https API. It is sent from http://app.example.net to an API "
    "served over http."
)
W021_HTTP_PAGE_HTTPS_API = (
    "credentialed requests from http://app.example.net go without this session cookie: it is SameSite=Lax and the "
    "request is cross-site (the page's site is http://example.net and the API's is https://example.net); third-party "
    "cookies are blocked too [SchemefulSameSiteLax, UserPreferences]. This app is served from "
    "https://api.example.net (SERVER_NAME and PREFERRED_URL_SCHEME)."
)


@pytest.mark.parametrize(
    ("scheme", "message"),
    [({}, W021_HTTP_PAGE), ({"PREFERRED_URL_SCHEME": "https"}, W021_HTTP_PAGE_HTTPS_API)],
    ids=["flask-default", "https"],
)
def test_an_http_page_is_on_another_site_than_the_https_api(scheme: dict[str, str], message: str) -> None:
    """Schemeful same-site, as the cookie model judges it: http://app.example.net does not send the cookie.

    With Flask's default scheme the check says it assumes https, and what an http API would do.
    """
    config = {"SERVER_NAME": "api.example.net", "SESSION_COOKIE_SAMESITE": "Lax", **scheme}
    app = app_with(config, origins=["http://app.example.net"], supports_credentials=True)
    assert [(finding.code, finding.problem.message) for finding in check_configuration(app)] == [("cors.W021", message)]
    judged = judge_cookie(session_cookie(app), "http://app.example.net", "https://api.example.net/")
    assert (judged.sent, judged.send.reasons) == (False, ("SchemefulSameSiteLax", "UserPreferences"))


def test_a_secure_cookie_on_test_hosts_over_http_is_reported_as_chromium_refuses_it() -> None:
    """Issue 19: SameSite=None; Secure for http://app.site-a.test and an API on api.site-a.test over http.

    Chromium refuses the Secure cookie over plain http (SecureOnly; tests/session_cases.py,
    test-hosts-http-secure). Before, check said nothing, taking the API for https.
    """
    config = {"SERVER_NAME": "api.site-a.test:5000", "SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True}
    app = app_with(config, origins=["http://app.site-a.test:8000"], supports_credentials=True)
    [finding] = check_configuration(app)
    assert (finding.code, finding.problem.message, finding.problem.hint) == (
        "cors.W021",
        "credentialed requests from http://app.site-a.test:8000 to an API served over http go without this session "
        "cookie: the browser never stores it: it is Secure and http://api.site-a.test:5000/ is plain http (not "
        "localhost) [SecureOnly]. From http://app.site-a.test:8000 to an API served over https: the request is "
        "cross-site and third-party cookies are blocked, as in Safari and in Chrome's Incognito, its setting and "
        "automation; only a Partitioned cookie would go [UserPreferences]. This app is at api.site-a.test:5000 "
        "(SERVER_NAME); PREFERRED_URL_SCHEME is not 'https', which leaves the scheme open, so pages on plain http are "
        "judged against an http and an https API. Across browsers (an API over https): sent by Chrome; blocked by "
        "Safari and Chrome with third-party cookies off; Partitioned makes it travel in all of them.",
        FIX.format(sites="http://site-a.test")[:-1] + "; and a Secure cookie never travels over plain http "
        "(localhost aside): serve the API over https, or, for a plain-http set-up on one site, leave "
        "SESSION_COOKIE_SECURE unset.",
    )


@pytest.mark.parametrize(
    ("server_name", "origin"),
    [
        ("localhost:5000", "http://localhost:5173"),
        ("127.0.0.1:5000", "http://127.0.0.1:3000"),
        ("[::1]:5000", "http://[::1]:3000"),
        ("[::1]", "http://[::1]:3000"),
    ],
)
def test_a_loopback_api_is_taken_as_plain_http_like_the_development_server(server_name: str, origin: str) -> None:
    app = app_with({"SERVER_NAME": server_name}, origins=[origin], supports_credentials=True)
    assert check(app) == (0, "No problems found.\n")


def test_preferred_url_scheme_https_counts_for_a_loopback_api_too() -> None:
    config = {"SERVER_NAME": "[::1]:5000", "PREFERRED_URL_SCHEME": "https"}
    app = app_with(config, origins=["http://[::1]:3000"], supports_credentials=True)
    assert [finding.problem.message for finding in check_configuration(app)] == [
        "credentialed requests from http://[::1]:3000 go without this session cookie: it has no SameSite attribute, "
        "which browsers treat as SameSite=Lax, and the request is cross-site (the page's site is http://[::1] and the "
        "API's is https://[::1]); third-party cookies are blocked too [SchemefulSameSiteUnspecifiedTreatedAsLax, "
        "UserPreferences]. This app is served from https://[::1]:5000 (SERVER_NAME and PREFERRED_URL_SCHEME)."
    ]


def test_api_known_to_be_on_another_site() -> None:
    app = app_with({"SERVER_NAME": "api.example.com", "SESSION_COOKIE_SAMESITE": "Lax"}, **CREDENTIALED)
    [finding] = check_configuration(app)
    assert finding.problem.message == (
        "credentialed requests from https://app.example.net go without this session cookie: it is SameSite=Lax and "
        "the request is cross-site (the page's site is https://example.net and the API's is https://example.com); "
        "third-party cookies are blocked too [SchemefulSameSiteLax, UserPreferences]. This app is taken to be at "
        "https://api.example.com (SERVER_NAME), assuming https: PREFERRED_URL_SCHEME is not 'https', which apps "
        "behind an https proxy seldom change."
    )


def test_no_cookie_findings_without_credentials() -> None:
    assert check_configuration(app_with(origins=["https://app.example.net"])) == []


def test_samesite_none_without_secure_warns_at_start_up_and_in_check() -> None:
    app = Flask("w022")
    app.config["SESSION_COOKIE_SAMESITE"] = "None"
    with pytest.warns(InsecureConfigurationWarning) as record:
        CORS(app, **CREDENTIALED)
    expected = (
        "[cors.W022] SESSION_COOKIE_SAMESITE='None': the session cookie 'session' is SameSite=None without Secure "
        "(SESSION_COOKIE_SECURE is False): browsers reject it, so credentialed requests carry no session. Fix: set "
        "SESSION_COOKIE_SECURE=True and serve the API over https (http://localhost counts as secure)."
    )
    assert [str(warning.message) for warning in record] == [expected]
    assert [(finding.code, finding.where) for finding in check_configuration(app)] == [("cors.W022", "app.config")]


def test_secure_session_cookie_for_http_pages_warns_at_start_up() -> None:
    app = Flask("w023")
    app.config["SESSION_COOKIE_SECURE"] = True
    with pytest.warns(CORSWarning) as record:
        CORS(
            app,
            origins=["http://app.example.com", "http://localhost:5173", "https://app.example.com"],
            supports_credentials=True,
        )
    assert [str(warning.message) for warning in record] == [
        "[cors.W008] origins=['http://app.example.com']: with credentials, an origin over plain http can be altered "
        "by anyone on the network path, who then reads your users' data from this API, whose other origins use "
        "https. Fix: serve those sites over https and list ['https://app.example.com'].",
        "[cors.W023] SESSION_COOKIE_SECURE=True: credentials are allowed for pages served over plain http "
        "(http://app.example.com), but the session cookie 'session' is Secure and not SameSite=None: over http the "
        "API cannot keep a Secure cookie, and over https it is on another site than an http page (schemes count), "
        "where only SameSite=None cookies go (and, where third-party cookies are blocked, only Partitioned ones). "
        "These pages never send the session. Fix: serve those pages over https, or set "
        "SESSION_COOKIE_SAMESITE='None' and SESSION_COOKIE_PARTITIONED=True with an https API.",
    ]
    assert [finding.code for finding in check_configuration(app)] == ["cors.W008", "cors.W021", "cors.W023"]


def test_only_real_loopback_origins_escape_w023() -> None:
    """Regression: a host that merely starts with "127." is a remote host over plain http."""
    app = Flask("w023-loopback")
    app.config["SESSION_COOKIE_SECURE"] = True
    with pytest.warns(CORSWarning) as record:
        CORS(
            app,
            origins=["http://127.evil.example", "http://127.0.0.1:5000", "http://[::1]:3000", "http://api.localhost"],
            supports_credentials=True,
        )
    assert [str(warning.message) for warning in record] == [
        "[cors.W023] SESSION_COOKIE_SECURE=True: credentials are allowed for pages served over plain http "
        "(http://127.evil.example), but the session cookie 'session' is Secure and not SameSite=None: over http the "
        "API cannot keep a Secure cookie, and over https it is on another site than an http page (schemes count), "
        "where only SameSite=None cookies go (and, where third-party cookies are blocked, only Partitioned ones). "
        "These pages never send the session. Fix: serve those pages over https, or set "
        "SESSION_COOKIE_SAMESITE='None' and SESSION_COOKIE_PARTITIONED=True with an https API."
    ]


def test_decorated_views_are_checked_too() -> None:
    app = Flask("decorated")

    @app.route("/me")
    @cross_origin(origins=["https://app.example.net"], supports_credentials=True)
    def me() -> str:
        return "me"

    assert [(finding.code, finding.where) for finding in check_configuration(app)] == [
        ("cors.W021", "@cross_origin view 'me'")
    ]


def _doc_console(command: str) -> tuple[str, int]:
    """The output docs/cli.md shows for ``$ command``, and the exit status it shows after it."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    output, status = text.split(f"$ {command}\n", 1)[1].split("$ echo $?\n", 1)
    return output, int(status.split("\n", 1)[0])


def test_docs_show_the_check_and_explain_outputs_of_their_example_app() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    source = text.split("## `flask cors explain`")[0].split("```python\n")[-1].split("```")[0]
    namespace: dict[str, Any] = {"__name__": "api"}
    exec(compile(source, "<docs/cli.md>", "exec"), namespace)
    app: Flask = namespace["app"]
    runner = app.test_cli_runner()
    checked = runner.invoke(cors_group, ["check"])
    assert (checked.output, checked.exit_code) == _doc_console("flask --app api cors check")
    assert checked.output == W021_DEFAULT_COOKIE
    explained = runner.invoke(cors_group, ["explain", "/me", "--origin", "https://app.example.net", "--credentials"])
    assert (explained.output, explained.exit_code) == _doc_console(
        "flask --app api cors explain /me --origin https://app.example.net --credentials"
    )


def test_cors_browser_names_the_profile_for_every_tool_and_a_wrong_one_warns() -> None:
    app = Flask("w024")
    app.config.update(CORS_BROWSER="firefox", SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True)
    with pytest.warns(CORSWarning) as record:
        CORS(app, **CREDENTIALED)
    assert [str(warning.message) for warning in record] == [
        "[cors.W024] CORS_BROWSER='firefox': is not a browser profile; the cookie verdicts assume "
        "'no-third-party-cookies'. Fix: one of 'no-third-party-cookies', 'chrome'."
    ]
    assert [finding.code for finding in check_configuration(app)] == ["cors.W024", "cors.W021"]
    app.config["CORS_BROWSER"] = "chrome"
    assert check_configuration(app) == []
    assert check(app, "--browser", "no-third-party-cookies")[1].splitlines()[2] == "cors.W021 (warning) resource '/*'"
