"""The simulated browser (flask_cors._browser): what fetch() sends, and how it judges the answers.

No Flask here: simulate() runs against a fake transport that answers from a table and records
every request the browser sends.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from flask_cors._browser import (
    Exchange,
    FetchRequest,
    HeaderPairs,
    Outgoing,
    actual_headers,
    cors_check,
    preflight_check,
    preflight_headers,
    prepare_request,
    readable_headers,
    simulate,
)
from tests.chromium import (
    MISSING,
    NOT_OK_STATUS,
    PREFLIGHT,
    PREFLIGHT_REDIRECT,
    UNPARSABLE_HEADERS,
    UNPARSABLE_METHODS,
    WILDCARD,
    bad_credentials,
    header_not_allowed,
    invalid,
    method_not_allowed,
    mismatch,
    multiple,
)

APP = "https://app.example.com"
API = "https://api.example.com"
URL = f"{API}/items"
NEXT = f"{API}/next"
OTHER = "https://other.example"

ACAO = "Access-Control-Allow-Origin"
ACAC = "Access-Control-Allow-Credentials"
ACAM = "Access-Control-Allow-Methods"
ACAH = "Access-Control-Allow-Headers"
ACEH = "Access-Control-Expose-Headers"

ALLOW_APP = ((ACAO, APP),)
ALLOW_APP_WITH_CREDENTIALS = ((ACAO, APP), (ACAC, "true"))
PERMISSIVE_PREFLIGHT = (204, (*ALLOW_APP, (ACAM, "PUT")))
TEXT = (("Content-Type", "text/plain"),)

# A response with safelisted, unexposed and forbidden (Set-Cookie) headers.
RESPONSE = (
    (ACAO, APP),
    ("Content-Type", "application/json"),
    ("Cache-Control", "no-store"),
    ("X-Total", "3"),
    ("X-Secret", "s"),
    ("Set-Cookie", "a=b"),
)
SAFELISTED_ONLY = [("cache-control", "no-store"), ("content-type", "application/json")]

TOO_MANY_REDIRECTS = "net::ERR_TOO_MANY_REDIRECTS: browsers follow at most 20 redirects."


def fetch(method: str = "GET", headers: Any = (), credentials: bool = False, body: bytes | None = None) -> FetchRequest:
    """fetch(URL, {method, headers, credentials, body}) from a page on APP."""
    return prepare_request(URL, APP, method, headers, credentials, body)


def raised(call: Callable[[], object]) -> str:
    with pytest.raises(ValueError) as info:
        call()
    return str(info.value)


# --- The fake transport -----------------------------------------------------------------------

Table = dict[tuple[str, str], tuple[int, HeaderPairs]]


class Transport:
    """Answers each request from ``table[(method, url)]``; records what was sent in ``sent``.

    The response object handed back is ``"<METHOD> <url>"``, so a test can tell which one it got.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.sent: list[Outgoing] = []

    def __call__(self, outgoing: Outgoing) -> tuple[int, HeaderPairs, str]:
        self.sent.append(outgoing)
        status, headers = self.table[(outgoing.method, outgoing.url)]
        return status, headers, f"{outgoing.method} {outgoing.url}"


def preflight_out(method: str, url: str = URL, request_headers: str | None = None) -> Outgoing:
    """The OPTIONS request the browser sends (never with credentials)."""
    acrh = () if request_headers is None else (("Access-Control-Request-Headers", request_headers),)
    headers = (("Origin", APP), ("Access-Control-Request-Method", method), *acrh, ("Accept", "*/*"))
    return Outgoing(True, "OPTIONS", url, headers, False)


def request_out(
    method: str, url: str = URL, headers: HeaderPairs = (), credentials: bool = False, body: bytes | None = None
) -> Outgoing:
    """The request itself: Origin, the page's headers, and fetch's default Accept."""
    return Outgoing(False, method, url, (("Origin", APP), *headers, ("Accept", "*/*")), credentials, body)


