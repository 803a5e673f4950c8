"""Regression tests named after what they prevent, one class per kind of attack.

Each asserts the exact headers (or their absence) a hostile request gets, through a real app.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, InsecureConfigurationWarning
from flask_cors.testing import simulate_fetch
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

SITE = "https://example.com"
VARY_ONLY = {"Vary": "Origin"}


def app_with(routes: tuple[str, ...] = ("/",), **options: Any) -> Flask:
    app = Flask("security")

    @app.route("/<path:anything>", methods=["GET", "PUT"])
    @app.route("/", methods=["GET", "PUT"], defaults={"anything": ""})
    def catch_all(anything: str) -> str:
        return "ok"

    CORS(app, **options)
    return app


def allowed(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


class TestLogInjectionCVE20241681:
    """Client values reach logs escaped, so a CR/LF cannot forge a log line."""

    @pytest.mark.parametrize(
        ("path", "origin"),
        [("/x%0d%0aINFO forged", "https://evil.example"), ("/", "https://evil.example\r\nINFO forged")],
    )
    # Quart's ASGI layer refuses a header value with CR or LF before any app code runs (Werkzeug's
    # Headers), as HTTP servers do; only a WSGI environ can carry one to the app.
    @pytest.mark.flask_only
    def test_refusal_log_line_is_one_escaped_line(
        self, caplog: pytest.LogCaptureFixture, path: str, origin: str
    ) -> None:
        client = app_with(origins=[SITE]).test_client()
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            client.get(path, environ_overrides={"HTTP_ORIGIN": origin})  # raw: the test client refuses CR/LF
        messages = [record.getMessage() for record in caplog.records if record.name == "flask_cors"]
        assert len(messages) == 1
        assert "\r" not in messages[0] and "\n" not in messages[0]
        assert messages[0].startswith("CORS refused 'GET' ")


class TestPrivateNetworkCVE20246221:
    """Private Network Access is never granted unless configured."""

    def test_default_refuses_private_network_preflight(self) -> None:
        client = app_with().test_client()
        response = preflight(client, "/", SITE, "GET", **{"Access-Control-Request-Private-Network": "true"})
        # flask-cors's answer: the rest of the preflight, and an explicit "false" the browser refuses.
        assert cors_headers(response) == {
            **allowed(SITE),
            "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
            "Access-Control-Allow-Private-Network": "false",
            "Vary": "Origin, Access-Control-Request-Headers",
        }

    def test_opt_in_grants_it(self) -> None:
        with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W009\]"):
            app = app_with(allow_private_network=True)
        response = preflight(
            app.test_client(),
            "/",
            SITE,
            "GET",
            **{"Access-Control-Request-Private-Network": "true"},
        )
        assert cors_headers(response)["Access-Control-Allow-Private-Network"] == "true"


class TestResourceOrderingCVE20246839:
    """A broad permissive pattern never beats a more specific strict one, in any order."""

    @pytest.mark.parametrize("strict_first", [True, False])
    def test_specific_strict_pattern_wins(self, strict_first: bool) -> None:
        strict = (r"/api/admin/.*", {"origins": "https://admin.example.com"})
        broad = (r"/api/.*", {"origins": "*"})
        resources = dict([strict, broad] if strict_first else [broad, strict])
        client = app_with(resources=resources).test_client()
        assert cors_headers(get(client, "/api/admin/users", "https://evil.example")) == VARY_ONLY
        assert cors_headers(get(client, "/api/public", "https://evil.example")) == allowed("https://evil.example")


class TestPlusAndPercentDecodingCVE20246844:
    """Paths are matched as Flask routed them: '+' is a plus, decoding happens once."""

    def test_plus_is_not_a_space(self) -> None:
        client = app_with(resources={"/files/a b": {}}).test_client()
        assert cors_headers(get(client, "/files/a+b", SITE)) == {}
        assert cors_headers(get(client, "/files/a%20b", SITE)) == allowed(SITE)

    def test_double_encoded_slash_is_not_decoded_twice(self) -> None:
        client = app_with(resources={r"/api/public/.*": {}}).test_client()
        assert cors_headers(get(client, "/api%252Fpublic/x", SITE)) == {}


class TestCaseInsensitivePathCVE20246866:
    """Resource patterns are case-sensitive, like Flask's routing."""

    @pytest.mark.parametrize("path", ["/API/public/x", "/Api/Public/x"])
    def test_other_case_is_not_covered(self, path: str) -> None:
        client = app_with(resources={r"/api/public/.*": {}}).test_client()
        assert cors_headers(get(client, path, SITE)) == {}
        assert cors_headers(get(client, "/api/public/x", SITE)) == allowed(SITE)


