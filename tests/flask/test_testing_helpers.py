"""flask_cors.testing and the browser engine under it (flask_cors._browser).

The engine tables replay answers whose verdicts and reasons were recorded from Chromium 156 (same
responses, real ``fetch()``, console messages); the one deliberate difference is marked: the Fetch
standard's rule that ``Access-Control-Allow-Headers: *`` does not cover ``Authorization``.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import pytest
from werkzeug.test import Client

from flask import Blueprint, Flask, Response, abort, redirect, request
from flask_cors import CORS, InsecureConfigurationWarning, cross_origin
from flask_cors._browser import FetchResult, Outgoing, prepare_request, simulate
from flask_cors.testing import (
    Finding,
    assert_cookies_sent,
    assert_cors_allowed,
    assert_cors_blocked,
    browser_for,
    check_configuration,
    policy_decision,
    route_policies,
    route_policy,
    simulate_fetch,
)
from tests.chromium import (
    BROWSER_MODEL,
    MISSING,
    PREFLIGHT,
    VALID,
    WILDCARD,
    bad_credentials,
    header_not_allowed,
    method_not_allowed,
    mismatch,
)
from tests.helpers import CROSS_SITE_SESSION

ORIGIN = "https://app.example"
SAME_SITE_API = "https://api.app.example"
URL = "https://api.example/items"
ACAO = "Access-Control-Allow-Origin"
ACAC = "Access-Control-Allow-Credentials"
ACAM = "Access-Control-Allow-Methods"
ACAH = "Access-Control-Allow-Headers"
ACEH = "Access-Control-Expose-Headers"

Canned = tuple[int, tuple[tuple[str, str], ...]]
OK_PREFLIGHT: Canned = (200, ((ACAO, ORIGIN), (ACAM, "PUT")))


def replay(preflight: Optional[Canned], actual: Canned, **fetch: Any) -> FetchResult[None]:
    """Simulate against canned answers: one for preflights, one for the request."""

    def send(outgoing: Outgoing) -> tuple[int, tuple[tuple[str, str], ...], None]:
        answer = preflight if outgoing.preflight else actual
        assert answer is not None, "a preflight was sent but none was expected"
        return answer[0], answer[1], None

    return simulate(prepare_request(URL, ORIGIN, **fetch), send)


# (fetch options, preflight answer, answer, expected reason or None for allowed)
CORS_CHECK_TABLE = [
    pytest.param({}, None, (200, ()), MISSING, id="no-allow-origin"),
    pytest.param({}, None, (200, ((ACAO, "*"),)), None, id="wildcard"),
    pytest.param({}, None, (200, ((ACAO, ORIGIN),)), None, id="exact-origin"),
    pytest.param({}, None, (200, ((ACAO, "HTTPS://APP.EXAMPLE"),)), mismatch("HTTPS://APP.EXAMPLE"), id="case-differs"),
    pytest.param({}, None, (200, ((ACAO, ORIGIN + "/"),)), mismatch(ORIGIN + "/"), id="trailing-slash"),
    pytest.param({}, None, (200, ((ACAO, "null"),)), mismatch("null"), id="null"),
    pytest.param(
        {},
        None,
        (200, ((ACAO, "https://a.example"), (ACAO, ORIGIN))),
        f"The 'Access-Control-Allow-Origin' header contains multiple values 'https://a.example, {ORIGIN}', "
        f"but only one is allowed.{VALID}",
        id="two-fields",
    ),
    pytest.param(
        {},
        None,
        (200, ((ACAO, "https://a.example https://b.example"),)),
        "The 'Access-Control-Allow-Origin' header contains multiple values 'https://a.example https://b.example', "
        f"but only one is allowed.{VALID}",
        id="space-separated-list",
    ),
    pytest.param(
        {},
        None,
        (200, ((ACAO, "a.example"),)),
        f"The 'Access-Control-Allow-Origin' header contains the invalid value 'a.example'.{VALID}",
        id="not-a-url",
    ),
    pytest.param({}, None, (500, ((ACAO, "*"),)), None, id="error-status-is-readable"),
    pytest.param({}, None, (500, ()), MISSING, id="error-status-without-headers"),
    pytest.param({"credentials": True}, None, (200, ((ACAO, "*"),)), WILDCARD, id="credentials-wildcard"),
    pytest.param({"credentials": True}, None, (200, ((ACAO, ORIGIN),)), bad_credentials(""), id="credentials-no-acac"),
    pytest.param(
        {"credentials": True},
        None,
        (200, ((ACAO, ORIGIN), (ACAC, "True"))),
        bad_credentials("True"),
        id="acac-True",
    ),
    pytest.param(
        {"credentials": True},
        None,
        (200, ((ACAO, ORIGIN), (ACAC, "true"), (ACAC, "true"))),
        bad_credentials("true, true"),
        id="acac-twice",
    ),
    pytest.param({"credentials": True}, None, (200, ((ACAO, ORIGIN), (ACAC, "true"))), None, id="credentials-ok"),
]

PREFLIGHT_TABLE = [
    pytest.param({"method": "PUT"}, (200, ()), (200, ()), PREFLIGHT + MISSING, id="no-allow-origin"),
    pytest.param(
        {"method": "PUT"}, (401, ((ACAO, ORIGIN),)), None, PREFLIGHT + "It does not have HTTP ok status.", id="401"
    ),
    pytest.param({"method": "PUT"}, (401, ()), None, PREFLIGHT + MISSING, id="401-without-headers"),
    pytest.param({"method": "PUT"}, (204, ((ACAO, ORIGIN), (ACAM, "PUT"))), (200, ((ACAO, ORIGIN),)), None, id="204"),
    pytest.param(
        {"method": "PUT"},
        (302, (("Location", "/login"),)),
        None,
        PREFLIGHT + "Redirect is not allowed for a preflight request.",
        id="redirect",
    ),
    pytest.param(
        {"method": "PUT"},
        (200, ((ACAO, "https://a.example"),)),
        None,
        PREFLIGHT + mismatch("https://a.example"),
        id="other-origin",
    ),
    pytest.param(
        {"method": "PUT", "credentials": True},
        (200, ((ACAO, "*"), (ACAM, "PUT"))),
        None,
        PREFLIGHT + WILDCARD,
        id="cred-star",
    ),
    pytest.param(
        {"method": "PUT", "credentials": True},
        OK_PREFLIGHT,
        None,
        PREFLIGHT + bad_credentials(""),
        id="credentials-without-acac",
    ),
    pytest.param(
        {"method": "PUT"}, (200, ((ACAO, ORIGIN), (ACAM, "GET, POST"))), None, method_not_allowed("PUT"), id="method"
    ),
    pytest.param(
        {"method": "PUT"}, (200, ((ACAO, ORIGIN), (ACAM, "put"))), None, method_not_allowed("PUT"), id="method-case"
    ),
    pytest.param(
        {"method": "patch"},
        (200, ((ACAO, ORIGIN), (ACAM, "PATCH"))),
        None,
        method_not_allowed("patch"),
        id="lowercase-patch",
    ),
    pytest.param(
        {"method": "patch"},
        (200, ((ACAO, ORIGIN), (ACAM, "patch"))),
        (200, ((ACAO, ORIGIN),)),
        None,
        id="lowercase-patch-listed",
    ),
    pytest.param(
        {"method": "DELETE", "headers": {"X-A": "1"}},
        (200, ((ACAO, "*"), (ACAM, "*"), (ACAH, "*"))),
        (200, ((ACAO, "*"),)),
        None,
        id="stars-without-credentials",
    ),
    pytest.param(
        {"method": "PUT", "credentials": True},
        (200, ((ACAO, ORIGIN), (ACAC, "true"), (ACAM, "*"))),
        None,
        method_not_allowed("PUT"),
        id="method-star-with-credentials",
    ),
    pytest.param(
        {"headers": {"X-A": "1"}, "credentials": True},
        (200, ((ACAO, ORIGIN), (ACAC, "true"), (ACAH, "*"))),
        None,
        header_not_allowed("x-a"),
        id="header-star-with-credentials",
    ),
    pytest.param(
        {"method": "PUT", "headers": {"X-Token": "1", "X-Abc": "2"}},
        OK_PREFLIGHT,
        None,
        header_not_allowed("x-abc"),
        id="first-header-in-sorted-order",
    ),
    pytest.param(
        {"method": "POST", "headers": {"Content-Type": "application/json"}},
        (200, ((ACAO, "*"),)),
        None,
        header_not_allowed("content-type"),
        id="json-content-type",
    ),
    pytest.param(
        {"headers": {"Authorization": "Bearer x"}},
        (200, ((ACAO, ORIGIN), (ACAH, "*"))),
        None,
        header_not_allowed("authorization"),
        id="authorization-not-covered-by-star-differs-from-chromium-156",
    ),
    pytest.param(
        {"headers": {"Authorization": "Bearer x"}},
        (200, ((ACAO, ORIGIN), (ACAH, "*, Authorization"))),
        (200, ((ACAO, ORIGIN),)),
        None,
        id="authorization-listed",
    ),
    pytest.param(
        {"method": "PUT"},
        (200, ((ACAO, ORIGIN), (ACAM, "GET PUT"))),
        None,
        "Cannot parse Access-Control-Allow-Methods response header field in preflight response.",
        id="unparsable-methods",
    ),
    pytest.param(
        {"method": "PUT", "headers": {"X-A": "1"}},
        (200, ((ACAO, ORIGIN), (ACAM, "PUT"), (ACAH, "x-a x-b"))),
        None,
        "Cannot parse Access-Control-Allow-Headers response header field in preflight response.",
        id="unparsable-headers",
    ),
    pytest.param(
        {"method": "PUT"},
        (200, ((ACAO, ORIGIN), (ACAM, "GET,,PUT,"))),
        (200, ((ACAO, ORIGIN),)),
        None,
        id="empty-list-items",
    ),
    pytest.param(
        {"method": "PUT"},
        (200, ((ACAO, ORIGIN), (ACAM, "GET"), (ACAM, "PUT"))),
        (200, ((ACAO, ORIGIN),)),
        None,
        id="two-allow-methods-fields",
    ),
    pytest.param({"method": "PUT"}, OK_PREFLIGHT, (200, ()), MISSING, id="preflight-ok-request-refused"),
]


@pytest.mark.parametrize(("fetch", "preflight", "actual", "reason"), CORS_CHECK_TABLE + PREFLIGHT_TABLE)
def test_browser_verdict(fetch: dict[str, Any], preflight: Canned, actual: Canned, reason: str | None) -> None:
    result = replay(preflight, actual, **fetch)
    assert (result.allowed, result.reason) == (reason is None, reason)
    assert result.blocked is (reason is not None)
    assert result.verdict == ("allowed" if reason is None else f"blocked: {reason}")
    if reason is not None:
        assert result.console_message == (
            f"Access to fetch at '{URL}' from origin '{ORIGIN}' has been blocked by CORS policy: {reason}"
        )


@pytest.mark.parametrize(
    ("headers", "unsafe"),
    [
        pytest.param({"Accept": "application/json, text/*;q=0.5"}, (), id="accept"),
        pytest.param({"Accept": "a(b"}, ("accept",), id="accept-unsafe-byte"),
        pytest.param({"Accept": "a" * 129}, ("accept",), id="accept-too-long"),
        pytest.param({"Accept-Language": "en-US,fr;q=0.5"}, (), id="accept-language"),
        pytest.param({"Accept-Language": "en_US"}, ("accept-language",), id="accept-language-underscore"),
        pytest.param({"Content-Language": "de"}, (), id="content-language"),
        pytest.param({"Content-Type": "text/plain;charset=UTF-8"}, (), id="text-plain"),
        pytest.param({"Content-Type": "TEXT/PLAIN"}, (), id="text-plain-upper-case"),
        pytest.param({"Content-Type": "multipart/form-data; boundary=x"}, (), id="multipart"),
        pytest.param({"Content-Type": "application/x-www-form-urlencoded"}, (), id="form"),
        pytest.param({"Content-Type": "application/json"}, ("content-type",), id="json"),
        pytest.param({"Content-Type": 'text/plain; a="b"'}, ("content-type",), id="quote-in-content-type"),
        pytest.param({"Content-Type": "text"}, ("content-type",), id="not-a-mime-type"),
        pytest.param({"Range": "bytes=0-10"}, (), id="range"),
        pytest.param({"Range": "bytes=5-"}, (), id="range-open-end"),
        pytest.param({"Range": "bytes=-5"}, ("range",), id="range-suffix"),
        pytest.param({"Range": "bytes=10-5"}, ("range",), id="range-reversed"),
        pytest.param({"Range": "bytes=0-1,3-4"}, ("range",), id="range-multiple"),
        pytest.param({"X-Token": "1", "Content-Type": "application/json"}, ("content-type", "x-token"), id="sorted"),
        pytest.param([("Accept-Language", "a" * 128)] * 9, ("accept-language",), id="past-1024-bytes"),
    ],
)
def test_cors_unsafe_request_header_names(headers: Any, unsafe: tuple[str, ...]) -> None:
    request = prepare_request(URL, ORIGIN, headers=headers)
    assert request.unsafe_header_names == unsafe
    assert request.needs_preflight is bool(unsafe)


def test_preflight_reasons_name_the_method_and_each_header() -> None:
    request = prepare_request(
        URL, ORIGIN, "PUT", {"X-Token": "1", "Content-Type": "application/json", "Accept": "a" * 129}
    )
    assert request.preflight_reasons == (
        "method PUT is not CORS-safelisted",
        "request header accept has a value longer than 128 bytes",
        "request header content-type has a value that is not CORS-safelisted ('application/json')",
        "request header x-token is not CORS-safelisted",
    )


def test_safelisted_values_past_1024_bytes_say_so() -> None:
    request = prepare_request(URL, ORIGIN, headers=[("Accept-Language", "a" * 128)] * 9)
    assert request.preflight_reasons == (
        "request header accept-language takes safelisted values past 1024 bytes in total",
    )


@pytest.mark.parametrize(
    ("method", "sent"),
    [
        ("get", "GET"),
        ("put", "PUT"),
        ("Delete", "DELETE"),
        ("options", "OPTIONS"),
        ("patch", "patch"),
        ("PATCH", "PATCH"),
    ],
)
def test_methods_are_normalised_like_fetch(method: str, sent: str) -> None:
    assert prepare_request(URL, ORIGIN, method).method == sent


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(
            {"origin": "https://app.example/"},
            "'https://app.example/' is not an origin a browser sends: expected scheme://host[:port] "
            "(no path, no trailing slash) or 'null'.",
            id="origin-with-slash",
        ),
        pytest.param(
            {"method": "CONNECT"}, "'CONNECT' HTTP method is unsupported: browsers refuse to send it.", id="connect"
        ),
        pytest.param(
            {"method": "trace"}, "'trace' HTTP method is unsupported: browsers refuse to send it.", id="trace"
        ),
        pytest.param({"method": "GET X"}, "'GET X' is not a valid HTTP method.", id="method-with-space"),
        pytest.param({"headers": {"X Token": "1"}}, "'X Token' is not a valid HTTP header name.", id="header-name"),
        pytest.param(
            {"headers": {"X-Token": "a\nb"}}, "'a\\nb' is not a valid value for header X-Token.", id="newline"
        ),
        pytest.param(
            {"headers": {"Cookie": "sid=1"}},
            "a page cannot set the Cookie header (a forbidden request header): browsers drop it. "
            "Use credentials=True to send cookies.",
            id="cookie",
        ),
        pytest.param(
            {"headers": {"Sec-Fetch-Mode": "cors"}},
            "a page cannot set the Sec-Fetch-Mode header (a forbidden request header): browsers drop it. "
            "Use credentials=True to send cookies.",
            id="sec-prefix",
        ),
        pytest.param(
            {"headers": {"X-HTTP-Method-Override": "TRACE"}},
            "a page cannot set the X-HTTP-Method-Override header (a forbidden request header): browsers drop it. "
            "Use credentials=True to send cookies.",
            id="override-to-forbidden-method",
        ),
        pytest.param(
            {"method": "HEAD", "body": b"x"}, "Request with GET/HEAD method cannot have body.", id="body-with-head"
        ),
    ],
)
def test_fetch_arguments_a_browser_refuses(arguments: dict[str, Any], message: str) -> None:
    origin = arguments.pop("origin", ORIGIN)
    with pytest.raises(ValueError) as caught:
        prepare_request(URL, origin, **arguments)
    assert str(caught.value) == message


def test_method_override_to_an_allowed_method_is_an_ordinary_header() -> None:
    request = prepare_request(URL, ORIGIN, headers={"X-HTTP-Method-Override": "PUT"})
    assert request.unsafe_header_names == ("x-http-method-override",)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"X-Token": "1", "Accept": "*/*"}, id="mapping"),
        pytest.param([("X-Token", "1"), ("Accept", "*/*")], id="pairs"),
        pytest.param(["X-Token: 1", "Accept:*/*"], id="strings"),
    ],
)
def test_headers_can_be_given_in_three_shapes(headers: Any) -> None:
    assert prepare_request(URL, ORIGIN, headers=headers).headers == (("X-Token", "1"), ("Accept", "*/*"))


def test_a_header_name_alone_has_an_empty_value() -> None:
    assert prepare_request(URL, ORIGIN, headers=["X-Token"]).headers == (("X-Token", ""),)


@pytest.mark.parametrize(
    ("headers", "credentials", "readable"),
    [
        pytest.param(
            ((ACAO, "*"), ("Content-Type", "text/plain"), ("X-Secret", "1"), ("Cache-Control", "no-store")),
            False,
            {"cache-control": "no-store", "content-type": "text/plain"},
            id="safelisted-only",
        ),
        pytest.param(
            ((ACAO, "*"), (ACEH, "X-A, x-b"), ("X-A", "1"), ("X-B", "2"), ("X-C", "3")),
            False,
            {"x-a": "1", "x-b": "2"},
            id="exposed-case-insensitively",
        ),
        pytest.param(
            ((ACAO, "*"), (ACEH, "*"), ("X-A", "1"), ("Set-Cookie", "a=b")),
            False,
            {"access-control-allow-origin": "*", "access-control-expose-headers": "*", "x-a": "1"},
            id="star-exposes-all-but-set-cookie",
        ),
        pytest.param(
            ((ACAO, ORIGIN), (ACAC, "true"), (ACEH, "*, X-B"), ("X-A", "1"), ("X-B", "2")),
            True,
            {"x-b": "2"},
            id="star-is-a-name-with-credentials",
        ),
        pytest.param(
            ((ACAO, "*"), (ACEH, "X-A"), ("X-A", "1"), ("x-a", "2")),
            False,
            {"x-a": "1, 2"},
            id="repeated-fields-joined",
        ),
        pytest.param(
            ((ACAO, "*"), (ACEH, "X A"), ("X-A", "1"), ("Content-Length", "0")),
            False,
            {"content-length": "0"},
            id="unparsable-expose-list",
        ),
    ],
)
def test_readable_headers(headers: tuple[tuple[str, str], ...], credentials: bool, readable: dict[str, str]) -> None:
    result = replay(None, (200, headers), credentials=credentials)
    assert result.allowed
    assert dict(result.readable_headers) == readable


class TestRedirects:
    @staticmethod
    def run(answers: dict[str, Canned], **fetch: Any) -> FetchResult[None]:
        sent: list[str] = []

        def send(outgoing: Outgoing) -> tuple[int, tuple[tuple[str, str], ...], None]:
            key = f"{'OPTIONS' if outgoing.preflight else outgoing.method} {outgoing.url}"
            sent.append(key)
            return answers[key][0], answers[key][1], None

        return simulate(prepare_request(URL, ORIGIN, **fetch), send)

    def test_post_becomes_get_after_302_and_drops_body_headers(self) -> None:
        result = self.run(
            {
                f"POST {URL}": (302, ((ACAO, "*"), ("Location", "/next"))),
                "GET https://api.example/next": (200, ((ACAO, "*"),)),
            },
            method="POST",
            headers={"Content-Type": "text/plain", "Accept": "text/plain"},
            body=b"x",
        )
        assert result.allowed
        assert [(e.request.method, e.request.url, e.request.headers, e.request.body) for e in result.exchanges] == [
            ("POST", URL, (("Origin", ORIGIN), ("Content-Type", "text/plain"), ("Accept", "text/plain")), b"x"),
            ("GET", "https://api.example/next", (("Origin", ORIGIN), ("Accept", "text/plain")), None),
        ]

    def test_put_keeps_its_method_after_307_and_is_preflighted_again(self) -> None:
        result = self.run(
            {
                f"OPTIONS {URL}": OK_PREFLIGHT,
                f"PUT {URL}": (307, ((ACAO, ORIGIN), ("Location", "https://api.example/v2"))),
                "OPTIONS https://api.example/v2": (200, ()),
            },
            method="PUT",
        )
        assert [(e.request.method, e.request.url) for e in result.exchanges] == [
            ("OPTIONS", URL),
            ("PUT", URL),
            ("OPTIONS", "https://api.example/v2"),
        ]
        assert result.reason == PREFLIGHT + MISSING
        assert result.console_message == (
            f"Access to fetch at 'https://api.example/v2' (redirected from '{URL}') from origin '{ORIGIN}' "
            f"has been blocked by CORS policy: {PREFLIGHT + MISSING}"
        )

    def test_a_303_turns_put_into_get(self) -> None:
        result = self.run(
            {
                f"OPTIONS {URL}": OK_PREFLIGHT,
                f"PUT {URL}": (303, ((ACAO, ORIGIN), ("Location", "/done"))),
                "GET https://api.example/done": (200, ((ACAO, ORIGIN),)),
            },
            method="PUT",
        )
        assert result.allowed
        assert [e.request.method for e in result.exchanges] == ["OPTIONS", "PUT", "GET"]

    def test_the_redirect_response_itself_needs_cors_headers(self) -> None:
        result = self.run({f"GET {URL}": (302, (("Location", "/next"),))})
        assert (result.reason, len(result.exchanges)) == (MISSING, 1)

    def test_a_redirect_to_another_origin_is_not_simulated(self) -> None:
        result = self.run({f"GET {URL}": (302, ((ACAO, "*"), ("Location", "https://cdn.example/x")))})
        assert (result.allowed, result.blocked, result.complete) == (False, False, False)
        assert result.verdict == (
            "not simulated: the response redirects to 'https://cdn.example/x', another origin, which the "
            "simulation cannot reach."
        )

    def test_more_than_twenty_redirects_fail(self) -> None:
        result = self.run({f"GET {URL}": (302, ((ACAO, "*"), ("Location", URL)))})
        assert len(result.exchanges) == 21
        assert result.verdict == "blocked: net::ERR_TOO_MANY_REDIRECTS: browsers follow at most 20 redirects."


# -- Through Flask's test client ---------------------------------------------------------------


def api() -> Flask:
    """An API for a single-page app at https://app.example, with a cookie-based session."""
    app = Flask("helpers_api")

    @app.route("/api/items", methods=["GET", "POST", "PUT"])
    def items() -> Response:
        body = {
            "cookie": request.headers.get("Cookie"),
            "type": request.content_type,
            "data": request.get_data(as_text=True),
        }
        return Response(json.dumps(body), mimetype="application/json", headers={"X-Total": "3"})

    @app.route("/api/login", methods=["POST"])
    def login() -> Response:
        response = Response("ok")
        response.set_cookie("sid", "s3cret")
        return response

    @app.route("/api/old")
    def old() -> Response:
        return redirect("/api/items")

    @app.route("/api/fail")
    def fail() -> Response:
        abort(503)

    CORS(
        app,
        resources={r"/api/*": {}},
        origins=[ORIGIN],
        supports_credentials=True,
        expose_headers=["X-Total"],
        allow_headers=["Content-Type", "X-Token"],
        methods=["GET", "POST", "PUT"],
    )
    return app