# --- prepare_request ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("get", "GET"),
        ("delete", "DELETE"),
        ("patch", "patch"),
        ("PROPFIND", "PROPFIND"),
    ],
    ids=["get", "delete", "patch-stays-lower-case", "extension-method"],
)
def test_method_is_normalised_like_fetch(given: str, sent: str) -> None:
    assert fetch(given).method == sent


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("CONNECT", "'CONNECT' HTTP method is unsupported: browsers refuse to send it."),
        ("trace", "'trace' HTTP method is unsupported: browsers refuse to send it."),
        ("Track", "'Track' HTTP method is unsupported: browsers refuse to send it."),
        ("GE T", "'GE T' is not a valid HTTP method."),
    ],
    ids=["CONNECT", "trace", "Track", "not-a-token"],
)
def test_forbidden_or_invalid_method_raises(method: str, message: str) -> None:
    assert raised(lambda: fetch(method)) == message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Cookie", "session=1"),
        ("Origin", "https://evil.example"),
        ("Sec-Fetch-Mode", "no-cors"),
        ("Proxy-Authorization", "Basic eA=="),
        ("X-HTTP-Method-Override", "TRACE"),
        ("X-Method-Override", "get, connect"),
    ],
    ids=[
        "Cookie",
        "Origin",
        "Sec-prefix",
        "Proxy-prefix",
        "method-override-TRACE",
        "method-override-list-with-connect",
    ],
)
def test_forbidden_request_header_raises(name: str, value: str) -> None:
    assert raised(lambda: fetch(headers=[(name, value)])) == (
        f"a page cannot set the {name} header (a forbidden request header): browsers drop it. "
        "Use credentials=True to send cookies."
    )


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ([("X A", "1")], "'X A' is not a valid HTTP header name."),
        ([("X-A", "a\nb")], "'a\\nb' is not a valid value for header X-A."),
        (
            [("X-A", "\u20ac")],
            "'\u20ac' is not a valid value for header X-A: it contains non ISO-8859-1 code points.",
        ),
    ],
    ids=["name-with-space", "value-with-newline", "value-beyond-latin-1"],
)
def test_invalid_header_raises(headers: list[tuple[str, str]], message: str) -> None:
    assert raised(lambda: fetch(headers=headers)) == message


def test_method_override_to_an_allowed_method_is_kept() -> None:
    assert fetch("POST", {"X-HTTP-Method-Override": "PATCH"}).headers == (("X-HTTP-Method-Override", "PATCH"),)


@pytest.mark.parametrize(
    "origin",
    ["https://app.example.com/", "https://app.example.com/path", "app.example.com"],
    ids=["trailing-slash", "path", "no-scheme"],
)
def test_invalid_origin_raises(origin: str) -> None:
    assert raised(lambda: prepare_request(URL, origin)) == (
        f"{origin!r} is not an origin a browser sends: expected scheme://host[:port] "
        "(no path, no trailing slash) or 'null'."
    )


def test_null_origin_is_accepted() -> None:
    assert prepare_request(URL, "null").origin == "null"


@pytest.mark.parametrize("method", ["get", "HEAD"], ids=["get", "HEAD"])
def test_body_with_get_or_head_raises(method: str) -> None:
    assert raised(lambda: fetch(method, body=b"x")) == "Request with GET/HEAD method cannot have body."


def test_body_with_post_is_kept() -> None:
    assert fetch("POST", body=b"x").body == b"x"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ({"X-A": " 1 "}, (("X-A", "1"),)),
        ([("X-A", "\t1\r\n")], (("X-A", "1"),)),
        (["X-A:  1  ", "X-B"], (("X-A", "1"), ("X-B", ""))),
        ([("X-A", "1"), ("x-a", "2")], (("X-A", "1"), ("x-a", "2"))),
    ],
    ids=["mapping-spaces", "pair-tab-and-crlf", "strings-and-bare-name", "duplicates-kept"],
)
def test_headers_are_read_in_every_form_and_trimmed(given: Any, kept: HeaderPairs) -> None:
    assert fetch(headers=given).headers == kept


def test_describe() -> None:
    assert fetch("PUT", credentials=True).describe() == f"PUT {URL} from origin {APP}, with credentials"
    assert fetch().describe() == f"GET {URL} from origin {APP}"


# --- CORS-safelisted request headers: needs_preflight, preflight_reasons, unsafe_header_names ------


def unsafe_value(name: str, shown: str) -> str:
    """The reason for a safelisted name with a value that is not; ``shown`` is the value's repr."""
    return f"request header {name} has a value that is not CORS-safelisted ({shown})"


