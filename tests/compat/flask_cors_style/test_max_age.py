"""``max_age`` as seconds, string and timedelta: sent on preflights only."""

from __future__ import annotations

import unittest
from datetime import timedelta

from cors_case import MAX_AGE, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS, cross_origin


class MaxAgeTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/default")
        @cross_origin()
        def default() -> str:
            return "default"

        @self.app.route("/seconds")
        @cross_origin(max_age=86400)
        def seconds() -> str:
            return "seconds"

        @self.app.route("/text")
        @cross_origin(max_age="300")
        def text() -> str:
            return "text"

        @self.app.route("/delta")
        @cross_origin(max_age=timedelta(minutes=30))
        def delta() -> str:
            return "delta"

    def test_no_max_age_by_default(self) -> None:
        for resp in self.each_verb("/default", origin="www.example.com"):
            self.assertHeader(resp, MAX_AGE, None)
        resp = self.preflight("/default", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, None)

    def test_integer_on_preflight(self) -> None:
        resp = self.preflight("/seconds", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "86400")

    def test_string_on_preflight(self) -> None:
        resp = self.preflight("/text", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "300")

    def test_timedelta_on_preflight(self) -> None:
        resp = self.preflight("/delta", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "1800")

    def test_not_on_actual_requests(self) -> None:
        for path in ("/seconds", "/text", "/delta"):
            for resp in self.each_verb(path, verbs=("get", "head"), origin="www.example.com"):
                self.assertHeader(resp, MAX_AGE, None)

    def test_not_on_plain_options(self) -> None:
        resp = self.options("/seconds", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, None)

    def test_preflight_with_full_origin(self) -> None:
        resp = self.preflight("/delta", origin="https://app.example.com")
        self.assertAllowOrigin(resp, "https://app.example.com")
        self.assertHeader(resp, MAX_AGE, "1800")


class ExtensionMaxAgeTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, max_age=timedelta(days=1), resources={r"/short/*": {"max_age": 5}, r"/api/*": {}})
        add_plain_route(self.app, "/api/long")
        add_plain_route(self.app, "/short/lived")

    def test_app_wide_timedelta(self) -> None:
        resp = self.preflight("/api/long", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "86400")

    def test_resource_overrides_app_wide(self) -> None:
        resp = self.preflight("/short/lived", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "5")


if __name__ == "__main__":
    unittest.main()
