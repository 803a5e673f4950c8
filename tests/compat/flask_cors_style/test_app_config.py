"""Every ``CORS_*`` configuration key, read by ``CORS(app)`` and by ``@cross_origin()``."""

from __future__ import annotations

import unittest
from datetime import timedelta
from typing import Any

from cors_case import (
    ALLOW_CREDENTIALS,
    ALLOW_HEADERS,
    ALLOW_METHODS,
    ALLOW_PRIVATE_NETWORK,
    EXPOSE_HEADERS,
    MAX_AGE,
    REQUEST_PRIVATE_NETWORK,
    CorsTestCase,
    add_plain_route,
)

from flask import Flask, abort
from flask_cors import CORS, cross_origin


class ExtensionConfigTestCase(CorsTestCase):
    """Each test sets config keys, then calls ``CORS(self.app)`` through :meth:`configure`."""

    def setUp(self) -> None:
        self.app = Flask(__name__)

    def configure(self, **config: Any) -> None:
        self.app.config.update(config)
        CORS(self.app)
        add_plain_route(self.app, "/items", methods=["GET", "POST"])

    def test_origins_key(self) -> None:
        self.configure(CORS_ORIGINS=["http://foo.com", "http://partner.io"])
        resp = self.get("/items", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")
        resp = self.get("/items", origin="www.example.com")
        self.assertAllowOrigin(resp, None)

    def test_methods_key(self) -> None:
        self.configure(CORS_METHODS=["GET", "POST"])
        resp = self.preflight("/items", "POST", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "GET, POST")

    def test_allow_headers_key(self) -> None:
        self.configure(CORS_ALLOW_HEADERS=["x-api-key"])
        resp = self.preflight("/items", origin="www.example.com", request_headers=["x-api-key"])
        self.assertHeader(resp, ALLOW_HEADERS, "x-api-key")

    def test_expose_headers_key(self) -> None:
        self.configure(CORS_EXPOSE_HEADERS=["X-Page", "X-Count"])
        resp = self.get("/items", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Count, X-Page")

    def test_supports_credentials_key(self) -> None:
        self.configure(CORS_SUPPORTS_CREDENTIALS=True, CORS_ORIGINS="http://foo.com")
        resp = self.get("/items", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_max_age_key_seconds(self) -> None:
        self.configure(CORS_MAX_AGE=3600)
        resp = self.preflight("/items", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "3600")

    def test_max_age_key_timedelta(self) -> None:
        self.configure(CORS_MAX_AGE=timedelta(hours=2))
        resp = self.preflight("/items", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "7200")

    def test_send_wildcard_key(self) -> None:
        self.configure(CORS_SEND_WILDCARD=True)
        resp = self.get("/items", origin="www.example.com")
        self.assertAllowOrigin(resp, "*")

    def test_vary_header_key(self) -> None:
        self.configure(CORS_VARY_HEADER=False)
        resp = self.get("/items", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, "Vary", None)

    def test_resources_key(self) -> None:
        self.app.config["CORS_RESOURCES"] = {r"/api/*": {"origins": "http://foo.com"}}
        CORS(self.app)
        add_plain_route(self.app, "/api/data")
        add_plain_route(self.app, "/web")
        resp = self.get("/api/data", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        resp = self.get("/web", origin="http://foo.com")
        self.assertNoCorsHeaders(resp)

    def test_always_send_key(self) -> None:
        self.configure(CORS_ALWAYS_SEND=False)
        resp = self.get("/items")
        self.assertNoCorsHeaders(resp)
        resp = self.get("/items", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_allow_private_network_key(self) -> None:
        self.configure(CORS_ALLOW_PRIVATE_NETWORK=True)
        resp = self.preflight("/items", origin="www.example.com", headers={REQUEST_PRIVATE_NETWORK: "true"})
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")

    def test_intercept_exceptions_key(self) -> None:
        self.app.config["CORS_INTERCEPT_EXCEPTIONS"] = True
        CORS(self.app)

        @self.app.route("/gone")
        def gone() -> str:
            abort(410)

        resp = self.get("/gone", origin="www.example.com")
        self.assertEqual(resp.status_code, 410)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_keyword_argument_beats_config(self) -> None:
        self.app.config["CORS_ORIGINS"] = "http://config.example"
        self.app.config["CORS_MAX_AGE"] = 60
        CORS(self.app, origins="http://kwarg.example")
        add_plain_route(self.app, "/items")
        resp = self.preflight("/items", origin="http://kwarg.example")
        self.assertAllowOrigin(resp, "http://kwarg.example")
        self.assertHeader(resp, MAX_AGE, "60")
        resp = self.get("/items", origin="http://config.example")
        self.assertAllowOrigin(resp, None)


class DecoratorConfigTestCase(CorsTestCase):
    """``@cross_origin()`` reads the same keys from the app's config."""

    def setUp(self) -> None:
        self.app = Flask(__name__)

    def decorated_route(self, path: str, **options: Any) -> None:
        def view() -> str:
            return "decorated"

        self.app.add_url_rule(path, path.strip("/"), cross_origin(**options)(view), methods=["GET", "PUT"])

    def test_config_origins(self) -> None:
        self.app.config["CORS_ORIGINS"] = "http://foo.com"
        self.decorated_route("/thing")
        resp = self.get("/thing", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        resp = self.get("/thing", origin="www.example.com")
        self.assertAllowOrigin(resp, None)

    def test_config_max_age_seconds(self) -> None:
        self.app.config["CORS_MAX_AGE"] = 600
        self.decorated_route("/thing")
        resp = self.preflight("/thing", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "600")

    def test_config_max_age_timedelta(self) -> None:
        self.app.config["CORS_MAX_AGE"] = timedelta(minutes=15)
        self.decorated_route("/thing")
        resp = self.preflight("/thing", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "900")

    def test_decorator_option_beats_config(self) -> None:
        self.app.config["CORS_MAX_AGE"] = 600
        self.decorated_route("/thing", max_age=120)
        resp = self.preflight("/thing", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "120")

    def test_config_credentials(self) -> None:
        self.app.config["CORS_SUPPORTS_CREDENTIALS"] = True
        self.app.config["CORS_ORIGINS"] = ["http://foo.com"]
        self.decorated_route("/thing")
        resp = self.get("/thing", origin="http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, "true")

    def test_config_expose_headers(self) -> None:
        self.app.config["CORS_EXPOSE_HEADERS"] = "X-Trace"
        self.decorated_route("/thing")
        resp = self.get("/thing", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Trace")

    def test_config_methods(self) -> None:
        self.app.config["CORS_METHODS"] = "PUT"
        self.decorated_route("/thing")
        resp = self.preflight("/thing", "PUT", origin="www.example.com")
        self.assertHeader(resp, ALLOW_METHODS, "PUT")

    def test_config_send_wildcard(self) -> None:
        self.app.config["CORS_SEND_WILDCARD"] = True
        self.decorated_route("/thing")
        resp = self.get("/thing", origin="www.example.com")
        self.assertAllowOrigin(resp, "*")

    def test_config_automatic_options_off(self) -> None:
        self.app.config["CORS_AUTOMATIC_OPTIONS"] = False
        self.decorated_route("/thing")
        resp = self.options("/thing", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertEqual(resp.get_data(as_text=True), "decorated")


if __name__ == "__main__":
    unittest.main()