class TestUnanchoredOriginPatterns:
    @pytest.mark.parametrize("configured", [SITE, r"https://example\.com", re.compile(r"https://example\.com")])
    @pytest.mark.parametrize(
        "attacker",
        [
            "https://example.com.evil.net",
            "https://evilexample.com",
            "https://example.com@evil.net",
            "https://example.com:443.evil.net",
            "https://example.comevil.net",
            "http://example.com",
        ],
    )
    def test_lookalike_is_refused(self, configured: Any, attacker: str) -> None:
        client = app_with(origins=[configured]).test_client()
        assert cors_headers(get(client, "/", attacker)) == VARY_ONLY
        assert cors_headers(get(client, "/", SITE)) == allowed(SITE)


class TestLookalikeSubdomains:
    @pytest.mark.parametrize(
        "attacker",
        [
            "https://example.com",
            "https://zexample.com",
            "https://evil-example.com",
            "https://a.example.com.evil.net",
            "https://a.example.co",
            "http://a.example.com",
            "https://a.example.com.evil.net:8443",
            "https://a.example.com:8443.evil.net",
            "https://a.example.com:",
            "https://a.example.com:123456",
            "https://.example.com",
            "https://a..example.com",
            "https://a.example.com.",
            "https://a_example.com",
        ],
    )
    def test_wildcard_refuses(self, attacker: str) -> None:
        client = app_with(origins=["https://*.example.com"]).test_client()
        assert cors_headers(get(client, "/", attacker)) == VARY_ONLY

    @pytest.mark.parametrize(
        "origin",
        ["https://a.example.com", "https://a-b.c.example.com", "https://A.EXAMPLE.com", "https://a.example.com:8443"],
    )
    def test_wildcard_allows_real_subdomains(self, origin: str) -> None:
        client = app_with(origins=["https://*.example.com"]).test_client()
        assert cors_headers(get(client, "/", origin)) == allowed(origin)


class TestNullOrigin:
    def test_credentials_with_any_origin_refuse_null(self) -> None:
        with pytest.warns(UserWarning):
            client = app_with(supports_credentials=True).test_client()
        assert cors_headers(get(client, "/", "null")) == VARY_ONLY

    def test_origin_list_refuses_null(self) -> None:
        assert cors_headers(get(app_with(origins=[SITE]).test_client(), "/", "null")) == VARY_ONLY

    def test_explicit_null_is_allowed(self) -> None:
        with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W007\]"):
            client = app_with(origins=["null"], supports_credentials=True).test_client()
        assert cors_headers(get(client, "/", "null")) == {
            "Access-Control-Allow-Origin": "null",
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }


class TestCredentialsWithWildcard:
    def test_star_is_never_sent_with_credentials(self) -> None:
        with pytest.warns(UserWarning):
            client = app_with(supports_credentials=True).test_client()
        for response in (get(client, "/", SITE), get(client, "/"), preflight(client, "/", SITE)):
            assert cors_headers(response).get("Access-Control-Allow-Origin") != "*"

    def test_send_wildcard_with_credentials_is_refused_at_start_up(self) -> None:
        with pytest.raises(ValueError, match=r"cors\.E009"):
            app_with(send_wildcard=True, supports_credentials=True)