def test_simple_get_is_allowed_without_a_preflight() -> None:
    result = simulate_fetch(api().test_client(), "/api/items", ORIGIN)
    assert result.allowed
    assert result.preflight is None
    assert result.response is not None and result.response.status_code == 200
    assert dict(result.readable_headers) == {"content-length": "42", "content-type": "application/json", "x-total": "3"}
    assert [e.request.headers for e in result.exchanges] == [(("Origin", ORIGIN), ("Accept", "*/*"))]


def test_put_with_a_custom_header_is_preflighted_with_the_headers_chromium_sends() -> None:
    result = simulate_fetch(api().test_client(), "/api/items", ORIGIN, "PUT", {"X-Token": "t", "Accept": "*/*"})
    assert result.allowed
    preflight, actual = result.exchanges
    assert preflight.request.headers == (
        ("Origin", ORIGIN),
        ("Access-Control-Request-Method", "PUT"),
        ("Access-Control-Request-Headers", "x-token"),
        ("Accept", "*/*"),
    )
    assert result.preflight is preflight.response
    assert dict(preflight.headers) == {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": "0",
        ACAO: ORIGIN,
        "Access-Control-Expose-Headers": "X-Total",
        ACAC: "true",
        ACAM: "GET, POST, PUT",
        ACAH: "x-token",
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    assert actual.request.headers == (("Origin", ORIGIN), ("X-Token", "t"), ("Accept", "*/*"))


def test_cookies_go_only_with_credentials_and_never_with_the_preflight() -> None:
    # The API on the page's site (app.example), so that its SameSite=Lax-by-default cookie may go.
    client = api().test_client()
    assert simulate_fetch(client, f"{SAME_SITE_API}/api/login", ORIGIN, "POST", credentials=True).allowed
    with_cookie = simulate_fetch(client, f"{SAME_SITE_API}/api/items", ORIGIN, "PUT", credentials=True)
    assert with_cookie.response is not None and with_cookie.response.json == {
        "cookie": "sid=s3cret",
        "type": None,
        "data": "",
    }
    assert with_cookie.preflight is not None and with_cookie.preflight.request.headers.get("Cookie") is None
    without = simulate_fetch(client, f"{SAME_SITE_API}/api/items", ORIGIN)
    assert without.response is not None and without.response.json == {"cookie": None, "type": None, "data": ""}


def test_a_string_body_is_sent_as_text_plain_like_fetch() -> None:
    result = assert_cors_allowed(api().test_client(), "/api/items", ORIGIN, "POST", data="hello")
    assert result.preflight is None
    assert result.response is not None
    assert result.response.json == {"cookie": None, "type": "text/plain;charset=UTF-8", "data": "hello"}


def test_json_is_sent_as_application_json_which_needs_a_preflight() -> None:
    result = assert_cors_allowed(api().test_client(), "/api/items", ORIGIN, "POST", json={"a": 1})
    assert result.request.preflight_reasons == (
        "request header content-type has a value that is not CORS-safelisted ('application/json')",
    )
    assert result.response is not None
    assert result.response.json == {"cookie": None, "type": "application/json", "data": '{"a": 1}'}


def test_bytes_body_has_no_content_type() -> None:
    result = assert_cors_allowed(api().test_client(), "/api/items", ORIGIN, "POST", data=b"\x00\x01")
    assert result.response is not None and result.response.json["type"] is None


def test_redirect_within_the_app_is_followed() -> None:
    result = assert_cors_allowed(api().test_client(), "/api/old", ORIGIN)
    assert [(e.request.url, e.status) for e in result.exchanges] == [
        ("http://localhost/api/old", 302),
        ("http://localhost/api/items", 200),
    ]


def test_error_responses_are_readable() -> None:
    result = assert_cors_allowed(api().test_client(), "/api/fail", ORIGIN)
    assert result.response is not None and result.response.status_code == 503


def test_absolute_urls_and_server_name_are_honoured() -> None:
    app = api()
    app.config["SERVER_NAME"] = "api.example"
    app.config["PREFERRED_URL_SCHEME"] = "https"
    assert simulate_fetch(app.test_client(), "/api/items", ORIGIN).request.url == "https://api.example/api/items"
    result = simulate_fetch(app.test_client(), "https://api.example/api/items?page=2", ORIGIN)
    assert (result.allowed, result.exchanges[0].request.url) == (True, "https://api.example/api/items?page=2")


def test_path_must_be_absolute() -> None:
    with pytest.raises(ValueError) as caught:
        simulate_fetch(api().test_client(), "api/items", ORIGIN)
    assert str(caught.value) == "path must start with '/' or be an absolute URL, got 'api/items'."


def test_any_wsgi_app_works_through_a_werkzeug_client() -> None:
    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [("Access-Control-Allow-Origin", "*"), ("Content-Type", "text/plain")])
        return [b"ok"]

    result = simulate_fetch(Client(app), "/", ORIGIN)
    assert (result.allowed, result.request.url) == (True, "http://localhost/")