# fmt: off
PREFLIGHT_REASONS_CASES = [
    pytest.param("GET", [], (), id="nothing"),
    pytest.param("GET", [("Accept", '"x"')], (unsafe_value("accept", """'"x"'"""),), id="accept-unsafe-byte"),
    pytest.param("GET", [("Accept-Language", "en_US")], (unsafe_value("accept-language", "'en_US'"),),
                 id="accept-language-underscore"),
    pytest.param("POST", [("Content-Language", "de-DE")], (), id="content-language"),
    pytest.param("POST", [("Content-Type", "text/plain;charset=UTF-8")], (), id="content-type-text-plain"),
    pytest.param("POST", [("Content-Type", "Application/X-WWW-Form-Urlencoded")], (),
                 id="content-type-form-any-case"),
    pytest.param("POST", [("Content-Type", "application/json")],
                 (unsafe_value("content-type", "'application/json'"),), id="content-type-json"),
    pytest.param("POST", [("Content-Type", 'text/plain; charset="utf-8"')],
                 (unsafe_value("content-type", """'text/plain; charset="utf-8"'"""),),
                 id="content-type-unsafe-byte"),
    pytest.param("GET", [("Range", "bytes=0-")], (), id="range-open-end"),
    pytest.param("GET", [("Range", "bytes=5-1")], (unsafe_value("range", "'bytes=5-1'"),),
                 id="range-start-after-end"),
    pytest.param("GET", [("Range", "bytes=-500")], (unsafe_value("range", "'bytes=-500'"),), id="range-suffix"),
    pytest.param("GET", [("Accept", "a" * 128)], (), id="accept-128-bytes"),
    pytest.param("GET", [("Accept", "a" * 129)], ("request header accept has a value longer than 128 bytes",),
                 id="accept-129-bytes"),
    pytest.param("GET", [("X-Token", "t")], ("request header x-token is not CORS-safelisted",),
                 id="custom-header"),
    pytest.param("GET", [("Accept", "a" * 128)] * 8, (), id="safelisted-exactly-1024-bytes"),
    pytest.param("GET", [("Accept", "a" * 128)] * 8 + [("Content-Language", "de")],
                 ("request header accept takes safelisted values past 1024 bytes in total",
                  "request header content-language takes safelisted values past 1024 bytes in total"),
                 id="safelisted-past-1024-bytes"),
    pytest.param("PUT", [], ("method PUT is not CORS-safelisted",), id="method-PUT"),
    pytest.param("patch", [("X-B", "1"), ("Authorization", "t"), ("x-b", "2"), ("Accept", "*/*")],
                 ("method patch is not CORS-safelisted", "request header authorization is not CORS-safelisted",
                  "request header x-b is not CORS-safelisted"),
                 id="method-and-headers-sorted-deduplicated"),
]
# fmt: on


@pytest.mark.parametrize(("method", "headers", "reasons"), PREFLIGHT_REASONS_CASES)
def test_preflight_reasons(method: str, headers: list[tuple[str, str]], reasons: tuple[str, ...]) -> None:
    request = fetch(method, headers)
    assert request.preflight_reasons == reasons
    assert request.needs_preflight is bool(reasons)


@pytest.mark.parametrize(
    ("headers", "names"),
    [
        pytest.param([("Accept", "*/*"), ("Content-Type", "text/plain")], (), id="all-safelisted"),
        pytest.param(
            [("X-B", "1"), ("Authorization", "t"), ("x-b", "2"), ("X-A", "3")],
            ("authorization", "x-a", "x-b"),
            id="sorted-lower-cased-deduplicated",
        ),
        pytest.param([("Accept", "a" * 128)] * 8 + [("Range", "bytes=0-")], ("accept", "range"), id="past-1024-bytes"),
    ],
)
def test_unsafe_header_names(headers: list[tuple[str, str]], names: tuple[str, ...]) -> None:
    assert fetch(headers=headers).unsafe_header_names == names


# --- preflight_headers and actual_headers --------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "headers", "sent"),
    [
        pytest.param(
            "PUT",
            [],
            (("Origin", APP), ("Access-Control-Request-Method", "PUT"), ("Accept", "*/*")),
            id="method-only",
        ),
        pytest.param(
            "POST",
            [("X-B", "1"), ("Content-Type", "application/json"), ("x-a", "2")],
            (
                ("Origin", APP),
                ("Access-Control-Request-Method", "POST"),
                ("Access-Control-Request-Headers", "content-type,x-a,x-b"),
                ("Accept", "*/*"),
            ),
            id="bare-comma-join",
        ),
        pytest.param(
            "GET",
            [("Accept", "application/json"), ("X-A", "1")],
            (
                ("Origin", APP),
                ("Access-Control-Request-Method", "GET"),
                ("Access-Control-Request-Headers", "x-a"),
                ("Accept", "*/*"),
            ),
            id="safelisted-accept-not-listed",
        ),
    ],
)
def test_preflight_headers(method: str, headers: list[tuple[str, str]], sent: HeaderPairs) -> None:
    assert preflight_headers(fetch(method, headers)) == sent


