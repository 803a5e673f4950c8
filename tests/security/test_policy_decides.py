"""Issue 18, item 5: preflight answers vary on what they echo, the policy decides credentials, and
origin patterns that share a group name start and match.
"""

from __future__ import annotations

from typing import Any

import pytest

from flask import Flask, Response
from flask_cors import CORS
from tests.helpers import cors_headers, get, preflight

pytestmark = pytest.mark.security

A = "https://app.example.com"
EVIL = "https://evil.example.net"
METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
ACRH = "Access-Control-Request-Headers"
ACRM = "Access-Control-Request-Method"


def app_with(**options: Any) -> Flask:
    app = Flask("policy_decides")
    app.add_url_rule("/", "index", lambda: "ok", methods=["GET", "PUT", "PATCH"])
    CORS(app, **options)
    return app


class TestPreflightVaryOnWhatItEchoes:
    """A shared cache must not serve one page's preflight answer to a page asking for other headers."""

    def test_echoed_request_headers_are_in_vary(self) -> None:
        client = app_with(origins=[A]).test_client()
        assert cors_headers(preflight(client, "/", A, "PUT", "X-A")) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": METHODS,
            "Access-Control-Allow-Headers": "x-a",
            "Vary": f"Origin, {ACRH}",
        }

    def test_preflight_without_request_headers_varies_on_them_too(self) -> None:
        # Its answer (no Allow-Headers) would refuse a page that asks for a header.
        client = app_with(origins=[A]).test_client()
        assert cors_headers(preflight(client, "/", A, "PUT")) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": METHODS,
            "Vary": f"Origin, {ACRH}",
        }

    def test_echoed_method_is_in_vary(self) -> None:
        client = app_with(origins=[A], methods="*").test_client()
        assert cors_headers(preflight(client, "/", A, "PATCH", "X-A")) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": "PATCH",
            "Access-Control-Allow-Headers": "x-a",
            "Vary": f"Origin, {ACRM}, {ACRH}",
        }

    def test_refusal_of_a_header_varies_on_the_headers(self) -> None:
        client = app_with(origins=[A], allow_headers=["X-A"]).test_client()
        assert cors_headers(preflight(client, "/", A, "PUT", "X-B")) == {"Vary": f"Origin, {ACRH}"}

    def test_refusal_of_a_method_varies_on_the_method(self) -> None:
        client = app_with(origins=[A], methods=["GET", "PUT"]).test_client()
        assert cors_headers(preflight(client, "/", A, "PATCH", "X-A")) == {"Vary": f"Origin, {ACRM}"}

    def test_refusal_of_the_origin_varies_on_origin_only(self) -> None:
        client = app_with(origins=[A]).test_client()
        assert cors_headers(preflight(client, "/", EVIL, "PUT", "X-A")) == {"Vary": "Origin"}

    def test_static_wildcard_varies_on_the_headers_only(self) -> None:
        client = app_with(send_wildcard=True).test_client()
        assert cors_headers(preflight(client, "/", A, "PUT", "X-A")) == {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": METHODS,
            "Access-Control-Allow-Headers": "x-a",
            "Vary": ACRH,
        }

    def test_vary_header_false_adds_no_vary(self) -> None:
        with pytest.warns(UserWarning, match=r"^\[cors\.W004\]"):
            client = app_with(origins=[A], vary_header=False).test_client()
        assert "Vary" not in cors_headers(preflight(client, "/", A, "PUT", "X-A"))

    def test_actual_requests_vary_on_origin_only(self) -> None:
        client = app_with(origins=[A]).test_client()
        assert cors_headers(get(client, "/", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}

    def test_merged_into_the_apps_own_vary(self) -> None:
        app = app_with(origins=[A])

        @app.after_request
        def compress(response: Response) -> Response:
            response.headers["Vary"] = "Accept-Encoding"
            return response

        headers = cors_headers(preflight(app.test_client(), "/", A, "PUT", "X-A"))
        assert headers["Vary"] == f"Accept-Encoding, Origin, {ACRH}"