def test_assert_cors_allowed_explains_a_refusal() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_cors_allowed(api().test_client(), "/api/items", "https://evil.example")
    assert str(caught.value).splitlines() == [
        f"expected the browser to allow it, but: blocked: {MISSING}",
        "CORS policy: resource '/api/*' (pattern, literal prefix '/api', declared #1): origin 'https://evil.example' "
        "is not allowed",
        BROWSER_MODEL,
        "",
        "Request: GET http://localhost/api/items from origin https://evil.example",
        "Preflight: not needed",
        "",
        "Request",
        "> GET http://localhost/api/items",
        "> Origin: https://evil.example",
        "> Accept: */*",
        "< 200 OK",
        "< X-Total: 3",
        "< Content-Type: application/json",
        "< Content-Length: 42",
        "< Vary: Origin",
        "",
        "Console: Access to fetch at 'http://localhost/api/items' from origin 'https://evil.example' has been "
        f"blocked by CORS policy: {MISSING}",
    ]


def test_a_preflight_asking_for_an_unlisted_header_is_refused_by_the_browser_with_its_name() -> None:
    # The answer carries Access-Control-Allow-Origin and the granted headers, as flask-cors sends it;
    # the browser then names the header it lacks.
    app = api()
    result = assert_cors_blocked(
        app.test_client(), "/api/items", ORIGIN, "PUT", {"X-Debug": "1"}, reason=header_not_allowed("x-debug")
    )
    assert result.response is None
    assert result.preflight is not None and result.preflight.status_code == 200
    assert policy_decision(app, result) == (
        "resource '/api/*' (pattern, literal prefix '/api', declared #1): request header 'x-debug' is not allowed"
    )


