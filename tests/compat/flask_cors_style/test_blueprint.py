"""``CORS(blueprint)`` and ``init_app(blueprint)``."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_CREDENTIALS, CorsTestCase

from flask import Blueprint, Flask
from flask_cors import CORS, cross_origin


class BlueprintTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.public = Blueprint("public", __name__, url_prefix="/public")
        CORS(self.public)

        @self.public.route("/news")
        def news() -> str:
            return "news"

        self.partners = Blueprint("partners", __name__, url_prefix="/partners")
        CORS(self.partners, resources={r"/partners/api/*": {"origins": "http://partner.io"}})

        @self.partners.route("/api/orders")
        def orders() -> str:
            return "orders"

        @self.partners.route("/about")
        def about() -> str:
            return "about"

        @self.partners.route("/special")
        @cross_origin(origins="http://foo.com")
        def special() -> str:
            return "special"

        self.app = Flask(__name__)
        self.app.register_blueprint(self.public)
        self.app.register_blueprint(self.partners)

        @self.app.route("/outside")
        def outside() -> str:
            return "outside"

    def test_default_blueprint_echoes_origin(self) -> None:
        for resp in self.each_verb("/public/news", origin="www.example.com"):
            self.assertAllowOrigin(resp, "www.example.com")

    def test_default_blueprint_without_origin(self) -> None:
        resp = self.get("/public/news")
        self.assertAllowOrigin(resp, "*")

    def test_blueprint_resource_allows_listed_origin(self) -> None:
        resp = self.get("/partners/api/orders", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")

    def test_blueprint_resource_refuses_other_origin(self) -> None:
        resp = self.get("/partners/api/orders", origin="www.example.com")
        self.assertAllowOrigin(resp, None)

    def test_blueprint_route_outside_resources(self) -> None:
        resp = self.get("/partners/about", origin="http://partner.io")
        self.assertNoCorsHeaders(resp)

    def test_decorated_route_inside_blueprint(self) -> None:
        resp = self.get("/partners/special", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_app_route_outside_blueprints(self) -> None:
        resp = self.get("/outside", origin="www.example.com")
        self.assertNoCorsHeaders(resp)

    def test_blueprint_preflight(self) -> None:
        resp = self.preflight("/public/news", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertAllowOrigin(resp, "www.example.com")


class BlueprintInitAppTestCase(CorsTestCase):
    def test_init_app_on_blueprint(self) -> None:
        bp = Blueprint("late", __name__)

        @bp.route("/late/ping")
        def ping() -> str:
            return "pong"

        cors = CORS(resources={r"/late/*": {"origins": "http://foo.com"}})
        cors.init_app(bp)
        self.app = Flask(__name__)
        self.app.register_blueprint(bp)
        resp = self.get("/late/ping", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        resp = self.get("/late/ping", origin="www.example.com")
        self.assertAllowOrigin(resp, None)

    def test_blueprint_options_ignore_app_config(self) -> None:
        bp = Blueprint("configured", __name__)
        CORS(bp, origins="http://foo.com")

        @bp.route("/settings")
        def settings() -> str:
            return "settings"

        self.app = Flask(__name__)
        self.app.config["CORS_SUPPORTS_CREDENTIALS"] = True
        self.app.register_blueprint(bp)
        resp = self.get("/settings", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_CREDENTIALS, None)


if __name__ == "__main__":
    unittest.main()
