"""Error responses: ``abort()``, unhandled exceptions, error handlers, ``intercept_exceptions``."""

from __future__ import annotations

import unittest

from cors_case import CorsTestCase

from flask import Flask, abort
from flask_cors import CORS, cross_origin


def add_failing_routes(app: Flask) -> None:
    @app.route("/cors/not_found")
    @app.route("/plain/not_found")
    def not_found() -> str:
        abort(404)

    @app.route("/cors/teapot")
    @app.route("/plain/teapot")
    def teapot() -> str:
        abort(418)

    @app.route("/cors/server_error")
    @app.route("/plain/server_error")
    def server_error() -> str:
        abort(500)

    @app.route("/cors/crash")
    @app.route("/plain/crash")
    def crash() -> str:
        raise RuntimeError("unexpected")


class InterceptedErrorsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources={r"/cors/*": {}})
        add_failing_routes(self.app)

    def test_abort_404_on_covered_path(self) -> None:
        resp = self.get("/cors/not_found", origin="www.example.com")
        self.assertEqual(resp.status_code, 404)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_abort_404_on_uncovered_path(self) -> None:
        resp = self.get("/plain/not_found", origin="www.example.com")
        self.assertEqual(resp.status_code, 404)
        self.assertNoCorsHeaders(resp)

    def test_abort_418_on_covered_path(self) -> None:
        resp = self.get("/cors/teapot", origin="www.example.com")
        self.assertEqual(resp.status_code, 418)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_abort_500_on_covered_path(self) -> None:
        resp = self.get("/cors/server_error", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_abort_500_on_uncovered_path(self) -> None:
        resp = self.get("/plain/server_error", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertNoCorsHeaders(resp)

    def test_unhandled_exception_on_covered_path(self) -> None:
        resp = self.get("/cors/crash", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_unhandled_exception_on_uncovered_path(self) -> None:
        resp = self.get("/plain/crash", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertNoCorsHeaders(resp)

    def test_unknown_url_under_covered_prefix(self) -> None:
        resp = self.get("/cors/nowhere", origin="www.example.com")
        self.assertEqual(resp.status_code, 404)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_method_not_allowed_on_covered_path(self) -> None:
        resp = self.post("/cors/teapot", origin="www.example.com")
        self.assertEqual(resp.status_code, 405)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_error_handler_response_gets_headers(self) -> None:
        @self.app.errorhandler(404)
        @self.app.errorhandler(500)
        def friendly(error: Exception) -> tuple[str, int]:
            return "handled", 200

        for path in ("/cors/not_found", "/cors/server_error", "/cors/crash"):
            resp = self.get(path, origin="www.example.com")
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "www.example.com")
        for path in ("/plain/not_found", "/plain/server_error", "/plain/crash"):
            resp = self.get(path, origin="www.example.com")
            self.assertEqual(resp.status_code, 200)
            self.assertNoCorsHeaders(resp)


class NotInterceptedErrorsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources={r"/cors/*": {}}, intercept_exceptions=False)
        add_failing_routes(self.app)

    def test_abort_still_gets_headers(self) -> None:
        resp = self.get("/cors/not_found", origin="www.example.com")
        self.assertEqual(resp.status_code, 404)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_abort_500_still_gets_headers(self) -> None:
        resp = self.get("/cors/server_error", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertAllowOrigin(resp, "www.example.com")

    def test_unhandled_exception_gets_headers_on_current_flask(self) -> None:
        resp = self.get("/cors/crash", origin="www.example.com")
        self.assertEqual(resp.status_code, 500)
        self.assertAllowOrigin(resp, "www.example.com")


class DecoratedErrorsTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/refuse")
        @cross_origin()
        def refuse() -> str:
            abort(403)

        @self.app.route("/fine")
        @cross_origin()
        def fine() -> str:
            return "fine"

    def test_decorated_view_success(self) -> None:
        resp = self.get("/fine", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_decorated_view_abort_without_extension(self) -> None:
        resp = self.get("/refuse", origin="www.example.com")
        self.assertEqual(resp.status_code, 403)
        self.assertNoCorsHeaders(resp)

    def test_decorated_view_abort_with_extension(self) -> None:
        CORS(self.app, origins="http://app-wide.example")
        resp = self.get("/refuse", origin="http://app-wide.example")
        self.assertEqual(resp.status_code, 403)
        self.assertAllowOrigin(resp, "http://app-wide.example")


if __name__ == "__main__":
    unittest.main()