def test_policy_decision_names_a_refused_method() -> None:
    app = api()
    result = simulate_fetch(app.test_client(), "/api/items", ORIGIN, "DELETE")
    assert policy_decision(app, result) == (
        "resource '/api/*' (pattern, literal prefix '/api', declared #1): method 'DELETE' is not allowed "
        "(methods are case-sensitive)"
    )


def test_policy_decision_for_credentials_the_policy_does_not_support() -> None:
    app = reporting_app()
    result = simulate_fetch(app.test_client(), "/api/items/1", ORIGIN, credentials=True)
    assert result.reason == bad_credentials("")
    assert policy_decision(app, result) == (
        "resource '/api/items/\\\\d+' (pattern, literal prefix '/api/items/', declared #1): allowed, without "
        "credentials (supports_credentials is False)"
    )


def test_policy_decision_for_an_uncovered_path() -> None:
    app = reporting_app()
    result = simulate_fetch(app.test_client(), "/health", ORIGIN)
    assert policy_decision(app, result) == "no CORS policy covers /health"


def test_assert_cors_blocked_fails_on_another_reason() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_cors_blocked(api().test_client(), "/api/items", ORIGIN, "DELETE", reason=PREFLIGHT + MISSING)
    assert str(caught.value) == (
        f"blocked, but the reason is\n  {method_not_allowed('DELETE')!r}\nnot\n  {PREFLIGHT + MISSING!r}"
    )


