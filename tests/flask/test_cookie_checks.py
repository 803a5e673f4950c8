"""Flask's session cookie against the CORS policy: cors.W021 (flask cors check), W022 and W023 (start-up too)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, CORSWarning, cross_origin
from flask_cors._cookies import judge_cookie, session_cookie
from flask_cors.cli import cors_group
from flask_cors.testing import check_configuration

W021_DEFAULT_COOKIE = """\
Browser model: Chromium 156's rules and wording; verdicts also checked on Chromium 150

cors.W021 (warning) resource '/*'
    SESSION_COOKIE_SAMESITE=None: the session cookie 'session' has no SameSite attribute (browsers treat it as Lax) \
and is not Secure, so browsers send it only with requests from pages on the API's own site. Credentials are allowed \
for https://app.example.net (site https://example.net); SERVER_NAME is not set, so unless this app is served from \
that site, the browser sends those pages' requests without the session.
    Fix: set SESSION_COOKIE_SAMESITE="None" and SESSION_COOKIE_SECURE=True (and serve the API over https; browsers \
that block third-party cookies still refuse it unless SESSION_COOKIE_PARTITIONED=True, Flask 3.1), or serve the API \
and those pages from one site (https://example.net).

0 errors, 1 warning.
"""


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
        pytest.param({"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True}, id="samesite-none-secure"),
        pytest.param({"SERVER_NAME": "api.example.net", "PREFERRED_URL_SCHEME": "https"}, id="api-on-the-same-site"),
        pytest.param({"SESSION_COOKIE_DOMAIN": ".example.net"}, id="cookie-domain-on-the-same-site"),
        pytest.param({"SERVER_NAME": "api.example.net"}, id="https-assumed-behind-a-proxy"),
    ],
)
def test_nothing_to_report_when_the_session_cookie_can_reach_the_origins(config: dict[str, Any]) -> None:
    assert check(app_with(config, **CREDENTIALED)) == (0, "No problems found.\n")


W021_HTTP_PAGE = (
    "the session cookie 'session' has SameSite=Lax and is not Secure, so browsers send it only with requests from "
    "pages on the API's own site. Credentials are allowed for http://app.example.net (site http://example.net); this "
    "app is served from https://api.example.net (site https://example.net), so the browser sends those pages' "
    "requests without the session."
)


@pytest.mark.parametrize("scheme", [{}, {"PREFERRED_URL_SCHEME": "https"}], ids=["flask-default", "https"])
def test_an_http_page_is_on_another_site_than_the_https_api(scheme: dict[str, str]) -> None:
    """Schemeful same-site, as the cookie model judges it: http://app.example.net does not send the cookie."""
    config = {"SERVER_NAME": "api.example.net", "SESSION_COOKIE_SAMESITE": "Lax", **scheme}
    app = app_with(config, origins=["http://app.example.net"], supports_credentials=True)
    assert [(finding.code, finding.problem.message) for finding in check_configuration(app)] == [
        ("cors.W021", W021_HTTP_PAGE)
    ]
    judged = judge_cookie(session_cookie(app.config), "http://app.example.net", "https://api.example.net/")
    assert (judged.sent, judged.send.reasons) == (False, ("SchemefulSameSiteLax", "UserPreferences"))


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
        "the session cookie 'session' has no SameSite attribute (browsers treat it as Lax) and is not Secure, so "
        "browsers send it only with requests from pages on the API's own site. Credentials are allowed for "
        "http://[::1]:3000 (site http://[::1]); this app is served from https://[::1]:5000 (site https://[::1]), so "
        "the browser sends those pages' requests without the session."
    ]


def test_api_known_to_be_on_another_site() -> None:
    app = app_with({"SERVER_NAME": "api.example.com", "SESSION_COOKIE_SAMESITE": "Lax"}, **CREDENTIALED)
    [finding] = check_configuration(app)
    assert finding.problem.message == (
        "the session cookie 'session' has SameSite=Lax and is not Secure, so browsers send it only with requests "
        "from pages on the API's own site. Credentials are allowed for https://app.example.net (site "
        "https://example.net); this app is served from https://api.example.com (site https://example.com), so the "
        "browser sends those pages' requests without the session."
    )


def test_no_cookie_findings_without_credentials() -> None:
    assert check_configuration(app_with(origins=["https://app.example.net"])) == []


def test_samesite_none_without_secure_warns_at_start_up_and_in_check() -> None:
    app = Flask("w022")
    app.config["SESSION_COOKIE_SAMESITE"] = "None"
    with pytest.warns(CORSWarning) as record:
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
        "where only SameSite=None cookies go. These pages never send the session. Fix: serve those pages over "
        "https, or set SESSION_COOKIE_SAMESITE='None' with an https API.",
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
        "where only SameSite=None cookies go. These pages never send the session. Fix: serve those pages over "
        "https, or set SESSION_COOKIE_SAMESITE='None' with an https API."
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
