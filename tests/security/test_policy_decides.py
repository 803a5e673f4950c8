"""Issue 18, item 5: preflight answers vary on what they echo, the policy decides credentials, and
origin patterns that share a group name start and match.
"""

from __future__ import annotations

from typing import Any

import pytest
from werkzeug.test import TestResponse

from flask import Flask, Response
from flask_cors import CORS, ConfigurationError
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

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
            "Access-Control-Allow-Headers": "X-A",
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
            "Access-Control-Allow-Headers": "X-A",
            "Vary": f"Origin, {ACRM}, {ACRH}",
        }

    def test_refusal_of_a_header_varies_on_the_headers(self) -> None:
        client = app_with(origins=[A], allow_headers=["X-A"]).test_client()
        # flask-cors's shape: the origin and what is granted; the browser refuses the answer.
        assert cors_headers(preflight(client, "/", A, "PUT", "X-B")) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": METHODS,
            "Vary": f"Origin, {ACRH}",
        }

    def test_refusal_of_a_method_varies_on_the_method(self) -> None:
        client = app_with(origins=[A], methods=["GET", "PUT"]).test_client()
        assert cors_headers(preflight(client, "/", A, "PATCH", "X-A")) == {
            "Access-Control-Allow-Origin": A,
            "Vary": f"Origin, {ACRM}, {ACRH}",
        }

    def test_refusal_of_the_origin_varies_on_origin_only(self) -> None:
        client = app_with(origins=[A]).test_client()
        assert cors_headers(preflight(client, "/", EVIL, "PUT", "X-A")) == {"Vary": "Origin"}

    def test_static_wildcard_varies_on_the_headers_only(self) -> None:
        client = app_with(send_wildcard=True).test_client()
        assert cors_headers(preflight(client, "/", A, "PUT", "X-A")) == {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": METHODS,
            "Access-Control-Allow-Headers": "X-A",
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

        # Fields of their own, as flask-cors adds its Vary (one list to caches: RFC 9110 section 5.3).
        response = preflight(app.test_client(), "/", A, "PUT", "X-A")
        assert response.headers.getlist("Vary") == ["Accept-Encoding", f"Origin, {ACRH}"]


def app_with_view_headers(view_headers: dict[str, str], **options: Any) -> Flask:
    """``CORS(app, **options)`` and a view at / that sets ``view_headers`` itself."""
    app = Flask("view_headers")

    @app.route("/", methods=["GET", "OPTIONS"])
    def index() -> Response:
        response = Response("ok")
        response.headers.update(view_headers)
        return response

    CORS(app, **options)
    return app


def ok(response: TestResponse) -> dict[str, str]:
    """The CORS headers of a response that must be the view's 200."""
    assert response.status_code == 200
    return cors_headers(response)


class TestPolicyDecidesCredentials:
    """A view (or an app hook) that sets Access-Control-Allow-Credentials does not grant credentials."""

    def test_view_credentials_under_defaults_give_no_site_a_credentialed_read(self) -> None:
        client = app_with_view_headers({"Access-Control-Allow-Credentials": "true"}).test_client()
        assert ok(get(client, "/", EVIL)) == {"Access-Control-Allow-Origin": EVIL, "Vary": "Origin"}
        assert ok(get(client, "/")) == {"Access-Control-Allow-Origin": "*", "Vary": "Origin"}

    def test_view_credentials_with_a_refused_origin_are_removed(self) -> None:
        client = app_with_view_headers({"Access-Control-Allow-Credentials": "true"}, origins=[A]).test_client()
        assert ok(get(client, "/", EVIL)) == {"Vary": "Origin"}

    def test_credentialed_policy_sends_one_field(self) -> None:
        app = app_with_view_headers(
            {"Access-Control-Allow-Credentials": "TRUE"}, origins=[A], supports_credentials=True
        )
        response = get(app.test_client(), "/", A)
        assert response.headers.getlist("Access-Control-Allow-Credentials") == ["true"]
        assert ok(response) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }

    def test_app_hook_credentials_are_decided_by_the_policy_too(self) -> None:
        app = app_with_view_headers({})

        @app.after_request
        def add_credentials(response: Response) -> Response:
            response.headers["Access-Control-Allow-Credentials"] = "true"
            return response

        assert ok(get(app.test_client(), "/", EVIL)) == {
            "Access-Control-Allow-Origin": EVIL,
            "Vary": "Origin",
        }

    def test_view_answering_its_own_preflight_gets_no_credentials(self) -> None:
        app = app_with_view_headers({"Access-Control-Allow-Credentials": "true"}, automatic_options=False)
        assert ok(preflight(app.test_client(), "/", EVIL, "GET")) == {
            "Access-Control-Allow-Origin": EVIL,
            "Access-Control-Allow-Methods": METHODS,
            "Vary": f"Origin, {ACRH}",
        }

    def test_view_that_sets_allow_origin_answers_for_itself(self) -> None:
        # Documented: a view that sets Access-Control-Allow-Origin has answered CORS itself, as in
        # flask-cors; the extension adds, replaces and removes nothing on that response.
        own = {"Access-Control-Allow-Origin": EVIL, "Access-Control-Allow-Credentials": "true"}
        client = app_with_view_headers(own, origins=[A]).test_client()
        assert ok(get(client, "/", EVIL)) == own


class TestPatternsThatShareGroupNames:
    """Joining patterns into one alternation is an internal detail: each pattern keeps its meaning."""

    def test_two_origin_patterns_with_the_same_named_group_start_and_match(self) -> None:
        patterns = [r"https://(?P<tenant>[a-z]+)\.a\.example", r"https://(?P<tenant>[a-z]+)\.b\.example"]
        client = app_with(origins=patterns).test_client()
        for origin in ("https://x.a.example", "https://y.b.example"):
            assert cors_headers(get(client, "/", origin)) == {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        assert cors_headers(get(client, "/", "https://x.c.example")) == {"Vary": "Origin"}

    def test_a_backreference_is_refused_with_the_group_written_out(self) -> None:
        # Joined after another pattern's group, \\1 would name that group and never match; the proof
        # of bounded work (docs/security.md) does not model back-references, so they never start.
        with pytest.raises(ConfigurationError) as caught:
            app_with(origins=[r"https://(x)\.a\.example", r"https://(ab|cd)\1\.example"])
        assert caught.value.codes == ("cors.E014",)
        [problem] = caught.value.problems
        assert problem.value == r"https://(ab|cd)\1\.example"
        client = app_with(origins=[r"https://(x)\.a\.example", problem.fix]).test_client()
        assert cors_headers(get(client, "/", "https://abab.example")) == {
            "Access-Control-Allow-Origin": "https://abab.example",
            "Vary": "Origin",
        }
        assert cors_headers(get(client, "/", "https://x.a.example"))["Access-Control-Allow-Origin"] == (
            "https://x.a.example"
        )

    def test_allow_headers_patterns_with_the_same_named_group(self) -> None:
        client = app_with(origins=[A], allow_headers=[r"X-(?P<n>[a-z]+)-Id", r"X-(?P<n>[a-z]+)-Key"]).test_client()
        assert (
            cors_headers(preflight(client, "/", A, "PUT", "x-user-id, x-api-key"))["Access-Control-Allow-Headers"]
            == "x-api-key, x-user-id"
        )
        assert cors_headers(preflight(client, "/", A, "PUT", "x-user-token")) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": METHODS,
            "Vary": f"Origin, {ACRH}",
        }