@pytest.mark.parametrize(
    ("headers", "sent"),
    [
        pytest.param([], (("Origin", APP), ("Accept", "*/*")), id="default-accept"),
        pytest.param(
            [("Accept", "application/json")],
            (("Origin", APP), ("Accept", "application/json")),
            id="page-accept-replaces-default",
        ),
        pytest.param(
            [("X-B", "1"), ("accept", "text/csv")],
            (("Origin", APP), ("X-B", "1"), ("accept", "text/csv")),
            id="lower-case-accept-counts",
        ),
    ],
)
def test_actual_headers(headers: list[tuple[str, str]], sent: HeaderPairs) -> None:
    assert actual_headers(fetch(headers=headers)) == sent


# --- cors_check -----------------------------------------------------------------------------------

# fmt: off
CORS_CHECK_CASES = [
    pytest.param((), False, MISSING, id="missing"),
    pytest.param(ALLOW_APP, False, None, id="exact-origin"),
    pytest.param(((ACAO, "*"),), False, None, id="wildcard-without-credentials"),
    pytest.param(((ACAO, "*"), (ACAC, "true")), True, WILDCARD, id="wildcard-with-credentials"),
    pytest.param(((ACAO, APP), (ACAO, APP)), False, multiple(f"{APP}, {APP}"),
                 id="two-fields"),
    pytest.param(((ACAO, f"{APP} {OTHER}"),), False, multiple(f"{APP} {OTHER}"),
                 id="space-separated"),
    pytest.param(((ACAO, "app.example.com"),), False, invalid("app.example.com"),
                 id="invalid-no-scheme"),
    pytest.param(((ACAO, OTHER),), False, mismatch(OTHER), id="mismatch"),
    pytest.param(((ACAO, "null"),), False, mismatch("null"), id="mismatch-null"),
    pytest.param(ALLOW_APP, True, bad_credentials(""), id="credentials-header-missing"),
    pytest.param(((ACAO, APP), (ACAC, "True")), True, bad_credentials("True"), id="credentials-True"),
    pytest.param(ALLOW_APP_WITH_CREDENTIALS, True, None, id="credentials-true"),
]
# fmt: on


@pytest.mark.parametrize(("headers", "credentials", "reason"), CORS_CHECK_CASES)
def test_cors_check(headers: HeaderPairs, credentials: bool, reason: str | None) -> None:
    assert cors_check(fetch(credentials=credentials), headers) == reason


def test_cors_check_null_origin_matches_null() -> None:
    assert cors_check(prepare_request(URL, "null"), ((ACAO, "null"),)) is None


# --- preflight_check ------------------------------------------------------------------------------


# fmt: off
PREFLIGHT_CHECK_CASES = [
    pytest.param("PUT", [], False, 302, (("Location", f"{API}/other"),), PREFLIGHT + PREFLIGHT_REDIRECT,
                 id="redirect-reported-before-allow-origin"),
    pytest.param("PUT", [], False, 302, (*ALLOW_APP, (ACAM, "PUT")), PREFLIGHT + NOT_OK_STATUS,
                 id="3xx-without-location-is-not-ok"),
    pytest.param("PUT", [], False, 401, (*ALLOW_APP, (ACAM, "PUT")), PREFLIGHT + NOT_OK_STATUS,
                 id="401"),
    pytest.param("PUT", [], False, 401, ((ACAM, "PUT"),), PREFLIGHT + MISSING,
                 id="401-without-allow-origin-reports-allow-origin-first"),
    pytest.param("PUT", [], False, 204, (*ALLOW_APP, (ACAM, "PUT;")), UNPARSABLE_METHODS,
                 id="methods-unparsable"),
    pytest.param("PUT", [], False, 204, (*ALLOW_APP, (ACAM, "PUT"), (ACAH, "x-a y")), UNPARSABLE_HEADERS,
                 id="headers-unparsable"),
    pytest.param("PUT", [], False, 204, (*ALLOW_APP, (ACAM, "P U T"), (ACAH, "x-a y")), UNPARSABLE_METHODS,
                 id="methods-reported-before-headers"),
    pytest.param("PUT", [], False, 204, (*ALLOW_APP, (ACAM, "GET, POST")), method_not_allowed("PUT"),
                 id="method-not-listed"),
    pytest.param("patch", [], False, 204, (*ALLOW_APP, (ACAM, "PATCH")), method_not_allowed("patch"),
                 id="methods-are-case-sensitive"),
    pytest.param("PUT", [], False, 204, (*ALLOW_APP, (ACAM, "*")), None,
                 id="wildcard-methods-without-credentials"),
    pytest.param("PUT", [], True, 204, (*ALLOW_APP_WITH_CREDENTIALS, (ACAM, "*")), method_not_allowed("PUT"),
                 id="wildcard-methods-with-credentials"),
    pytest.param("POST", [("X-A", "1")], False, 200, (*ALLOW_APP, (ACAH, "X-A")), None,
                 id="safelisted-method-needs-no-entry"),
    pytest.param("PUT", [("X-A", "1")], False, 204, (*ALLOW_APP, (ACAM, "PUT"), (ACAH, "*")), None,
                 id="wildcard-headers-without-credentials"),
    pytest.param("PUT", [("X-A", "1")], True, 204, (*ALLOW_APP_WITH_CREDENTIALS, (ACAM, "PUT"), (ACAH, "*")),
                 header_not_allowed("x-a"), id="wildcard-headers-with-credentials"),
    pytest.param("GET", [("Authorization", "t")], False, 204, (*ALLOW_APP, (ACAH, "*")),
                 header_not_allowed("authorization"), id="wildcard-does-not-cover-authorization"),
    pytest.param("GET", [("Authorization", "t"), ("X-A", "1")], False, 204,
                 (*ALLOW_APP, (ACAH, "*, AUTHORIZATION")), None, id="authorization-listed-any-case"),
    pytest.param("GET", [("X-B", "1"), ("X-A", "2")], False, 204, (*ALLOW_APP, (ACAH, "x-b")),
                 header_not_allowed("x-a"), id="header-not-listed"),
    pytest.param("PUT", [("X-A", "1")], False, 299, (*ALLOW_APP, (ACAM, "GET,,PUT,"), (ACAH, " x-a ,")), None,
                 id="all-ok-empty-list-items-skipped"),
]
# fmt: on


