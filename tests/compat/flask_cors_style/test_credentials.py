"""``supports_credentials`` on decorated views and app-wide."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_CREDENTIALS, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS, cross_origin


class DecoratedCredentialsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/with_cookies")
        @cross_origin(supports_credentials=True)
        def with_cookies() -> str:
            return "cookies"

        @self.app.route("/without_cookies")
        @cross_origin(supports_credentials=False)
        def without_cookies() -> str:
            return "no cookies"

        @self.app.route("/default")
        @cross_origin()
        def default() -> str:
            return "default"

        @self.app.route("/listed")
        @cross_origin(origins=["http://foo.com", "http://partner.io"], supports_credentials=True)
        def listed() -> str:
            return "listed"

    def test_credentials_header_sent(self) -> None:
        resp = self.get("/with_cookies", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_credentials_header_on_preflight(self) -> None:
        resp = self.preflight("/with_cookies", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_credentials_with_full_origin(self) -> None:
        resp = self.get("/with_cookies", origin="https://app.example.com")
        self.assertAllowOrigin(resp, "https://app.example.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_credentials_without_origin_sends_nothing(self) -> None:
        resp = self.get("/with_cookies")
        self.assertNoCorsHeaders(resp)

    def test_credentials_disabled(self) -> None:
        resp = self.get("/without_cookies", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, None)
        resp = self.get("/without_cookies")
        self.assertHeader(resp, ALLOW_CREDENTIALS, None)

    def test_credentials_off_by_default(self) -> None:
        resp = self.get("/default", origin="www.example.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, None)
        resp = self.get("/default")
        self.assertHeader(resp, ALLOW_CREDENTIALS, None)

    def test_credentials_with_listed_origin(self) -> None:
        for resp in self.each_verb("/listed", origin="http://partner.io"):
            self.assertAllowOrigin(resp, "http://partner.io")
            self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_credentials_not_sent_to_unlisted_origin(self) -> None:
        for resp in self.each_verb("/listed", origin="www.example.com"):
            self.assertNoCorsHeaders(resp)

    def test_null_origin_with_credentials(self) -> None:
        resp = self.get("/with_cookies", origin="null")
        self.assertAllowOrigin(resp, "null")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")


class ExtensionCredentialsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, origins=["http://foo.com"], supports_credentials=True)
        add_plain_route(self.app, "/account")

    def test_listed_origin_gets_credentials(self) -> None:
        for resp in self.each_verb("/account", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")
            self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_no_origin_gets_the_single_origin(self) -> None:
        resp = self.get("/account")
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")


class CredentialsConfigurationErrorTestCase(CorsTestCase):
    def test_wildcard_with_credentials_and_any_origin_is_refused(self) -> None:
        app = Flask(__name__)
        with self.assertRaises(ValueError):
            CORS(app, origins="*", supports_credentials=True, send_wildcard=True)

    def test_wildcard_with_credentials_and_listed_origin_is_ignored(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, origins=["http://foo.com"], supports_credentials=True, send_wildcard=True)
        add_plain_route(self.app, "/account")
        resp = self.get("/account", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")


if __name__ == "__main__":
    unittest.main()
