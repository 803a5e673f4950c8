"""``CORS(app, ...)``: the ``resources`` option in all its shapes, and option precedence."""

from __future__ import annotations

import re
import unittest

from cors_case import EXPOSE_HEADERS, CorsTestCase, add_plain_route

from flask import Flask, jsonify
from flask_cors import CORS, cross_origin


class ResourceDictTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(
            self.app,
            resources={
                r"/open": {},
                r"/partners/*": {"origins": ["http://foo.com", "http://partner.io"]},
                r"/single": {"origins": "http://foo.com"},
                r"/regex_origin": {"origins": r"https?://\w+\.example\.com"},
                r"/wild": {"send_wildcard": True},
                r"/reports/.*": {"expose_headers": "X-Report-Id"},
            },
        )
        for path in ("/open", "/partners/list", "/single", "/regex_origin", "/wild", "/reports/daily", "/elsewhere"):
            add_plain_route(self.app, path)

    def test_empty_options_use_defaults(self) -> None:
        for resp in self.each_verb("/open", origin="www.example.com"):
            self.assertAllowOrigin(resp, "www.example.com")

    def test_empty_options_without_origin(self) -> None:
        for resp in self.each_verb("/open"):
            self.assertAllowOrigin(resp, "*")

    def test_resource_origin_list_allows_member(self) -> None:
        resp = self.get("/partners/list", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")

    def test_resource_origin_list_refuses_stranger(self) -> None:
        for resp in self.each_verb("/partners/list", origin="www.example.com"):
            self.assertAllowOrigin(resp, None)

    def test_resource_single_origin(self) -> None:
        resp = self.get("/single", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")

    def test_resource_regex_origin(self) -> None:
        resp = self.get("/regex_origin", origin="http://img.example.com")
        self.assertAllowOrigin(resp, "http://img.example.com")

    def test_resource_send_wildcard(self) -> None:
        for resp in self.each_verb("/wild", origin="www.example.com"):
            self.assertAllowOrigin(resp, "*")

    def test_resource_expose_headers(self) -> None:
        resp = self.get("/reports/daily", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, EXPOSE_HEADERS, "X-Report-Id")

    def test_path_outside_every_resource(self) -> None:
        for resp in self.each_verb("/elsewhere", origin="www.example.com"):
            self.assertEqual(resp.status_code, 200)
            self.assertNoCorsHeaders(resp)


class ResourceListTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources=[r"/feeds/*", r"/status"], origins=["http://foo.com", "http://partner.io"])
        for path in ("/feeds/news", "/status", "/private"):
            add_plain_route(self.app, path)

    def test_first_listed_resource(self) -> None:
        for resp in self.each_verb("/feeds/news", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")

    def test_second_listed_resource(self) -> None:
        resp = self.get("/status", origin="http://partner.io")
        self.assertAllowOrigin(resp, "http://partner.io")

    def test_listed_resource_refuses_unlisted_origin(self) -> None:
        resp = self.get("/status", origin="www.example.com")
        self.assertAllowOrigin(resp, None)

    def test_unlisted_path(self) -> None:
        for resp in self.each_verb("/private", origin="http://foo.com"):
            self.assertNoCorsHeaders(resp)


class ResourceStringTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources=r"/api/*", expose_headers="X-Total-Count", origins="http://partner.io")

        @self.app.route("/api/v2/items")
        def items() -> object:
            return jsonify(items=[])

        @self.app.route("/api/v2/custom")
        @cross_origin(origins="http://foo.com")
        def custom() -> object:
            return jsonify(custom=True)

        @self.app.route("/")
        def home() -> str:
            return "home"

    def test_covered_path(self) -> None:
        for resp in self.each_verb("/api/v2/items", origin="http://partner.io"):
            self.assertEqual(resp.status_code, 200)
            self.assertAllowOrigin(resp, "http://partner.io")
            self.assertHeader(resp, EXPOSE_HEADERS, "X-Total-Count")

    def test_covered_path_other_origin(self) -> None:
        for resp in self.each_verb("/api/v2/items", origin="http://foo.com"):
            self.assertAllowOrigin(resp, None)
            self.assertHeader(resp, EXPOSE_HEADERS, None)

    def test_uncovered_path(self) -> None:
        resp = self.get("/", origin="http://partner.io")
        self.assertNoCorsHeaders(resp)

    def test_decorator_replaces_app_options(self) -> None:
        for resp in self.each_verb("/api/v2/custom", origin="http://foo.com"):
            self.assertAllowOrigin(resp, "http://foo.com")
            self.assertHeader(resp, EXPOSE_HEADERS, None)

    def test_decorator_refusal_is_not_overridden_by_app(self) -> None:
        for resp in self.each_verb("/api/v2/custom", origin="http://partner.io"):
            self.assertAllowOrigin(resp, None)
            self.assertHeader(resp, EXPOSE_HEADERS, None)


class ResourceCompiledPatternTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources=re.compile(r"/v\d+/.*"))
        for path in ("/v1/users", "/v12/users", "/vx/users"):
            add_plain_route(self.app, path)

    def test_compiled_resource_matches(self) -> None:
        for path in ("/v1/users", "/v12/users"):
            resp = self.get(path, origin="www.example.com")
            self.assertAllowOrigin(resp, "www.example.com")

    def test_compiled_resource_does_not_match(self) -> None:
        resp = self.get("/vx/users", origin="www.example.com")
        self.assertNoCorsHeaders(resp)


class ResourcePrecedenceTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        self.app.config["CORS_ORIGINS"] = "http://config.example"
        CORS(
            self.app,
            origins="http://kwarg.example",
            resources={
                r"/api/*": {},
                r"/api/admin": {"origins": "http://admin.example"},
            },
        )
        for path in ("/api/public", "/api/admin"):
            add_plain_route(self.app, path)

    def test_keyword_beats_config(self) -> None:
        resp = self.get("/api/public", origin="http://kwarg.example")
        self.assertAllowOrigin(resp, "http://kwarg.example")
        resp = self.get("/api/public", origin="http://config.example")
        self.assertAllowOrigin(resp, None)

    def test_literal_resource_beats_pattern(self) -> None:
        resp = self.get("/api/admin", origin="http://admin.example")
        self.assertAllowOrigin(resp, "http://admin.example")

    def test_resource_options_beat_keywords(self) -> None:
        resp = self.get("/api/admin", origin="http://kwarg.example")
        self.assertAllowOrigin(resp, None)


class ResourcePathTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources={r"/api/*": {"origins": "*"}})
        for path in ("/api", "/api/", "/api/deep/nested/path", "/API/upper", "/apiv2/thing"):
            add_plain_route(self.app, path)

    def test_bare_prefix_is_covered(self) -> None:
        resp = self.get("/api", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_trailing_slash_is_covered(self) -> None:
        resp = self.get("/api/", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_deep_path_is_covered(self) -> None:
        resp = self.get("/api/deep/nested/path", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")

    def test_paths_are_case_sensitive(self) -> None:
        resp = self.get("/API/upper", origin="www.example.com")
        self.assertEqual(resp.status_code, 200)
        self.assertNoCorsHeaders(resp)

    def test_longer_word_with_same_prefix(self) -> None:
        resp = self.get("/apiv2/thing", origin="www.example.com")
        self.assertAllowOrigin(resp, "www.example.com")


class ResourceStarTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, resources={"*": {"origins": "http://foo.com"}})
        add_plain_route(self.app, "/anything/at/all")

    def test_star_resource_covers_everything(self) -> None:
        resp = self.get("/anything/at/all", origin="http://foo.com")
        self.assertAllowOrigin(resp, "http://foo.com")


class ResourceErrorTestCase(CorsTestCase):
    def test_number_is_not_a_resource(self) -> None:
        app = Flask(__name__)
        with self.assertRaises(ValueError):
            CORS(app, resources=42)  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