@pytest.mark.parametrize(("method", "headers", "credentials", "status", "response", "reason"), PREFLIGHT_CHECK_CASES)
def test_preflight_check(
    method: str,
    headers: list[tuple[str, str]],
    credentials: bool,
    status: int,
    response: HeaderPairs,
    reason: str | None,
) -> None:
    assert preflight_check(fetch(method, headers, credentials), status, response) == reason


# --- readable_headers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credentials", "headers", "readable"),
    [
        pytest.param(False, RESPONSE, SAFELISTED_ONLY, id="safelisted-only"),
        pytest.param(
            False,
            (*RESPONSE, (ACEH, "x-TOTAL")),
            [*SAFELISTED_ONLY, ("x-total", "3")],
            id="exposed-name-any-case",
        ),
        pytest.param(
            False,
            (*RESPONSE, (ACEH, "*")),
            [
                ("access-control-allow-origin", APP),
                ("access-control-expose-headers", "*"),
                *SAFELISTED_ONLY,
                ("x-secret", "s"),
                ("x-total", "3"),
            ],
            id="wildcard-without-credentials",
        ),
        pytest.param(True, (*RESPONSE, (ACEH, "*")), SAFELISTED_ONLY, id="wildcard-with-credentials"),
        pytest.param(
            False,
            (("Set-Cookie", "a=b"), ("set-cookie2", "c=d"), (ACEH, "Set-Cookie, Set-Cookie2")),
            [],
            id="set-cookie-never-readable",
        ),
        pytest.param(
            False,
            (
                ("X-Total", "1"),
                ("Content-Language", "en"),
                ("x-total", "2"),
                ("Content-Language", "de"),
                (ACEH, "X-Total"),
            ),
            [("content-language", "en, de"), ("x-total", "1, 2")],
            id="repeated-fields-joined",
        ),
        pytest.param(False, (*RESPONSE, (ACEH, "X-Total, X Secret")), SAFELISTED_ONLY, id="unparsable-expose-list"),
        pytest.param(False, (("Content-Type", " text/plain\t"),), [("content-type", "text/plain")], id="value-trimmed"),
    ],
)
def test_readable_headers(credentials: bool, headers: HeaderPairs, readable: list[tuple[str, str]]) -> None:
    assert list(readable_headers(fetch(credentials=credentials), headers).items()) == readable


# --- simulate -------------------------------------------------------------------------------------


def test_simulate_simple_get_is_allowed_without_preflight() -> None:
    send = Transport({("GET", URL): (200, (*RESPONSE, (ACEH, "X-Total")))})
    result = simulate(fetch(), send)
    assert send.sent == [request_out("GET")]
    assert (result.allowed, result.blocked, result.complete) == (True, False, True)
    assert (result.reason, result.console_message, result.verdict) == (None, None, "allowed")
    assert dict(result.readable_headers) == {
        "cache-control": "no-store",
        "content-type": "application/json",
        "x-total": "3",
    }
    assert (result.preflight, result.response) == (None, f"GET {URL}")


