"""Origin values test suites written for flask-cors send, and origin patterns without a port.

Regression tests for the drop-in rules: any Origin that is one visible-ASCII token (no comma) of at
most 2048 characters is compared, and reflected under any-origin, whether or not it is a serialised
origin; a pattern that names no port allows every port of the hosts it names.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, cross_origin
from tests.helpers import build_app, cors_headers, get, preflight

ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"


@pytest.mark.parametrize("origin", ["www.example.com", "foo.com", "http://foo.com/", "localhost:3000", "*.example"])
def test_schemeless_and_odd_origins_are_reflected_under_any_origin(origin: str) -> None:
    client = build_app().test_client()
    assert cors_headers(get(client, "/", origin)) == {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


@pytest.mark.parametrize("credentials", [False, True], ids=["plain", "credentials"])
def test_an_origin_of_star_alone_is_never_echoed_as_the_wildcard(credentials: bool) -> None:
    """docs/differences.md S5: flask-cors echoes it, with credentials too."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cors.W001 with credentials
        client = build_app(supports_credentials=credentials).test_client()
    assert cors_headers(get(client, "/", "*")) == {"Vary": "Origin"}


def test_schemeless_origin_with_credentials_gets_every_header() -> None:
    with pytest.warns(UserWarning):
        app = build_app(supports_credentials=True, max_age=600)
    client = app.test_client()
    assert cors_headers(get(client, "/", "www.example.com")) == {
        "Access-Control-Allow-Origin": "www.example.com",
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
    assert cors_headers(preflight(client, "/", "www.example.com", "PUT", "x-token")) == {
        "Access-Control-Allow-Origin": "www.example.com",
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": ALL_METHODS,
        "Access-Control-Allow-Headers": "x-token",
        "Access-Control-Max-Age": "600",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_schemeless_origin_is_matched_by_patterns() -> None:
    client = build_app(origins=[r".*\.example\.com"]).test_client()
    assert cors_headers(get(client, "/", "www.example.com")) == {
        "Access-Control-Allow-Origin": "www.example.com",
        "Vary": "Origin",
    }
    assert cors_headers(get(client, "/", "www.example.org")) == {"Vary": "Origin"}


def test_schemeless_origin_does_not_match_a_configured_origin_with_a_scheme() -> None:
    client = build_app(origins=["https://www.example.com"]).test_client()
    assert cors_headers(get(client, "/", "www.example.com")) == {"Vary": "Origin"}


def test_schemeless_origin_on_a_decorated_view() -> None:
    app = Flask(__name__)

    @app.route("/")
    @cross_origin(expose_headers="X-Page")
    def index() -> str:
        return "ok"

    assert cors_headers(get(app.test_client(), "/", "foo.com")) == {
        "Access-Control-Allow-Origin": "foo.com",
        "Access-Control-Expose-Headers": "X-Page",
        "Vary": "Origin",
    }


def test_schemeless_configured_origin_is_compared_as_written_with_a_warning() -> None:
    from flask_cors import CORSWarning

    app = Flask(__name__)
    app.add_url_rule("/", "index", lambda: "ok")
    with pytest.warns(CORSWarning, match=r"^\[cors\.W054\] origins='www\.example\.com'"):
        CORS(app, origins=["www.example.com"])
    client = app.test_client()
    assert cors_headers(client.get("/", headers={"Origin": "WWW.example.com"})) == {
        "Access-Control-Allow-Origin": "WWW.example.com",
        "Vary": "Origin",
    }
    assert cors_headers(client.get("/", headers={"Origin": "https://www.example.com"})) == {"Vary": "Origin"}


@pytest.mark.parametrize(
    "origin",
    [
        "https://a.com, https://b.com",
        "https://a.com\x01",
        "https://a.com\x00",
        "https://exa mple.com",
        "https://exämple.com",
        "x" * 2049,
    ],
    ids=["comma", "control", "nul", "space", "non-ascii", "over-long"],
)
def test_hostile_origins_stay_refused_under_any_origin(origin: str) -> None:
    client = build_app().test_client()
    assert cors_headers(client.get("/", headers=[("Origin", origin)])) == {"Vary": "Origin"}


DEV_PATTERN = r"http://.*\.example\.localhost"


@pytest.mark.parametrize(
    ("configured", "origin", "allowed"),
    [
        pytest.param(DEV_PATTERN, "http://app.example.localhost:5173", True, id="pattern-without-port-any-port"),
        pytest.param(DEV_PATTERN, "http://app.example.localhost", True, id="pattern-without-port-no-port"),
        pytest.param(DEV_PATTERN, "http://app.example.localhost.evil.net:5173", False, id="suffix-with-port"),
        pytest.param(DEV_PATTERN, "http://app.example.localhost:5173.evil.net", False, id="port-then-suffix"),
        pytest.param(DEV_PATTERN, "https://app.example.localhost:5173", False, id="other-scheme"),
        pytest.param(
            r"http://app\.example\.localhost:8080", "http://app.example.localhost:5173", False, id="named-port"
        ),
        pytest.param("https://*.example.com", "https://api.example.com:8443", True, id="wildcard-any-port"),
        pytest.param("https://*.example.com", "https://example.com:8443", False, id="wildcard-not-apex"),
        pytest.param("http://localhost:5173", "http://localhost:3000", False, id="exact-keeps-its-port"),
        pytest.param(re.compile(r"http://localhost"), "http://localhost:3000", True, id="compiled-any-port"),
    ],
)
def test_origin_pattern_without_port(configured: Any, origin: str, allowed: bool) -> None:
    client = build_app(origins=[configured]).test_client()
    expected = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"} if allowed else {"Vary": "Origin"}
    assert cors_headers(get(client, "/", origin)) == expected
    answer = cors_headers(preflight(client, "/", origin, "PUT"))
    if allowed:
        vary = "Origin, Access-Control-Request-Headers"
        assert answer == {**expected, "Access-Control-Allow-Methods": ALL_METHODS, "Vary": vary}
    else:
        assert answer == {"Vary": "Origin"}
