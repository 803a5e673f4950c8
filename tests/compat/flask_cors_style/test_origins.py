"""The ``origins`` option on decorated views: strings, lists, sets, regexes and compiled patterns."""

from __future__ import annotations

import re
import unittest

from cors_case import CorsTestCase

from flask import Flask
from flask_cors import cross_origin


class DecoratedOriginsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/")
        @cross_origin()
        def everyone() -> str:
            return "hello"

        @self.app.route("/one")
        @cross_origin(origins="http://foo.com")
        def one() -> str:
            return "one"

        @self.app.route("/two")
        @cross_origin(origins=["http://foo.com", "http://shop.example.org"])
        def two() -> str:
            return "two"

        @self.app.route("/from_set")
        @cross_origin(origins={"http://foo.com", "http://shop.example.org"})
        def from_set() -> str:
            return "set"

        @self.app.route("/star_in_list")
        @cross_origin(origins=["*"])
        def star_in_list() -> str:
            return "star"

        @self.app.route("/subdomains")
        @cross_origin(origins=r"https?://\w+\.example\.com")
        def subdomains() -> str:
            return "subdomains"

        @self.app.route("/compiled")
        @cross_origin(origins=re.compile(r"https?://\w+\.example\.com"))
        def compiled() -> str:
            return "compiled"

        @self.app.route("/several_patterns")
        @cross_origin(origins=[r".*\.mydomain\.org", r".*\.partner\.net"])
        def several_patterns() -> str:
            return "patterns"

        @self.app.route("/mixed")
        @cross_origin(origins=["http://foo.com", r".*\.partner\.net"])
        def mixed() -> str:
            return "mixed"

        @self.app.route("/dev_ports")
        @cross_origin(origins=r"http://.*\.example\.localhost")
        def dev_ports() -> str:
            return "dev"

    def test_no_origin_gets_wildcard(self) -> None:
        for resp in self.each_verb("/"):
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "*")

    def test_origin_with_scheme_is_echoed(self) -> None:
        for resp in self.each_verb("/", origin="http://foo.com"):
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "http://foo.com")

    def test_schemeless_origin_is_echoed(self) -> None:
        for resp in self.each_verb("/", origin="www.example.com"):
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "www.example.com")

    def test_host_and_port_origin_is_echoed(self) -> None:
        resp = self.get("/", origin="localhost:3000")
        self.assertAllowOrigin(resp, "localhost:3000")

    def test_bare_domain_origin_is_echoed(self) -> None:
        resp = self.get("/", origin="foo.com")
        self.assertAllowOrigin(resp, "foo.com")

    def test_null_origin_is_echoed_without_credentials(self) -> None:
        resp = self.get("/", origin="null")
        self.assertAllowOrigin(resp, "null")

    def test_single_string_echoes_that_origin(self) -> None:
        for resp in self.each_verb("/one", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")

    def test_single_string_refuses_other_origin(self) -> None:
        for resp in self.each_verb("/one", origin="http://bar.com"):
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, None)

    def test_single_string_refuses_schemeless_form_of_itself(self) -> None:
        resp = self.get("/one", origin="foo.com")
        self.assertAllowOrigin(resp, None)

    def test_list_echoes_each_member(self) -> None:
        for origin in ("http://foo.com", "http://shop.example.org"):
            resp = self.get("/two", origin=origin)
            self.assertAllowOrigin(resp, origin)

    def test_list_refuses_unlisted_origin(self) -> None:
        for resp in self.each_verb("/two", origin="http://stranger.io"):
            self.assertAllowOrigin(resp, None)

    def test_set_is_accepted_like_a_list(self) -> None:
        resp = self.get("/from_set", origin="http://shop.example.org")
        self.assertAllowOrigin(resp, "http://shop.example.org")
        resp = self.get("/from_set", origin="http://stranger.io")
        self.assertAllowOrigin(resp, None)

    def test_star_inside_a_list_allows_anyone(self) -> None:
        resp = self.get("/star_in_list", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_origin_comparison_ignores_case(self) -> None:
        resp = self.get("/one", origin="HTTP://FOO.COM")
        self.assertAllowOrigin(resp, "HTTP://FOO.COM")

    def test_regex_allows_every_subdomain(self) -> None:
        for sub in ("a", "api", "static", "x1"):
            origin = f"http://{sub}.example.com"
            for resp in self.each_verb("/subdomains", origin=origin):
                self.assertAllowOrigin(resp, origin)

    def test_regex_allows_https_too(self) -> None:
        resp = self.get("/subdomains", origin="https://secure.example.com")
        self.assertAllowOrigin(resp, "https://secure.example.com")

    def test_regex_refuses_other_domain(self) -> None:
        resp = self.get("/subdomains", origin="http://api.example.net")
        self.assertAllowOrigin(resp, None)

    def test_regex_refuses_schemeless_origin(self) -> None:
        resp = self.get("/subdomains", origin="api.example.com")
        self.assertAllowOrigin(resp, None)

    def test_compiled_pattern_allows_subdomains(self) -> None:
        for sub in ("b", "docs"):
            origin = f"https://{sub}.example.com"
            resp = self.get("/compiled", origin=origin)
            self.assertAllowOrigin(resp, origin)

    def test_compiled_pattern_refuses_other_domain(self) -> None:
        resp = self.get("/compiled", origin="https://example.org")
        self.assertAllowOrigin(resp, None)

    def test_each_pattern_of_a_list_is_tried(self) -> None:
        for origin in ("https://www.mydomain.org", "http://cdn.partner.net"):
            resp = self.get("/several_patterns", origin=origin)
            self.assertAllowOrigin(resp, origin)

    def test_pattern_list_matches_schemeless_origins(self) -> None:
        resp = self.get("/several_patterns", origin="www.mydomain.org")
        self.assertAllowOrigin(resp, "www.mydomain.org")

    def test_pattern_list_refuses_unmatched_origin(self) -> None:
        resp = self.get("/several_patterns", origin="http://mydomain.com")
        self.assertAllowOrigin(resp, None)

    def test_mixed_list_literal_member(self) -> None:
        resp = self.get("/mixed", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_mixed_list_pattern_member(self) -> None:
        resp = self.get("/mixed", origin="https://eu.partner.net")
        self.assertAllowOrigin(resp, "https://eu.partner.net")

    def test_pattern_without_port_allows_dev_server_port(self) -> None:
        resp = self.get("/dev_ports", origin="http://app.example.localhost:5173")
        self.assertAllowOrigin(resp, "http://app.example.localhost:5173")

    def test_pattern_without_port_allows_no_port(self) -> None:
        resp = self.get("/dev_ports", origin="http://app.example.localhost")
        self.assertAllowOrigin(resp, "http://app.example.localhost")

    def test_response_body_is_untouched(self) -> None:
        resp = self.get("/two", origin="http://foo.com")
        self.assertEqual(resp.get_data(as_text=True), "two")
        self.assertAllowOrigin(resp, "http://foo.com")


if __name__ == "__main__":
    unittest.main()