def test_assert_cors_blocked_fails_when_allowed() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_cors_blocked(api().test_client(), "/api/items", ORIGIN, credentials=True)
    assert str(caught.value).splitlines()[0] == "expected the browser to block it, but: allowed"


def test_a_simple_post_that_is_blocked_still_reached_the_view() -> None:
    client = api().test_client()
    result = assert_cors_blocked(client, "/api/items", "https://evil.example", "POST", data="x", reason=MISSING)
    assert result.response is not None and result.response.json["data"] == "x"


# -- Reports on the configuration ---------------------------------------------------------------


def reporting_app() -> Flask:
    app = Flask("reporting", static_folder=None)
    admin = Blueprint("admin", __name__, url_prefix="/admin")

    @app.route("/api/items/<int:item>", methods=["GET", "PUT"])
    def item(item: int) -> str:
        return "item"

    @app.route("/files/<uuid:key>")
    def file(key: str) -> str:
        return "file"

    @app.route("/health")
    def health() -> str:
        return "ok"

    @app.route("/widget")
    @cross_origin(origins=["https://widget.example"], max_age=60)
    def widget() -> str:
        return "widget"

    @admin.route("/users")
    def users() -> str:
        return "users"

    CORS(admin, origins=["https://admin.example"], supports_credentials=True)
    app.register_blueprint(admin)
    CORS(app, resources={r"/api/items/\d+": {"origins": ORIGIN}, "/files/*": {}})
    return app