def test_simulate_sends_preflight_then_request() -> None:
    send = Transport(
        {
            ("OPTIONS", URL): (204, (*ALLOW_APP_WITH_CREDENTIALS, (ACAM, "PUT"), (ACAH, "Content-Type, X-Token"))),
            ("PUT", URL): (200, (*ALLOW_APP_WITH_CREDENTIALS, ("Content-Type", "application/json"))),
        }
    )
    request = fetch("put", [("X-Token", "t"), ("Content-Type", "application/json")], True, b"{}")
    result = simulate(request, send)
    assert send.sent == [
        preflight_out("PUT", request_headers="content-type,x-token"),
        request_out(
            "PUT", headers=(("X-Token", "t"), ("Content-Type", "application/json")), credentials=True, body=b"{}"
        ),
    ]
    assert result.verdict == "allowed"
    assert result.exchanges == (
        Exchange(send.sent[0], 204, send.table[("OPTIONS", URL)][1], f"OPTIONS {URL}"),
        Exchange(send.sent[1], 200, send.table[("PUT", URL)][1], f"PUT {URL}"),
    )
    assert (result.preflight, result.response) == (f"OPTIONS {URL}", f"PUT {URL}")
    assert dict(result.readable_headers) == {"content-type": "application/json"}


def test_simulate_refused_preflight_stops_before_the_request() -> None:
    send = Transport({("OPTIONS", URL): (204, (*ALLOW_APP, (ACAM, "GET")))})
    result = simulate(fetch("PUT"), send)
    assert send.sent == [preflight_out("PUT")]
    assert len(result.exchanges) == 1
    assert (result.allowed, result.blocked, result.complete) == (False, True, True)
    assert result.reason == method_not_allowed("PUT")
    assert result.verdict == "blocked: Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."
    assert result.console_message == (
        "Access to fetch at 'https://api.example.com/items' from origin 'https://app.example.com' has been blocked "
        "by CORS policy: Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."
    )
    assert (result.preflight, result.response) == (f"OPTIONS {URL}", None)
    assert dict(result.readable_headers) == {}


def test_simulate_blocked_response_is_still_returned_to_the_test() -> None:
    send = Transport({("GET", URL): (200, ((ACAO, "*"), ("Content-Type", "text/plain")))})
    result = simulate(fetch(credentials=True), send)
    assert send.sent == [request_out("GET", credentials=True)]
    assert result.verdict == f"blocked: {WILDCARD}"
    assert (result.preflight, result.response) == (None, f"GET {URL}")
    assert dict(result.readable_headers) == {}


def test_simulate_same_origin_303_turns_post_into_get_and_drops_body_headers() -> None:
    send = Transport(
        {
            ("POST", URL): (303, (*ALLOW_APP, ("Location", "/done"))),
            ("GET", f"{API}/done"): (200, (*ALLOW_APP, ("Content-Language", "en"))),
        }
    )
    page_headers = (("Content-Type", "text/plain"), ("Content-Language", "de"), ("Accept-Language", "en"))
    result = simulate(fetch("POST", page_headers, body=b"hi"), send)
    assert send.sent == [
        request_out("POST", headers=page_headers, body=b"hi"),
        request_out("GET", f"{API}/done", headers=(("Accept-Language", "en"),)),
    ]
    assert result.verdict == "allowed"
    assert result.response == f"GET {API}/done"
    assert dict(result.readable_headers) == {"content-language": "en"}


@pytest.mark.parametrize(
    ("status", "method", "sent"),
    [
        pytest.param(
            301,
            "POST",
            [request_out("POST", headers=TEXT, body=b"b"), request_out("GET", NEXT)],
            id="301-POST-becomes-GET-without-body-headers",
        ),
        pytest.param(
            303,
            "PUT",
            [preflight_out("PUT"), request_out("PUT", headers=TEXT, body=b"b"), request_out("GET", NEXT)],
            id="303-PUT-becomes-GET-without-preflight",
        ),
        pytest.param(
            303,
            "HEAD",
            [request_out("HEAD", headers=TEXT), request_out("HEAD", NEXT, headers=TEXT)],
            id="303-HEAD-stays-HEAD",
        ),
        pytest.param(
            307,
            "POST",
            [request_out("POST", headers=TEXT, body=b"b"), request_out("POST", NEXT, headers=TEXT, body=b"b")],
            id="307-POST-kept-with-body",
        ),
        pytest.param(
            301,
            "PUT",
            [
                preflight_out("PUT"),
                request_out("PUT", headers=TEXT, body=b"b"),
                preflight_out("PUT", NEXT),
                request_out("PUT", NEXT, headers=TEXT, body=b"b"),
            ],
            id="301-PUT-kept-and-preflighted-again",
        ),
    ],
)
def test_simulate_same_origin_redirect_rewrites_the_request(status: int, method: str, sent: list[Outgoing]) -> None:
    send = Transport(
        {
            ("OPTIONS", URL): PERMISSIVE_PREFLIGHT,
            ("OPTIONS", NEXT): PERMISSIVE_PREFLIGHT,
            (method, URL): (status, (*ALLOW_APP, ("Location", NEXT))),
            (sent[-1].method, NEXT): (200, ALLOW_APP),
        }
    )
    result = simulate(fetch(method, TEXT, body=None if method == "HEAD" else b"b"), send)
    assert send.sent == sent
    assert result.verdict == "allowed"
    assert result.response == f"{sent[-1].method} {NEXT}"


