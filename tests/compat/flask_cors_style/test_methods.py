"""``methods``: only preflights carry Access-Control-Allow-Methods."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_METHODS, DEFAULT_METHODS_VALUE, CorsTestCase

from flask import Flask
from flask_cors import cross_origin


class MethodsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/defaults", methods=["GET", "POST", "PUT"])
        @cross_origin()
        def defaults() -> str:
            return "defaults"

        @self.app.route("/post_only", methods=["GET", "POST"])
        @cross_origin(methods=["POST"])
        def post_only() -> str:
            return "post only"

        @self.app.route("/as_string")
        @cross_origin(methods="GET, PATCH")
        def as_string() -> str:
            return "string"

        @self.app.route("/lower_case")
        @cross_origin(methods=["put", "get"])
        def lower_case() -> str:
            return "lower"

    def test_actual_requests_have_no_methods_header(self) -> None:
        for verb in ("get", "head", "post", "put"):
            resp = self.send(verb, "/defaults", origin="www.example.com")
            self.assertAllowOrigin(resp, "www.example.com")
            self.assertHeader(resp, ALLOW_METHODS, None)

    def test_default_methods_on_preflight(self) -> None:
        resp = self.preflight("/defaults", "POST", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, DEFAULT_METHODS_VALUE)

    def test_plain_options_without_request_method(self) -> None:
        resp = self.options("/defaults", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, None)

    def test_configured_method_on_preflight(self) -> None:
        resp = self.preflight("/post_only", "POST", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "POST")

    def test_unconfigured_method_on_preflight(self) -> None:
        resp = self.preflight("/post_only", "PUT", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, None)

    def test_unconfigured_method_still_gets_origin(self) -> None:
        resp = self.preflight("/post_only", "PUT", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_methods_as_comma_string(self) -> None:
        resp = self.preflight("/as_string", "PATCH", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "GET, PATCH")

    def test_lower_case_methods_are_upper_cased(self) -> None:
        resp = self.preflight("/lower_case", "PUT", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "GET, PUT")

    def test_lower_case_request_method(self) -> None:
        resp = self.preflight("/post_only", "post", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "POST")


if __name__ == "__main__":
    unittest.main()