def test_route_policies_in_url_map_order() -> None:
    rows = [(r.endpoint, r.rule, r.path, r.kind, r.source, r.origins) for r in route_policies(reporting_app())]
    assert rows == [
        (
            "item",
            "/api/items/<int:item>",
            "/api/items/1",
            "resource",
            "resource '/api/items/\\\\d+' (pattern, literal prefix '/api/items/', declared #1)",
            ("exact 'https://app.example'",),
        ),
        (
            "file",
            "/files/<uuid:key>",
            "/files/00000000-0000-0000-0000-000000000000",
            "resource",
            "resource '/files/*' (pattern, literal prefix '/files', declared #2)",
            ("any '*'",),
        ),
        ("health", "/health", "/health", "none", "not covered", ()),
        ("widget", "/widget", "/widget", "view", "@cross_origin", ("exact 'https://widget.example'",)),
        (
            "admin.users",
            "/admin/users",
            "/admin/users",
            "resource",
            "blueprint 'admin' resource '/*' (matches every path)",
            ("exact 'https://admin.example'",),
        ),
    ]


def test_route_policy_for_a_path() -> None:
    app = reporting_app()
    found = route_policy(app, "/api/items/42?x=1", "PUT")
    assert (found.endpoint, found.rule, found.path, found.methods, found.kind) == (
        "item",
        "/api/items/<int:item>",
        "/api/items/42",
        ("GET", "HEAD", "OPTIONS", "PUT"),
        "resource",
    )
    missing = route_policy(app, "/files/not-routed")
    assert (missing.endpoint, missing.rule, missing.methods, missing.source) == (
        None,
        None,
        (),
        "resource '/files/*' (pattern, literal prefix '/files', declared #2)",
    )


def test_route_policy_json() -> None:
    assert route_policy(reporting_app(), "/widget").to_json() == {
        "endpoint": "widget",
        "methods": ["GET", "HEAD", "OPTIONS"],
        "rule": "/widget",
        "path": "/widget",
        "kind": "view",
        "source": "@cross_origin",
        "websocket": False,
        "websocket_guard": True,
        "policy": {
            "origins": [
                {"kind": "exact", "value": "https://widget.example", "description": "exact 'https://widget.example'"}
            ],
            "methods": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
            "allow_headers": ["*"],
            "expose_headers": [],
            "supports_credentials": False,
            "max_age": 60,
            "send_wildcard": False,
            "vary_header": True,
            "automatic_options": True,
            "always_send": True,
            "intercept_exceptions": True,
            "allow_private_network": False,
            "guard_websockets": True,
        },
    }


