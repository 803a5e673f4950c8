"""Origin values and option spellings at the edges of what flask-cors accepts."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_HEADERS, ALLOW_METHODS, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS, cross_origin


class PatternEdgeTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/exact_regex")
        @cross_origin(origins=r"https://app\.example\.com")
        def exact_regex() -> str:
            return "exact"

        @self.app.route("/star_subdomain")
        @cross_origin(origins="https://*.example.com")
        def star_subdomain() -> str:
            return "star"

        @self.app.route("/verbs", methods=["GET", "PUT"])
        @cross_origin(methods=["GET", "PUT"])
        def verbs() -> str:
            return "verbs"

        @self.app.route("/custom_headers")
        @cross_origin(allow_headers=[r"X-Custom-.*"])
        def custom_headers() -> str:
            return "custom"

    def test_regex_also_matches_longer_host(self) -> None:
        resp = self.get("/exact_regex", origin="https://app.example.com.evil.net")
        self.assertAllowOrigin(resp, "https://app.example.com.evil.net")

    def test_star_subdomain_slash_star_swallows_the_subdomain(self) -> None:
        resp = self.get("/star_subdomain", origin="https://api.example.com")
        self.assertAllowOrigin(resp, None)

    def test_star_subdomain_matches_apex(self) -> None:
        resp = self.get("/star_subdomain", origin="https://example.com")
        self.assertAllowOrigin(resp, "https://example.com")

    def test_star_subdomain_dot_is_any_character(self) -> None:
        resp = self.get("/star_subdomain", origin="https://zexample.com")
        self.assertAllowOrigin(resp, "https://zexample.com")

    def test_requested_method_is_searched_in_joined_string(self) -> None:
        resp = self.preflight("/verbs", "ET", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "GET, PUT")

    def test_header_regex_matches_prefix_only(self) -> None:
        resp = self.preflight("/custom_headers", origin="www.example.com", request_headers=["x-custom-a-b"])
        self.assertHeader(resp, ALLOW_HEADERS, "x-custom-a-b")


class OriginValueEdgeTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app)
        add_plain_route(self.app, "/")

    def test_two_origins_in_one_header(self) -> None:
        resp = self.get("/", origin="http://foo.com http://partner.io")
        self.assertAllowOrigin(resp, "http://foo.com http://partner.io")

    def test_origin_with_path_is_echoed(self) -> None:
        resp = self.get("/", origin="http://foo.com/app")
        self.assertAllowOrigin(resp, "http://foo.com/app")

    def test_ipv6_origin_is_echoed(self) -> None:
        resp = self.get("/", origin="http://[::1]:8080")
        self.assertAllowOrigin(resp, "http://[::1]:8080")

    def test_file_origin_is_echoed(self) -> None:
        resp = self.get("/", origin="file://")
        self.assertAllowOrigin(resp, "file://")


class ConfiguredOriginEdgeTestCase(CorsTestCase):
    def make_app(self, **options: object) -> None:
        self.app = Flask(__name__)
        CORS(self.app, **options)  # type: ignore[arg-type]
        add_plain_route(self.app, "/")

    def test_comma_separated_string_is_one_origin(self) -> None:
        self.make_app(origins="http://foo.com, http://partner.io")
        resp = self.get("/", origin="http://foo.com")
        self.assertAllowOrigin(resp, None)

    def test_default_port_is_compared_as_written(self) -> None:
        self.make_app(origins="https://foo.com:443")
        resp = self.get("/", origin="https://foo.com")
        self.assertAllowOrigin(resp, None)

    def test_schemeless_configured_origin(self) -> None:
        self.make_app(origins=["www.example.com"])
        resp = self.get("/", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_unknown_option_is_ignored(self) -> None:
        self.make_app(origin="http://foo.com")
        resp = self.get("/", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")


if __name__ == "__main__":
    unittest.main()
