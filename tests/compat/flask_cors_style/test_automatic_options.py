"""``automatic_options``: who answers OPTIONS for a decorated view, and for the extension."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_METHODS, DEFAULT_METHODS_VALUE, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS, cross_origin


class DecoratedOptionsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/auto")
        @cross_origin()
        def auto() -> str:
            return "auto body"

        @self.app.route("/manual")
        @cross_origin(automatic_options=False)
        def manual() -> str:
            return "manual body"

        @self.app.route("/handles_options", methods=["GET", "OPTIONS"])
        @cross_origin(automatic_options=False)
        def handles_options() -> str:
            return "handled by the view"

    def test_automatic_options_answers_with_cors_headers(self) -> None:
        resp = self.options("/auto", origin="http://foo.bar.example")
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "http://foo.bar.example")

    def test_automatic_options_does_not_run_the_view(self) -> None:
        resp = self.options("/auto", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertEqual(resp.get_data(as_text=True), "")

    def test_automatic_preflight(self) -> None:
        resp = self.preflight("/auto", "PUT", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, DEFAULT_METHODS_VALUE)

    def test_flask_default_options_without_cors(self) -> None:
        resp = self.options("/manual")
        self.assertEqual(resp.status_code, 200)
        self.assertNoCorsHeaders(resp)
        resp = self.options("/manual", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertNoCorsHeaders(resp)

    def test_manual_view_still_answers_get(self) -> None:
        resp = self.get("/manual", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_view_answers_its_own_options(self) -> None:
        for _ in range(2):
            resp = self.options("/handles_options", origin="www.example.com")
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "www.example.com")
            self.assertEqual(resp.get_data(as_text=True), "handled by the view")


class ExtensionOptionsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources=r"/api/*")
        add_plain_route(self.app, "/api/orders", methods=["GET", "POST"])

    def test_preflight_on_known_route(self) -> None:
        resp = self.preflight("/api/orders", "POST", origin="www.example.com", request_headers=["content-type"])
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, DEFAULT_METHODS_VALUE)

    def test_plain_options_on_known_route(self) -> None:
        resp = self.options("/api/orders", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, None)

    def test_preflight_on_unknown_route(self) -> None:
        resp = self.preflight("/api/missing", "POST", origin="www.example.com")
        self.assertEqual(resp.status_code, 404)
        self.assertAllowOrigin(resp, "www.example.com")


if __name__ == "__main__":
    unittest.main()
