"""``allow_headers`` (lists and regexes) and ``expose_headers``."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_HEADERS, EXPOSE_HEADERS, CorsTestCase

from flask import Flask
from flask_cors import cross_origin


class AllowHeadersTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/anything")
        @cross_origin()
        def anything() -> str:
            return "anything"

        @self.app.route("/listed")
        @cross_origin(allow_headers=["X-Client-Version", "Authorization"])
        def listed() -> str:
            return "listed"

        @self.app.route("/one_string")
        @cross_origin(allow_headers="Content-Type")
        def one_string() -> str:
            return "string"

        @self.app.route("/vendor")
        @cross_origin(allow_headers=[r"X-Vendor-.*"])
        def vendor() -> str:
            return "vendor"

    def test_actual_request_has_no_allow_headers(self) -> None:
        for resp in self.each_verb("/anything", verbs=("get", "head"), origin="www.example.com"):
            self.assertHeader(resp, ALLOW_HEADERS, None)

    def test_preflight_without_requested_headers(self) -> None:
        resp = self.preflight("/anything", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_HEADERS, None)

    def test_default_allows_any_lower_case_header(self) -> None:
        resp = self.preflight("/anything", origin="www.example.com", request_headers=["x-request-id"])
        self.assertHeader(resp, ALLOW_HEADERS, "x-request-id")

    def test_default_echoes_several_lower_case_headers_sorted(self) -> None:
        resp = self.preflight("/anything", origin="www.example.com", request_headers=["x-b", "content-type", "x-a"])
        self.assertHeader(resp, ALLOW_HEADERS, "content-type, x-a, x-b")

    def test_default_echoes_header_as_sent(self) -> None:
        resp = self.preflight("/anything", origin="www.example.com", request_headers=["X-Request-Id"])
        self.assertHeader(resp, ALLOW_HEADERS, "X-Request-Id")

    def test_listed_header_is_echoed(self) -> None:
        resp = self.preflight("/listed", origin="www.example.com", request_headers=["authorization"])
        self.assertHeader(resp, ALLOW_HEADERS, "authorization")

    def test_listed_headers_match_without_case(self) -> None:
        resp = self.preflight("/listed", origin="www.example.com", request_headers=["x-client-version"])
        self.assertHeader(resp, ALLOW_HEADERS, "x-client-version")

    def test_listed_headers_echo_client_spelling(self) -> None:
        resp = self.preflight("/listed", origin="www.example.com", request_headers=["X-CLIENT-VERSION"])
        self.assertHeader(resp, ALLOW_HEADERS, "X-CLIENT-VERSION")

    def test_unlisted_header_is_not_echoed(self) -> None:
        resp = self.preflight("/listed", origin="www.example.com", request_headers=["x-unknown"])
        self.assertHeader(resp, ALLOW_HEADERS, None)

    def test_partly_listed_headers_are_filtered(self) -> None:
        resp = self.preflight("/listed", origin="www.example.com", request_headers=["authorization", "x-unknown"])
        self.assertHeader(resp, ALLOW_HEADERS, "authorization")

    def test_single_string_option(self) -> None:
        resp = self.preflight("/one_string", origin="www.example.com", request_headers=["content-type"])
        self.assertHeader(resp, ALLOW_HEADERS, "content-type")

    def test_regex_option_matches(self) -> None:
        resp = self.preflight("/vendor", origin="www.example.com", request_headers=["x-vendor-token"])
        self.assertHeader(resp, ALLOW_HEADERS, "x-vendor-token")

    def test_regex_option_matches_without_case(self) -> None:
        resp = self.preflight("/vendor", origin="www.example.com", request_headers=["X-VENDOR-ID"])
        self.assertHeader(resp, ALLOW_HEADERS, "X-VENDOR-ID")

    def test_regex_option_does_not_match(self) -> None:
        resp = self.preflight("/vendor", origin="www.example.com", request_headers=["x-other"])
        self.assertHeader(resp, ALLOW_HEADERS, None)


class ExposeHeadersTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/default")
        @cross_origin()
        def default() -> str:
            return "default"

        @self.app.route("/one")
        @cross_origin(expose_headers="X-Rate-Limit")
        def one() -> str:
            return "one"

        @self.app.route("/several")
        @cross_origin(expose_headers=["X-Rate-Limit", "ETag", "X-Next-Page"])
        def several() -> str:
            return "several"

    def test_nothing_exposed_by_default(self) -> None:
        for resp in self.each_verb("/default", origin="www.example.com"):
            self.assertHeader(resp, EXPOSE_HEADERS, None)

    def test_single_header_exposed(self) -> None:
        for resp in self.each_verb("/one", verbs=("get", "head"), origin="www.example.com"):
            self.assertHeader(resp, EXPOSE_HEADERS, "X-Rate-Limit")

    def test_several_headers_exposed_sorted(self) -> None:
        resp = self.get("/several", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "ETag, X-Next-Page, X-Rate-Limit")

    def test_exposed_without_origin(self) -> None:
        resp = self.get("/one")
        self.assertAllowOrigin(resp, "*")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Rate-Limit")

    def test_exposed_with_full_origin(self) -> None:
        resp = self.get("/one", origin="https://app.example.com")
        self.assertAllowOrigin(resp, "https://app.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Rate-Limit")


if __name__ == "__main__":
    unittest.main()
