"""``send_wildcard`` and ``always_send``: what goes back with and without an Origin."""

from __future__ import annotations

import unittest

from cors_case import CorsTestCase

from flask import Flask
from flask_cors import cross_origin


class WildcardTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/wildcard")
        @cross_origin(send_wildcard=True)
        def wildcard() -> str:
            return "wildcard"

        @self.app.route("/echo")
        @cross_origin(send_wildcard=False)
        def echo() -> str:
            return "echo"

        @self.app.route("/quiet")
        @cross_origin(always_send=False)
        def quiet() -> str:
            return "quiet"

        @self.app.route("/quiet_listed")
        @cross_origin(origins="http://foo.com", always_send=False)
        def quiet_listed() -> str:
            return "quiet listed"

        @self.app.route("/one_origin")
        @cross_origin(origins="http://foo.com")
        def one_origin() -> str:
            return "one"

        @self.app.route("/many_origins")
        @cross_origin(origins=["http://partner.io", "http://foo.com"])
        def many_origins() -> str:
            return "many"

        @self.app.route("/pattern_only")
        @cross_origin(origins=r"https://.*\.example\.com")
        def pattern_only() -> str:
            return "pattern"

    def test_wildcard_replaces_full_origin(self) -> None:
        for resp in self.each_verb("/wildcard", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "*")

    def test_wildcard_replaces_schemeless_origin(self) -> None:
        for resp in self.each_verb("/wildcard", origin="www.example.com"):
            self.assertAllowOrigin(resp, "*")

    def test_wildcard_without_origin(self) -> None:
        resp = self.get("/wildcard")
        self.assertAllowOrigin(resp, "*")

    def test_no_wildcard_still_sends_star_without_origin(self) -> None:
        for resp in self.each_verb("/echo"):
            self.assertAllowOrigin(resp, "*")

    def test_no_wildcard_echoes_origin(self) -> None:
        resp = self.get("/echo", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_always_send_off_without_origin(self) -> None:
        for resp in self.each_verb("/quiet"):
            self.assertNoCorsHeaders(resp)

    def test_always_send_off_with_origin(self) -> None:
        resp = self.get("/quiet", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_always_send_off_with_listed_origin(self) -> None:
        resp = self.get("/quiet_listed")
        self.assertNoCorsHeaders(resp)
        resp = self.get("/quiet_listed", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_single_origin_sent_without_request_origin(self) -> None:
        resp = self.get("/one_origin")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_first_origin_sent_without_request_origin(self) -> None:
        resp = self.get("/many_origins")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_pattern_origin_sends_nothing_without_request_origin(self) -> None:
        resp = self.get("/pattern_only")
        self.assertAllowOrigin(resp, None)


if __name__ == "__main__":
    unittest.main()