def codes(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.code, f.where, f.problem.option) for f in findings]


def test_check_configuration_finds_nothing_in_a_careful_setup() -> None:
    app = reporting_app()
    app.config.update(CROSS_SITE_SESSION)
    assert check_configuration(app) == []


def test_check_configuration_lists_every_risky_choice_once_per_policy() -> None:
    app = Flask("risky")
    app.config["CORS_HEADERS"] = "X-Token"
    with pytest.warns(Warning) as caught:
        CORS(
            app,
            resources={
                "/a": {"supports_credentials": True},
                "/b": {"supports_credentials": True},
                "/c": {"origins": ORIGIN, "max_age": 100_000},
                "/d": {"origins": ORIGIN, "vary_header": False},
                "/e": {"origins": r"https://.*.example\.com"},
            },
        )
    assert sorted({str(w.message)[:11] for w in caught}) == [
        "[cors.W001]",
        "[cors.W002]",
        "[cors.W004]",
        "[cors.W005]",
        "[cors.W010]",
    ]
    assert codes(check_configuration(app)) == [
        ("cors.W002", "app.config", "CORS_HEADERS"),
        ("cors.W001", "resource '/a', resource '/b'", "supports_credentials"),
        ("cors.W010", "resource '/c'", "max_age"),
        ("cors.W004", "resource '/d'", "vary_header"),
        ("cors.W005", "resource '/e'", "origins"),
    ]


def test_check_configuration_names_at_most_three_places() -> None:
    app = Flask("many")
    with pytest.warns(InsecureConfigurationWarning):
        CORS(app, resources=["/a", "/b", "/c", "/d", "/e"], supports_credentials=True)
    assert codes(check_configuration(app)) == [
        ("cors.W001", "resource '/a', resource '/b', resource '/c' and 2 more", "supports_credentials")
    ]


def test_check_configuration_reports_config_errors_that_views_would_hit() -> None:
    app = Flask("decorated_only")

    @app.route("/")
    @cross_origin(origins=ORIGIN)
    def index() -> str:
        return "ok"

    app.config["CORS_ALLOW_HEADERS"] = "X-(a"
    app.config["CORS_METHODS"] = "GET POST"
    findings = check_configuration(app)
    assert codes(findings) == [("cors.W057", "app.config", "methods"), ("cors.E005", "app.config", "allow_headers")]
    assert findings[0].to_json() == {
        "code": "cors.W057",
        "severity": "warning",
        "title": "method that is not a token, sent as written",
        "where": "app.config",
        "option": "methods",
        "value": "'GET POST'",
        "message": "a method is a token such as 'PUT'; 'GET POST' is sent in Access-Control-Allow-Methods as "
        "written, as flask-cors does, and browsers cannot read that list.",
        "hint": "list methods separately: methods=['GET', 'PUT'].",
    }
    assert route_policy(app, "/").source == "error: cors.E005"


# Cookies: the jar's cookies go through the browser's cookie rules.

LAX_BY_DEFAULT_CROSS_SITE = (
    "sid: not sent: it has no SameSite attribute, which browsers treat as SameSite=Lax, and the request is "
    "cross-site (the page's site is https://app.example and the API's is http://localhost); third-party cookies are "
    "blocked too"
)


def test_assert_cors_allowed_fails_with_the_cookie_reason_when_no_cookie_would_be_sent() -> None:
    client = api().test_client()
    client.set_cookie("sid", "s3cret")
    with pytest.raises(AssertionError) as error:
        assert_cors_allowed(client, "/api/items", ORIGIN, credentials=True)
    message = str(error.value).splitlines()
    assert message[0] == (
        "expected the browser to allow it with its cookies, but: blocked by cookies: CORS allows the response, "
        "but the browser sends none of the cookies it holds for the API (sid) (the API was taken to be at "
        "http://localhost, since SERVER_NAME is not set; the full URL (e.g. https://api.example.com/api/items) can "
        "give another answer)"
    )
    assert message[-4:] == [
        "Cookies:",
        f"  {LAX_BY_DEFAULT_CROSS_SITE}",
        "",
        "JavaScript can read: content-length, content-type, x-total",
    ]
    assert message[message.index("> Accept: */*") + 1] == "> (no cookie: none is sent)"


def test_the_view_gets_only_the_cookies_a_browser_would_send() -> None:
    client = api().test_client()
    client.set_cookie("sid", "s3cret", domain="api.app.example")
    client.set_cookie("pref", "dark", domain="api.app.example", path="/settings")
    result = assert_cors_allowed(client, f"{SAME_SITE_API}/api/items", ORIGIN, credentials=True)
    assert result.response is not None and result.response.json["cookie"] == "sid=s3cret"
    assert [judged.describe() for judged in result.cookies] == [
        "sid: sent",
        "pref: not sent: its Path=/settings does not cover /api/items",
    ]
    assert result.verdict == "allowed, with the cookies sid (not sent: pref)"
    assert_cookies_sent(result, "sid")
    with pytest.raises(AssertionError) as error:
        assert_cookies_sent(result, "sid", "pref", "csrf")
    assert str(error.value) == (
        "expected the browser to send these cookies, but:\n"
        "pref: not sent: its Path=/settings does not cover /api/items\n"
        "csrf: the browser holds no such cookie for this request (it holds: sid, pref)"
    )


def test_a_set_cookie_the_browser_refuses_does_not_reach_the_jar() -> None:
    client = api().test_client()
    result = simulate_fetch(client, "/api/login", ORIGIN, "POST", credentials=True)
    assert [(judged.cookie.name, judged.stored, judged.store.reasons) for judged in result.set_cookies] == [
        ("sid", False, ("UserPreferences",))
    ]
    assert client.get_cookie("sid") is None
    assert result.transcript()[-4:-2] == [
        "Set-Cookie in the answer:",
        "  sid: not stored: the request is cross-site and third-party cookies are blocked, as in Safari and in "
        "Chrome's Incognito, its setting and automation; only a Partitioned cookie would go",
    ]