def test_simulate_cors_checks_the_redirect_response_itself() -> None:
    send = Transport({("GET", URL): (302, (("Location", "/next"),))})
    result = simulate(fetch(), send)
    assert send.sent == [request_out("GET")]
    assert (result.blocked, result.reason) == (True, MISSING)


def test_simulate_blocked_after_redirect_names_both_urls() -> None:
    send = Transport(
        {
            ("GET", URL): (307, (*ALLOW_APP_WITH_CREDENTIALS, ("Location", "/next"))),
            ("GET", NEXT): (200, ((ACAO, "*"),)),
        }
    )
    result = simulate(fetch(credentials=True), send)
    assert send.sent == [request_out("GET", credentials=True), request_out("GET", NEXT, credentials=True)]
    assert result.console_message == (
        "Access to fetch at 'https://api.example.com/next' (redirected from 'https://api.example.com/items') "
        "from origin 'https://app.example.com' has been blocked by CORS policy: The value of the "
        "'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's "
        "credentials mode is 'include'."
    )


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("https://other.example/x", "https://other.example/x"),
        ("http://api.example.com/items", "http://api.example.com/items"),
        ("https://api.example.com:8443/items", "https://api.example.com:8443/items"),
    ],
    ids=["other-host", "other-scheme", "other-port"],
)
def test_simulate_does_not_follow_a_cross_origin_redirect(location: str, target: str) -> None:
    send = Transport({("GET", URL): (302, (*ALLOW_APP, ("Location", location)))})
    result = simulate(fetch(), send)
    reason = f"the response redirects to '{target}', another origin, which the simulation cannot reach."
    assert send.sent == [request_out("GET")]
    assert (result.allowed, result.blocked, result.complete) == (False, False, False)
    assert (result.reason, result.verdict) == (reason, f"not simulated: {reason}")
    assert result.console_message is None
    assert dict(result.readable_headers) == {}
    assert result.response == f"GET {URL}"


def test_simulate_follows_a_redirect_that_writes_the_default_port() -> None:
    send = Transport(
        {
            ("GET", URL): (302, (*ALLOW_APP, ("Location", "https://api.example.com:443/next"))),
            ("GET", "https://api.example.com:443/next"): (200, ALLOW_APP),
        }
    )
    result = simulate(fetch(), send)
    assert [outgoing.url for outgoing in send.sent] == [URL, "https://api.example.com:443/next"]
    assert result.verdict == "allowed"


@pytest.mark.parametrize(
    ("location", "reason", "console_message"),
    [
        pytest.param(
            "https://user:pw@api.example.com/next",
            "Redirect location '' contains a username and password, which is disallowed for cross-origin requests.",
            f"Access to fetch at '{URL}' from origin '{APP}' has been blocked by CORS policy: Redirect location '' "
            "contains a username and password, which is disallowed for cross-origin requests.",
            id="credentials-in-location",
        ),
        pytest.param(
            "ftp://api.example.com/x",
            "Cross origin requests are only supported for protocol schemes: chrome, "
            "chrome-experimental-site-token-provider, chrome-extension, chrome-untrusted, data, http, https, "
            "isolated-app.",
            f"Access to fetch at 'ftp://api.example.com/x' (redirected from '{URL}') from origin '{APP}' has been "
            "blocked by CORS policy: Cross origin requests are only supported for protocol schemes: chrome, "
            "chrome-experimental-site-token-provider, chrome-extension, chrome-untrusted, data, http, https, "
            "isolated-app.",
            id="non-http-scheme",
        ),
        pytest.param(
            "data:text/plain,hi",
            "net::ERR_UNSAFE_REDIRECT: a redirect to a data: URL fails in cors mode.",
            None,
            id="data-url",
        ),
    ],
)
def test_simulate_refuses_a_redirect_the_browser_will_not_follow(
    location: str, reason: str, console_message: str | None
) -> None:
    send = Transport({("GET", URL): (302, (*ALLOW_APP, ("Location", location)))})
    result = simulate(fetch(), send)
    assert send.sent == [request_out("GET")]
    assert (result.allowed, result.blocked, result.complete) == (False, True, True)
    assert (result.reason, result.console_message) == (reason, console_message)