class TestVaryAndCachePoisoning:
    """Every answer that depends on Origin says so, so a cache cannot serve it to another origin."""

    @pytest.mark.parametrize("origin", [SITE, "https://evil.example", None])
    def test_vary_on_every_answer_of_an_origin_list(self, origin: str | None) -> None:
        response = get(app_with(origins=[SITE, "https://b.example"]).test_client(), "/", origin)
        assert response.headers.getlist("Vary") == ["Origin"]

    def test_static_wildcard_needs_no_vary(self) -> None:
        response = get(app_with(send_wildcard=True).test_client(), "/", SITE)
        assert cors_headers(response) == {"Access-Control-Allow-Origin": "*"}

    def test_reflected_any_origin_varies_even_without_origin(self) -> None:
        assert cors_headers(get(app_with().test_client(), "/")) == {
            "Access-Control-Allow-Origin": "*",
            "Vary": "Origin",
        }


class TestSchemeAndPortConfusion:
    @pytest.mark.parametrize(
        ("configured", "origin", "ok"),
        [
            ("https://example.com", "http://example.com", False),
            ("http://example.com", "https://example.com", False),
            ("https://example.com", "https://example.com:443", False),  # browsers never send a default port
            ("https://example.com:443", "https://example.com", True),
            ("http://example.com:80", "http://example.com", True),
            ("https://example.com", "https://example.com:8443", False),
            ("https://example.com:8443", "https://example.com", False),
            ("http://localhost:*", "http://localhost:3000", True),
            ("http://localhost:*", "https://localhost:3000", False),
        ],
    )
    def test_scheme_and_port_must_match(self, configured: str, origin: str, ok: bool) -> None:
        response = get(app_with(origins=[configured]).test_client(), "/", origin)
        assert cors_headers(response) == (allowed(origin) if ok else VARY_ONLY)


class TestPathTricks:
    @pytest.mark.parametrize(
        ("path", "covered"),
        [
            ("/api/items", True),
            ("/api/items/", True),
            ("/api//items", True),
            ("/api%2Fitems", True),  # Werkzeug decodes %2F to '/' once; Flask routes it as /api/items
            ("/api%252Fitems", False),  # flask-cors decodes it a second time and covers it
            ("/API/items", False),
            ("/apiitems", False),
            ("/x/../api/items", False),
        ],
    )
    def test_only_the_routed_path_counts(self, path: str, covered: bool) -> None:
        client = app_with(resources={r"/api/.*": {}}).test_client()
        assert cors_headers(get(client, path, SITE)) == (allowed(SITE) if covered else {})


class TestPreflightShape:
    def test_options_without_request_method_gets_no_preflight_headers(self) -> None:
        response = app_with(max_age=5).test_client().options("/", headers={"Origin": SITE})
        assert cors_headers(response) == allowed(SITE)

    def test_request_method_without_origin_is_answered_for_any_origin_as_flask_cors_does(self) -> None:
        response = app_with(max_age=5).test_client().options("/", headers={"Access-Control-Request-Method": "PUT"})
        assert cors_headers(response) == {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Max-Age": "5",
            "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
            "Vary": "Origin, Access-Control-Request-Headers",
        }

    @pytest.mark.parametrize("method", ["ET", "GE", "PU", "UT"])
    def test_method_substring_is_answered_as_flask_cors_does_and_the_browser_refuses_it(self, method: str) -> None:
        client = app_with(methods=["GET", "PUT"]).test_client()
        assert cors_headers(preflight(client, "/", SITE, method)) == {
            **allowed(SITE),
            "Access-Control-Allow-Methods": "GET, PUT",
            "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
        }
        result = simulate_fetch(client, "/", SITE, method)
        assert result.reason == f"Method {method} is not allowed by Access-Control-Allow-Methods in preflight response."