def test_cookies_given_explicitly_replace_the_jar() -> None:
    client = api().test_client()
    client.set_cookie("sid", "s3cret")
    result = simulate_fetch(
        client,
        "/api/items",
        ORIGIN,
        credentials=True,
        cookies=["token=t; SameSite=None; Secure"],
        browser="chrome",
    )
    assert result.response is not None and result.response.json["cookie"] == "token=t"
    assert result.outcome == "allowed"
    blocked = simulate_fetch(client, "/api/items", ORIGIN, credentials=True, cookies=["token=t; SameSite=None; Secure"])
    assert (blocked.outcome, blocked.cookies_blocked, blocked.allowed) == ("blocked by cookies", True, True)


# Issue 19: every attribute of a stored cookie is kept between calls, the partition included.

PARTITIONED_PAGE = "https://app.example.com"


def partitioned_api() -> Flask:
    app = Flask("partitioned")
    CORS(app, origins=[PARTITIONED_PAGE, "https://other.example.org"], supports_credentials=True)

    @app.post("/login")
    def login() -> Response:
        response = Response("ok")
        # Written out: Werkzeug before 3.1 has no partitioned=.
        response.headers.add("Set-Cookie", "sid=1; Secure; Path=/; SameSite=None; Partitioned")
        return response

    @app.get("/me")
    def me() -> dict[str, Optional[str]]:
        return {"cookie": request.headers.get("Cookie")}

    return app


def test_a_partitioned_cookie_stored_by_a_sign_in_is_sent_from_the_same_site() -> None:
    """Regression (issue 19): the jar forgot Partitioned, and the next call failed with "only a Partitioned
    cookie would go" for a cookie that Chromium sends."""
    client = partitioned_api().test_client()
    login = simulate_fetch(client, "https://api.example.net/login", PARTITIONED_PAGE, "POST", credentials=True)
    assert [(judged.cookie.name, judged.stored) for judged in login.set_cookies] == [("sid", True)]
    result = assert_cors_allowed(client, "https://api.example.net/me", PARTITIONED_PAGE, credentials=True)
    assert result.response is not None and result.response.json == {"cookie": "sid=1"}
    assert [judged.cookie.describe() for judged in result.cookies] == [
        "sid; Path=/; Secure; SameSite=None; Partitioned (kept for https://example.com)"
    ]


def test_a_partitioned_cookie_is_not_sent_from_a_page_of_another_site() -> None:
    client = partitioned_api().test_client()
    simulate_fetch(client, "https://api.example.net/login", PARTITIONED_PAGE, "POST", credentials=True)
    with pytest.raises(AssertionError) as error:
        assert_cors_allowed(client, "https://api.example.net/me", "https://other.example.org", credentials=True)
    assert str(error.value).splitlines()[0] == (
        "expected the browser to allow it with its cookies, but: blocked by cookies: CORS allows the response, but "
        "the browser sends none of the cookies it holds for the API (sid)"
    )
    assert (
        "  sid: not sent: it is Partitioned and kept for pages on https://example.com, not for this page's site "
        "https://example.org" in str(error.value).splitlines()
    )


def test_a_cookie_the_app_sets_outside_the_helpers_is_read_from_the_jar_again() -> None:
    """The kept attributes hold only while the jar holds the same value."""
    client = partitioned_api().test_client()
    simulate_fetch(client, "https://api.example.net/login", PARTITIONED_PAGE, "POST", credentials=True)
    client.set_cookie("sid", "2", domain="api.example.net", secure=True, samesite="None")
    result = simulate_fetch(client, "https://api.example.net/me", PARTITIONED_PAGE, credentials=True)
    assert [judged.cookie.describe() for judged in result.cookies] == ["sid; Path=/; Secure; SameSite=None"]


def test_assert_cors_allowed_with_credentials_fails_when_the_browser_holds_no_cookie() -> None:
    """Issue 19: an empty jar passed before; a call that needs no cookie says so with needs_cookies=False."""
    client = partitioned_api().test_client()
    with pytest.raises(AssertionError) as error:
        assert_cors_allowed(client, "https://api.example.net/me", PARTITIONED_PAGE, credentials=True)
    assert str(error.value).splitlines()[0] == (
        "expected the browser to allow it with its cookies, but: blocked by cookies: the browser holds no cookie for "
        "the API, so the request carries none (sign in first: simulate_fetch(client, '/login', origin, 'POST', "
        "credentials=True, ...); pass needs_cookies=False for a credentialed call that needs no cookie)"
    )
    result = assert_cors_allowed(
        client, "https://api.example.net/me", PARTITIONED_PAGE, credentials=True, needs_cookies=False
    )
    assert result.verdict == "allowed"


def test_the_browser_profile_comes_from_the_argument_then_the_app_config() -> None:
    app = partitioned_api()
    cookie = ["sid=1; SameSite=None; Secure; Path=/"]
    blocked = simulate_fetch(
        app.test_client(), "https://api.example.net/me", PARTITIONED_PAGE, credentials=True, cookies=cookie
    )
    assert blocked.outcome == "blocked by cookies"
    chrome = simulate_fetch(
        app.test_client(),
        "https://api.example.net/me",
        PARTITIONED_PAGE,
        credentials=True,
        cookies=cookie,
        browser="chrome",
    )
    assert chrome.outcome == "allowed"
    app.config["CORS_BROWSER"] = "chrome"
    assert browser_for(app.test_client()).name == "chrome"
    assert (
        simulate_fetch(
            app.test_client(), "https://api.example.net/me", PARTITIONED_PAGE, credentials=True, cookies=cookie
        ).outcome
        == "allowed"
    )
    with pytest.raises(AssertionError) as error:
        assert_cors_allowed(
            app.test_client(), "https://api.example.net/me", PARTITIONED_PAGE, credentials=True, cookies=cookie,
            browser="no-third-party-cookies",
        )  # fmt: skip
    assert str(error.value).splitlines()[1] == (
        "Across browsers: sid: sent by Chrome; blocked by Safari and Chrome with third-party cookies off; Partitioned "
        "makes it travel in all of them"
    )
