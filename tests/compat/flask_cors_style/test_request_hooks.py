"""CORS next to the app's own hooks: authentication in ``before_request``, errors on exposed views."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_CREDENTIALS, EXPOSE_HEADERS, CorsTestCase, add_plain_route

from flask import Flask, abort, request
from flask_cors import CORS, cross_origin


def require_token(app: Flask) -> None:
    @app.before_request
    def check_token() -> None:
        if request.headers.get("Authorization") != "Bearer letmein":
            abort(401)


class DecoratedViewBehindAuthTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        require_token(self.app)

        @self.app.route("/profile")
        @cross_origin(supports_credentials=True, origins="http://foo.com")
        def profile() -> str:
            return "profile"

    def test_authorised_request(self) -> None:
        resp = self.get("/profile", origin="http://foo.com", headers={"Authorization": "Bearer letmein"})
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_unauthorised_request_gets_no_cors_headers(self) -> None:
        resp = self.get("/profile", origin="http://foo.com")
        self.assertEqual(resp.status_code, 401)
        self.assertNoCorsHeaders(resp)

    def test_preflight_is_stopped_by_the_hook(self) -> None:
        resp = self.preflight("/profile", origin="http://foo.com", request_headers=["authorization"])
        self.assertEqual(resp.status_code, 401)
        self.assertNoCorsHeaders(resp)


class ExtensionBehindAuthTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        require_token(self.app)
        CORS(self.app, origins="http://foo.com", expose_headers="X-Request-Id")
        add_plain_route(self.app, "/orders")

    def test_authorised_request(self) -> None:
        resp = self.get("/orders", origin="http://foo.com", headers={"Authorization": "Bearer letmein"})
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Request-Id")

    def test_unauthorised_request_keeps_cors_headers(self) -> None:
        resp = self.get("/orders", origin="http://foo.com")
        self.assertEqual(resp.status_code, 401)
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Request-Id")

    def test_preflight_runs_into_the_hook(self) -> None:
        resp = self.preflight("/orders", origin="http://foo.com", request_headers=["authorization"])
        self.assertEqual(resp.status_code, 401)
        self.assertAllowOrigin(resp, "http://foo.com")


if __name__ == "__main__":
    unittest.main()
