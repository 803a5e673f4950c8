"""The application factory pattern: ``CORS()`` first, ``init_app(app)`` later."""

from __future__ import annotations

import unittest

from cors_case import EXPOSE_HEADERS, MAX_AGE, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS

cors = CORS()


def create_app(**init_options: object) -> Flask:
    app = Flask(__name__)
    add_plain_route(app, "/api/things")
    add_plain_route(app, "/home")
    cors.init_app(app, **init_options)  # type: ignore[arg-type]
    return app


class InitAppTestCase(CorsTestCase):
    def test_factory_defaults(self) -> None:
        self.app = create_app()
        for resp in self.each_verb("/home", origin="www.example.com"):
            self.assertAllowOrigin(resp, "www.example.com")

    def test_factory_with_resources(self) -> None:
        self.app = create_app(resources=r"/api/*")
        resp = self.get("/api/things", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        resp = self.get("/home", origin="www.example.com")
        self.assertNoCorsHeaders(resp)

    def test_two_apps_from_one_extension(self) -> None:
        first = create_app(origins="http://foo.com")
        second = create_app(origins="http://partner.io")
        self.app = first
        self.assertAllowOrigin(self.get("/home", origin="http://foo.com"), "http://foo.com")
        self.assertAllowOrigin(self.get("/home", origin="http://partner.io"), None)
        self.app = second
        self.assertAllowOrigin(self.get("/home", origin="http://partner.io"), "http://partner.io")
        self.assertAllowOrigin(self.get("/home", origin="http://foo.com"), None)

    def test_constructor_options_reach_init_app(self) -> None:
        extension = CORS(expose_headers="X-Version", max_age=90)
        self.app = Flask(__name__)
        add_plain_route(self.app, "/home")
        extension.init_app(self.app)
        resp = self.get("/home", origin="www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Version")
        resp = self.preflight("/home", origin="www.example.com")
        self.assertHeader(resp, MAX_AGE, "90")

    def test_init_app_options_beat_constructor_options(self) -> None:
        extension = CORS(origins="http://foo.com", max_age=90)
        self.app = Flask(__name__)
        add_plain_route(self.app, "/home")
        extension.init_app(self.app, origins="http://partner.io")
        resp = self.preflight("/home", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")
        self.assertHeader(resp, MAX_AGE, "90")
        resp = self.get("/home", origin="http://foo.com")
        self.assertAllowOrigin(resp, None)

    def test_config_read_at_init_app(self) -> None:
        extension = CORS()
        self.app = Flask(__name__)
        self.app.config["CORS_ORIGINS"] = ["http://foo.com"]
        add_plain_route(self.app, "/home")
        extension.init_app(self.app)
        resp = self.get("/home", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        resp = self.get("/home", origin="www.example.com")
        self.assertAllowOrigin(resp, None)


if __name__ == "__main__":
    unittest.main()
