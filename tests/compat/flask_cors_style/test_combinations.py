"""Options meeting each other: decorator and extension together, overlapping resources, odd values."""

from __future__ import annotations

import re
import unittest

from cors_case import (
    ALLOW_CREDENTIALS,
    ALLOW_HEADERS,
    ALLOW_ORIGIN,
    EXPOSE_HEADERS,
    MAX_AGE,
    CorsTestCase,
    add_plain_route,
)

from flask import Flask, Response
from flask_cors import CORS, cross_origin


class OverlappingResourcesTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(
            self.app,
            resources={
                r"/api/.*": {"origins": "http://general.example"},
                r"/api/v1/.*": {"origins": "http://versioned.example"},
            },
        )
        add_plain_route(self.app, "/api/v1/users")
        add_plain_route(self.app, "/api/health")

    def test_more_specific_pattern_wins(self) -> None:
        resp = self.get("/api/v1/users", origin="http://versioned.example")
        self.assertAllowOrigin(resp, "http://versioned.example")
        resp = self.get("/api/v1/users", origin="http://general.example")
        self.assertAllowOrigin(resp, None)

    def test_general_pattern_for_the_rest(self) -> None:
        resp = self.get("/api/health", origin="http://general.example")
        self.assertAllowOrigin(resp, "http://general.example")


class DecoratorAndExtensionTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, expose_headers="X-App")

        @self.app.route("/both")
        @cross_origin(expose_headers="X-View")
        def both() -> str:
            return "both"

        @self.app.route("/own_header")
        def own_header() -> Response:
            return Response("own", headers={ALLOW_ORIGIN: "https://chosen.example"})

    def test_single_origin_header_when_both_apply(self) -> None:
        for resp in self.each_verb("/both", origin="www.example.com"):
            self.assertAllowOrigin(resp, "www.example.com")
            self.assertHeader(resp, EXPOSE_HEADERS, "X-View")

    def test_view_set_origin_header_is_left_alone(self) -> None:
        resp = self.get("/own_header", origin="www.example.com")
        self.assertAllowOrigin(resp, "https://chosen.example")
        self.assertHeader(resp, EXPOSE_HEADERS, None)


class OddValuesTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/zero_age")
        @cross_origin(max_age=0)
        def zero_age() -> str:
            return "zero"

        @self.app.route("/nothing_exposed")
        @cross_origin(expose_headers=[])
        def nothing_exposed() -> str:
            return "nothing"

        @self.app.route("/exposed_on_preflight")
        @cross_origin(expose_headers=["X-Total"])
        def exposed_on_preflight() -> str:
            return "exposed"

        @self.app.route("/methods_set", methods=["GET", "PATCH"])
        @cross_origin(methods={"PATCH", "GET"})
        def methods_set() -> str:
            return "set"

    def test_zero_max_age_is_not_sent(self) -> None:
        resp = self.preflight("/zero_age", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, MAX_AGE, None)

    def test_empty_expose_list_sends_nothing(self) -> None:
        resp = self.get("/nothing_exposed", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, None)

    def test_expose_headers_also_on_preflight(self) -> None:
        resp = self.preflight("/exposed_on_preflight", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Total")

    def test_methods_given_as_set(self) -> None:
        resp = self.preflight("/methods_set", "PATCH", origin="www.example.com")
        self.assertHeader(resp, "Access-Control-Allow-Methods", "GET, PATCH")


class ExtensionTwiceTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources=r"/api/*", origins="http://foo.com")
        CORS(self.app, resources=r"/admin/*", origins="http://partner.io")
        add_plain_route(self.app, "/api/list")
        add_plain_route(self.app, "/admin/list")

    def test_first_call_covers_its_resources(self) -> None:
        resp = self.get("/api/list", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_second_call_covers_its_resources(self) -> None:
        resp = self.get("/admin/list", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")


class MoreOptionMixesTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(
            self.app,
            resources={
                re.compile(r"/compiled/\d+"): {"origins": "http://foo.com"},
                r"/listed_wildcard": {"origins": ["http://foo.com", "http://partner.io"], "send_wildcard": True},
                r"/session/*": {"origins": ["http://foo.com"], "supports_credentials": True},
                r"/star_and_more": {"origins": ["*", "http://foo.com"]},
                r"/no_vary": {"vary_header": False},
            },
        )
        for path in ("/compiled/42", "/listed_wildcard", "/session/me", "/star_and_more", "/no_vary"):
            add_plain_route(self.app, path)

    def test_compiled_resource_key(self) -> None:
        resp = self.get("/compiled/42", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_send_wildcard_with_listed_origins_echoes(self) -> None:
        resp = self.get("/listed_wildcard", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")

    def test_per_resource_credentials(self) -> None:
        resp = self.preflight("/session/me", "POST", origin="http://foo.com", request_headers=["content-type"])
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")
        self.assertHeader(resp, ALLOW_HEADERS, "content-type")

    def test_star_next_to_an_origin(self) -> None:
        resp = self.get("/star_and_more", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_vary_off_while_echoing(self) -> None:
        resp = self.get("/no_vary", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, "Vary", None)

    def test_request_headers_on_actual_request_are_ignored(self) -> None:
        resp = self.get("/no_vary", origin="www.example.com", headers={"Access-Control-Request-Headers": "x-a"})
        self.assertHeader(resp, ALLOW_HEADERS, None)

    def test_empty_request_headers_on_preflight(self) -> None:
        resp = self.preflight("/no_vary", origin="www.example.com", headers={"Access-Control-Request-Headers": ""})
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_HEADERS, None)


if __name__ == "__main__":
    unittest.main()