def test_simulate_counts_redirects_before_looking_at_the_target() -> None:
    table = redirect_chain(20)
    table[("GET", f"{API}/r/20")] = (302, (*ALLOW_APP, ("Location", "https://other.example/x")))
    result = simulate(fetch(), Transport(table))
    assert (result.blocked, result.reason) == (True, TOO_MANY_REDIRECTS)


def redirect_chain(redirects: int) -> Table:
    """URL -> /r/1 -> ... -> /r/<redirects>, which answers 200."""
    urls = [URL] + [f"{API}/r/{hop}" for hop in range(1, redirects + 1)]
    table: Table = {("GET", url): (302, (*ALLOW_APP, ("Location", nxt))) for url, nxt in zip(urls, urls[1:])}
    table[("GET", urls[-1])] = (200, ALLOW_APP)
    return table


def test_simulate_follows_twenty_redirects() -> None:
    send = Transport(redirect_chain(20))
    result = simulate(fetch(), send)
    assert [outgoing.url for outgoing in send.sent] == [URL] + [f"{API}/r/{hop}" for hop in range(1, 21)]
    assert result.verdict == "allowed"
    assert result.response == f"GET {API}/r/20"


def test_simulate_refuses_the_twenty_first_redirect() -> None:
    send = Transport(redirect_chain(21))
    result = simulate(fetch(), send)
    assert [outgoing.url for outgoing in send.sent] == [URL] + [f"{API}/r/{hop}" for hop in range(1, 21)]
    assert (result.allowed, result.blocked, result.reason) == (False, True, TOO_MANY_REDIRECTS)
    assert result.verdict == f"blocked: {TOO_MANY_REDIRECTS}"
    assert result.console_message is None


# --- FetchResult: transcript and to_json -----------------------------------------------------------


def test_transcript_of_a_refused_preflight() -> None:
    result = simulate(fetch("PUT"), Transport({("OPTIONS", URL): (204, (*ALLOW_APP, (ACAM, "GET")))}))
    assert result.transcript() == [
        f"Request: PUT {URL} from origin {APP}",
        "Preflight: needed, method PUT is not CORS-safelisted",
        "",
        "Preflight request",
        f"> OPTIONS {URL}",
        f"> Origin: {APP}",
        "> Access-Control-Request-Method: PUT",
        "> Accept: */*",
        "< 204 No Content",
        f"< Access-Control-Allow-Origin: {APP}",
        "< Access-Control-Allow-Methods: GET",
        "",
        f"Console: {result.console_message}",
    ]


def test_transcript_of_an_allowed_request_with_credentials() -> None:
    send = Transport({("GET", URL): (299, (*ALLOW_APP_WITH_CREDENTIALS, ("X-Empty", "")))})
    result = simulate(fetch(credentials=True), send)
    assert result.transcript() == [
        f"Request: GET {URL} from origin {APP}, with credentials",
        "Preflight: not needed",
        "",
        "Request",
        f"> GET {URL}",
        f"> Origin: {APP}",
        "> Accept: */*",
        "> (no cookie: the browser holds none)",
        "< 299",
        f"< Access-Control-Allow-Origin: {APP}",
        "< Access-Control-Allow-Credentials: true",
        "< X-Empty:",
        "",
        "JavaScript can read: (none)",
    ]


def test_to_json() -> None:
    send = Transport({("GET", URL): (200, (*ALLOW_APP, ("Content-Type", "text/plain")))})
    result = simulate(fetch(headers=[("Accept", "text/plain")]), send)
    assert result.to_json() == {
        "outcome": "allowed",
        "allowed": True,
        "complete": True,
        "verdict": "allowed",
        "reason": None,
        "console_message": None,
        "request": {
            "url": URL,
            "origin": APP,
            "method": "GET",
            "headers": [["Accept", "text/plain"]],
            "credentials": False,
        },
        "preflight_reasons": [],
        "exchanges": [
            {
                "preflight": False,
                "method": "GET",
                "url": URL,
                "request_headers": [["Origin", APP], ["Accept", "text/plain"]],
                "credentials": False,
                "status": 200,
                "response_headers": [[ACAO, APP], ["Content-Type", "text/plain"]],
            }
        ],
        "readable_headers": {"content-type": "text/plain"},
        "cookies": [],
        "set_cookies": [],
    }
