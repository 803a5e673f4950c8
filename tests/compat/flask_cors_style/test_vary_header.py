"""``vary_header``: when ``Vary: Origin`` is added, and how it joins an existing Vary."""

from __future__ import annotations

import unittest

from cors_case import CorsTestCase, add_plain_route

from flask import Flask, Response
from flask_cors import CORS, cross_origin


class VaryHeaderTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/")
        @cross_origin()
        def everyone() -> str:
            return "everyone"

        @self.app.route("/fixed")
        @cross_origin(origins="http://foo.com")
        def fixed() -> str:
            return "fixed"

        @self.app.route("/choice")
        @cross_origin(origins=["http://foo.com", "http://partner.io"])
        def choice() -> str:
            return "choice"

        @self.app.route("/pattern")
        @cross_origin(origins=r"https://.*\.example\.com")
        def pattern() -> str:
            return "pattern"

        @self.app.route("/no_vary")
        @cross_origin(origins=["http://foo.com", "http://partner.io"], vary_header=False)
        def no_vary() -> str:
            return "no vary"

        @self.app.route("/wildcard")
        @cross_origin(send_wildcard=True)
        def wildcard() -> str:
            return "wildcard"

        @self.app.route("/already_varies")
        @cross_origin(origins=["http://foo.com", "http://partner.io"])
        def already_varies() -> Response:
            return Response("compressed", headers={"Vary": "Accept-Encoding"})

    def test_echoed_origin_varies(self) -> None:
        for resp in self.each_verb("/", origin="www.example.com"):
            self.assertAllowOrigin(resp, "www.example.com")
            self.assertHeader(resp, "Vary", "Origin")

    def test_wildcard_without_origin_does_not_vary(self) -> None:
        resp = self.get("/")
        self.assertAllowOrigin(resp, "*")
        self.assertHeader(resp, "Vary", None)

    def test_single_fixed_origin_does_not_vary(self) -> None:
        for resp in self.each_verb("/fixed", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")
            self.assertHeader(resp, "Vary", None)

    def test_choice_of_origins_varies(self) -> None:
        for resp in self.each_verb("/choice", origin="http://partner.io"):
            self.assertAllowOrigin(resp, "http://partner.io")
            self.assertHeader(resp, "Vary", "Origin")

    def test_pattern_varies(self) -> None:
        resp = self.get("/pattern", origin="https://shop.example.com")
        self.assertAllowOrigin(resp, "https://shop.example.com")
        self.assertHeader(resp, "Vary", "Origin")

    def test_refused_origin_does_not_vary(self) -> None:
        resp = self.get("/choice", origin="www.example.com")
        self.assertAllowOrigin(resp, None)
        self.assertHeader(resp, "Vary", None)

    def test_vary_disabled(self) -> None:
        for resp in self.each_verb("/no_vary", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")
            self.assertHeader(resp, "Vary", None)

    def test_send_wildcard_does_not_vary(self) -> None:
        for resp in self.each_verb("/wildcard", origin="www.example.com"):
            self.assertAllowOrigin(resp, "*")
            self.assertHeader(resp, "Vary", None)

    def test_existing_vary_is_kept(self) -> None:
        resp = self.get("/already_varies", origin="http://foo.com")
        self.assertEqual(sorted(resp.headers.getlist("Vary")), ["Accept-Encoding", "Origin"])


class ExtensionVaryHeaderTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources={r"/open/*": {}, r"/closed/*": {"origins": ["http://foo.com", "http://partner.io"]}})
        add_plain_route(self.app, "/open/page")
        add_plain_route(self.app, "/closed/page")

    def test_open_resource_varies_when_echoing(self) -> None:
        resp = self.get("/open/page", origin="www.example.com")
        self.assertHeader(resp, "Vary", "Origin")

    def test_listed_resource_varies(self) -> None:
        resp = self.get("/closed/page", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, "Vary", "Origin")


if __name__ == "__main__":
    unittest.main()
