"""Suites for flask-cors read header names from ``flask_cors.core``; the same requests, spelled that way."""

from __future__ import annotations

import unittest

from cors_case import CorsTestCase

from flask import Flask
from flask_cors import cross_origin
from flask_cors.core import (
    ACL_ALLOW_HEADERS,
    ACL_CREDENTIALS,
    ACL_EXPOSE_HEADERS,
    ACL_MAX_AGE,
    ACL_METHODS,
    ACL_ORIGIN,
    ACL_REQUEST_HEADER_PRIVATE_NETWORK,
    ACL_REQUEST_HEADERS,
    ACL_REQUEST_METHOD,
    ACL_RESPONSE_PRIVATE_NETWORK,
    ALL_METHODS,
)


class CoreConstantsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/everything", methods=["GET", "POST"])
        @cross_origin(
            origins=["http://foo.com"],
            expose_headers=["X-Total"],
            supports_credentials=True,
            max_age=42,
            allow_private_network=True,
        )
        def everything() -> str:
            return "everything"

    def test_actual_request_headers(self) -> None:
        resp = self.get("/everything", origin="http://foo.com")
        self.assertEqual(resp.headers.get(ACL_ORIGIN), "http://foo.com")
        self.assertEqual(resp.headers.get(ACL_CREDENTIALS), "true")
        self.assertEqual(resp.headers.get(ACL_EXPOSE_HEADERS), "X-Total")
        self.assertNotIn(ACL_METHODS, resp.headers)
        self.assertNotIn(ACL_MAX_AGE, resp.headers)

    def test_preflight_headers(self) -> None:
        resp = self.options(
            "/everything",
            origin="http://foo.com",
            headers={
                ACL_REQUEST_METHOD: "POST",
                ACL_REQUEST_HEADERS: "content-type",
                ACL_REQUEST_HEADER_PRIVATE_NETWORK: "true",
            },
        )
        self.assertEqual(resp.headers.get(ACL_ORIGIN), "http://foo.com")
        self.assertEqual(resp.headers.get(ACL_ALLOW_HEADERS), "content-type")
        self.assertEqual(resp.headers.get(ACL_MAX_AGE), "42")
        self.assertEqual(resp.headers.get(ACL_RESPONSE_PRIVATE_NETWORK), "true")
        self.assertEqual(resp.headers.get(ACL_METHODS), ", ".join(sorted(ALL_METHODS)))

    def test_every_default_method_is_allowed(self) -> None:
        self.assertEqual(ALL_METHODS, ["GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"])
        resp = self.options("/everything", origin="http://foo.com", headers={ACL_REQUEST_METHOD: "DELETE"})
        self.assertEqual(resp.headers.get(ACL_METHODS), "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")


if __name__ == "__main__":
    unittest.main()
