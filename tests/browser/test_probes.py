"""Chromium decides: each probe makes a real cross-origin fetch and asserts the browser's verdict.

``ok`` is whether ``fetch()`` resolved (the browser let the page read the response); headers are
the ones JavaScript can see. Preflights are counted where they reached the server.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

import pytest

from flask import Blueprint, Flask, Response, abort, redirect, request
from flask_cors import CORS, InsecureConfigurationWarning, cross_origin
from tests.browser.conftest import Probe

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Probe]
JSON_PUT = {"method": "PUT", "headers": {"Content-Type": "application/json"}, "body": "{}"}
SAFE_HEADERS = {"content-length", "content-type"}


def api(**routes: Callable[[], Any]) -> Flask:
    """A Flask app with ``/name`` routes accepting the common methods."""
    app = Flask("browser_api")
    for name, view in routes.items():
        app.add_url_rule(f"/{name}", name, view, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    return app


def ok() -> str:
    return "ok"


def blocked(result: dict[str, Any]) -> bool:
    return result == {"ok": False, "error": "TypeError: Failed to fetch"}


def readable(result: dict[str, Any], status: int = 200, body: str = "ok") -> bool:
    return result.get("ok") is True and result["status"] == status and result["body"] == body


def visible_headers(result: dict[str, Any]) -> set[str]:
    """Headers JavaScript can read, minus the ones every response carries."""
    return set(result["headers"]) - SAFE_HEADERS


def with_cookie_routes(app: Flask) -> Flask:
    @app.route("/login", methods=["POST"])
    def login() -> Response:
        response = Response("ok")
        response.set_cookie("sid", "s3cret", samesite="Lax", httponly=True)
        return response

    @app.route("/whoami")
    def whoami() -> Response:
        return Response(json.dumps({"sid": request.cookies.get("sid")}), mimetype="application/json")

    return app


class TestSeedExamples:
    def test_app_wide_credentials_send_and_receive_a_cookie(self, open_page: OpenPage) -> None:
        app = with_cookie_routes(Flask("seed"))
        with pytest.warns(InsecureConfigurationWarning):
            CORS(app, supports_credentials=True)
        probe = open_page(app, page_origin="sibling")
        assert readable(probe.fetch("/login", method="POST", credentials="include"))
        assert readable(probe.fetch("/whoami", credentials="include"), body='{"sid": "s3cret"}')
        assert [seen.cookie for seen in probe.actual_requests("/whoami")] == ["sid=s3cret"]

    def test_decorated_route_credentials_send_and_receive_a_cookie(self, open_page: OpenPage) -> None:
        app = Flask("seed_decorator")
        with pytest.warns(InsecureConfigurationWarning):

            @app.route("/login", methods=["POST"])
            @cross_origin(supports_credentials=True)
            def login() -> Response:
                response = Response("ok")
                response.set_cookie("sid", "s3cret", samesite="Lax")
                return response

            @app.route("/")
            @cross_origin(supports_credentials=True)
            def hello() -> str:
                name = request.args.get("name", "World")
                return f"Hello, {name}! cookie={request.cookies.get('sid')}"

        probe = open_page(app, page_origin="sibling")
        assert readable(probe.fetch("/login", method="POST", credentials="include"))
        assert readable(probe.fetch("/?name=Ada", credentials="include"), body="Hello, Ada! cookie=s3cret")

    def test_credentialed_put_passes_its_preflight(self, open_page: OpenPage) -> None:
        app = with_cookie_routes(api(update=ok))
        with pytest.warns(InsecureConfigurationWarning):
            CORS(app, supports_credentials=True)
        probe = open_page(app, page_origin="sibling")
        assert readable(probe.fetch("/login", method="POST", credentials="include"))
        assert readable(probe.fetch("/update", credentials="include", **JSON_PUT))
        assert probe.preflights("/update") == 1
        assert [seen.cookie for seen in probe.actual_requests("/update")] == ["sid=s3cret"]


class TestDefaults:
    def test_default_get_is_readable(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app)
        assert readable(open_page(app).fetch("/data"))

    def test_default_allows_put_with_json_after_one_preflight(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app)
        probe = open_page(app)
        assert readable(probe.fetch("/data", **JSON_PUT))
        assert probe.preflights("/data") == 1

    def test_default_refuses_credentials(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app)
        assert blocked(open_page(app).fetch("/data", credentials="include"))

    def test_no_cors_at_all_is_blocked(self, open_page: OpenPage) -> None:
        assert blocked(open_page(api(data=ok)).fetch("/data"))


class TestOrigins:
    @pytest.mark.parametrize(
        ("origins", "page_origin", "allowed"),
        [
            pytest.param(lambda o: [o("localhost")], "localhost", True, id="listed"),
            pytest.param(lambda o: ["http://elsewhere.test"], "localhost", False, id="unlisted"),
            pytest.param(lambda o: [r"http://localhost:\d+"], "localhost", True, id="regex"),
            pytest.param(
                lambda o: [r"http://app\.example\.localhost"],
                "app.example.localhost",
                True,
                id="regex-without-port-allows-dev-server-port",
            ),
            pytest.param(
                lambda o: [r"http://app\.example\.localhost"],
                "app.example.localhost.evil.localhost",
                False,
                id="regex-without-port-blocks-suffix-lookalike",
            ),
            pytest.param(lambda o: [r"http://(localhost):1"], "localhost", False, id="regex-naming-another-port"),
            pytest.param(
                lambda o: [re.compile(r"http://LOCALHOST:\d+", re.IGNORECASE)], "localhost", True, id="compiled-regex"
            ),
            pytest.param(lambda o: ["http://localhost:*"], "localhost", True, id="any-port"),
            pytest.param(lambda o: ["http://*.localhost:*"], "sub.localhost", True, id="subdomain-wildcard"),
            pytest.param(lambda o: ["http://*.localhost:*"], "a.b.localhost", True, id="deep-subdomain-wildcard"),
            pytest.param(lambda o: ["http://*.localhost:*"], "localhost", False, id="subdomain-wildcard-not-apex"),
            pytest.param(
                lambda o: [lambda origin: origin.startswith("http://localhost:")], "localhost", True, id="callable-yes"
            ),
            pytest.param(lambda o: [lambda origin: False], "localhost", False, id="callable-no"),
        ],
    )
    def test_origin_rule(
        self,
        open_page: OpenPage,
        page_origin_of: Callable[[str], str],
        origins: Callable[..., Any],
        page_origin: str,
        allowed: bool,
    ) -> None:
        app = api(data=ok)
        CORS(app, origins=origins(page_origin_of))
        result = open_page(app, page_origin=page_origin).fetch("/data")
        assert readable(result) if allowed else blocked(result), result

    def test_send_wildcard_is_readable_without_credentials(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, send_wildcard=True)
        assert readable(open_page(app).fetch("/data"))

    def test_send_wildcard_cannot_carry_credentials(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, send_wildcard=True)
        assert blocked(open_page(app).fetch("/data", credentials="include"))


class TestPreflights:
    @pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
    def test_default_methods_pass(self, open_page: OpenPage, method: str) -> None:
        app = api(data=ok)
        CORS(app)
        probe = open_page(app)
        assert readable(probe.fetch("/data", method=method))
        assert probe.preflights("/data") == 1

    def test_unlisted_method_is_blocked_before_the_request(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, methods=["GET", "PUT"])
        probe = open_page(app)
        assert blocked(probe.fetch("/data", method="DELETE"))
        assert probe.preflights("/data") == 1
        assert probe.actual_requests("/data") == []

    def test_listed_custom_header_passes(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, allow_headers=["X-Token"])
        assert readable(open_page(app).fetch("/data", headers={"X-Token": "t"}))

    def test_unlisted_custom_header_is_blocked(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, allow_headers=["X-Token"])
        probe = open_page(app)
        assert blocked(probe.fetch("/data", headers={"X-Other": "o"}))
        assert probe.actual_requests("/data") == []

    def test_json_content_type_needs_listing_too(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, allow_headers=["X-Token"])
        assert blocked(open_page(app).fetch("/data", **JSON_PUT))

    def test_authorization_passes_with_allow_headers_star(self, open_page: OpenPage) -> None:
        app = api(data=lambda: request.headers.get("Authorization", ""))
        CORS(app)
        result = open_page(app).fetch("/data", headers={"Authorization": "Bearer t"})
        assert readable(result, body="Bearer t")

    def test_authorization_is_blocked_when_the_list_lacks_it(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, allow_headers=["Content-Type"])
        assert blocked(open_page(app).fetch("/data", headers={"Authorization": "Bearer t"}))

    def test_max_age_spares_the_second_preflight(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, max_age=600)
        probe = open_page(app)
        assert readable(probe.fetch("/data", **JSON_PUT))
        assert readable(probe.fetch("/data", **JSON_PUT))
        assert probe.preflights("/data") == 1
        assert len(probe.actual_requests("/data")) == 2

    def test_max_age_zero_preflights_every_time(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app, max_age=0)
        probe = open_page(app)
        assert readable(probe.fetch("/data", **JSON_PUT))
        assert readable(probe.fetch("/data", **JSON_PUT))
        assert probe.preflights("/data") == 2

    def test_preflight_is_answered_before_an_auth_hook(self, open_page: OpenPage) -> None:
        app = api(secure=lambda: "secret")

        @app.before_request
        def require_token() -> None:
            if request.headers.get("Authorization") != "Bearer good":
                abort(401)

        CORS(app)
        probe = open_page(app)
        assert readable(probe.fetch("/secure", headers={"Authorization": "Bearer good"}), body="secret")
        assert probe.preflights("/secure") == 1

    def test_rejected_token_is_a_readable_401(self, open_page: OpenPage) -> None:
        app = api(secure=lambda: "secret")

        @app.before_request
        def require_token() -> None:
            if request.headers.get("Authorization") != "Bearer good":
                abort(401)

        CORS(app)
        result = open_page(app).fetch("/secure", headers={"Authorization": "Bearer bad"})
        assert result["ok"] is True and result["status"] == 401

    @pytest.mark.parametrize("with_cors_app", [True, False], ids=["cors-app-without-resources", "decorator-only"])
    def test_decorated_view_behind_an_auth_hook(self, open_page: OpenPage, with_cors_app: bool) -> None:
        app = Flask("decorated_auth")

        @app.before_request
        def require_token() -> None:
            if request.headers.get("Authorization") != "Bearer good":
                abort(401)

        @app.route("/secure", methods=["GET", "PUT"])
        @cross_origin()
        def secure() -> str:
            return "secret"

        if with_cors_app:
            CORS(app, resources=[])
        probe = open_page(app)
        result = probe.fetch("/secure", method="PUT", headers={"Authorization": "Bearer good"})
        assert probe.preflights("/secure") == 1
        if with_cors_app:
            assert readable(result, body="secret")
            refused = probe.fetch("/secure", headers={"Authorization": "Bearer bad"})
            assert refused["ok"] is True and refused["status"] == 401
        else:  # the hook refuses the preflight, and the browser the request: as with flask-cors
            assert blocked(result)
            assert probe.actual_requests("/secure") == []


class TestExposeHeaders:
    @staticmethod
    def app(**options: Any) -> Flask:
        app = api(data=lambda: Response("ok", headers={"X-Total": "42", "X-Secret": "s"}))
        CORS(app, **options)
        return app

    def test_exposed_header_is_readable_and_others_are_not(self, open_page: OpenPage) -> None:
        result = open_page(self.app(expose_headers=["X-Total"])).fetch("/data")
        assert readable(result)
        assert visible_headers(result) == {"x-total"}
        assert result["headers"]["x-total"] == "42"

    def test_nothing_extra_is_readable_by_default(self, open_page: OpenPage) -> None:
        result = open_page(self.app()).fetch("/data")
        assert readable(result)
        assert visible_headers(result) == set()


class TestScopes:
    def test_strict_path_next_to_a_permissive_one(self, open_page: OpenPage) -> None:
        app = api(**{"public": ok})
        app.add_url_rule("/private/data", "private", ok)
        CORS(app, resources={r"/private/*": {"origins": "http://elsewhere.test"}, r"/*": {"origins": "*"}})
        probe = open_page(app)
        assert readable(probe.fetch("/public"))
        assert blocked(probe.fetch("/private/data"))

    def test_decorated_route_in_an_app_without_cors(self, open_page: OpenPage) -> None:
        app = api(plain=ok)

        @app.route("/open", methods=["GET", "PUT"])
        @cross_origin()
        def open_view() -> str:
            return "ok"

        probe = open_page(app)
        assert readable(probe.fetch("/open"))
        assert readable(probe.fetch("/open", **JSON_PUT))
        assert blocked(probe.fetch("/plain"))

    def test_blueprint_policy_covers_its_routes_only(self, open_page: OpenPage) -> None:
        blueprint = Blueprint("bp", __name__, url_prefix="/bp")
        CORS(blueprint)
        blueprint.add_url_rule("/data", "data", ok)
        app = api(outside=ok)
        app.register_blueprint(blueprint)
        probe = open_page(app)
        assert readable(probe.fetch("/bp/data"))
        assert blocked(probe.fetch("/outside"))


class TestErrorResponses:
    @staticmethod
    def app() -> Flask:
        app = Flask("errors")
        CORS(app)

        @app.route("/forbidden")
        def forbidden() -> str:
            abort(403)

        @app.route("/crash")
        def crash() -> str:
            raise RuntimeError("boom")

        @app.route("/get-only")
        def get_only() -> str:
            return "ok"

        return app

    @pytest.mark.parametrize(
        ("path", "method", "status"),
        [("/missing", "GET", 404), ("/get-only", "DELETE", 405), ("/forbidden", "GET", 403), ("/crash", "GET", 500)],
    )
    def test_error_status_is_readable(self, open_page: OpenPage, path: str, method: str, status: int) -> None:
        result = open_page(self.app()).fetch(path, method=method)
        assert result["ok"] is True, result
        assert result["status"] == status


class TestNullOrigin:
    def test_sandboxed_iframe_is_served_by_any_origin(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        CORS(app)
        probe = open_page(app)
        assert probe.fetch_from_sandbox("/data") == {"ok": True, "status": 200, "body": "ok"}
        assert [seen.origin for seen in probe.actual_requests("/data")] == ["null"]

    def test_sandboxed_iframe_is_refused_by_an_origin_list(
        self, open_page: OpenPage, page_origin_of: Callable[[str], str]
    ) -> None:
        app = api(data=ok)
        CORS(app, origins=[page_origin_of("localhost")])
        assert open_page(app).fetch_from_sandbox("/data") == {"ok": False, "error": "TypeError: Failed to fetch"}

    def test_sandboxed_iframe_is_refused_by_credentials_with_any_origin(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        with pytest.warns(InsecureConfigurationWarning):
            CORS(app, supports_credentials=True)
        assert open_page(app).fetch_from_sandbox("/data") == {"ok": False, "error": "TypeError: Failed to fetch"}

    def test_sandboxed_iframe_is_allowed_when_null_is_listed(self, open_page: OpenPage) -> None:
        app = api(data=ok)
        with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W007\]"):
            CORS(app, origins=["null"], supports_credentials=True)
        assert open_page(app).fetch_from_sandbox("/data") == {"ok": True, "status": 200, "body": "ok"}


class TestRedirects:
    def test_redirect_within_the_api_is_followed(self, open_page: OpenPage) -> None:
        app = api(new=lambda: "moved")
        app.add_url_rule("/old", "old", lambda: redirect("/new", code=302))
        CORS(app)
        assert readable(open_page(app).fetch("/old"), body="moved")

    def test_strict_slash_redirect_after_a_preflight(self, open_page: OpenPage) -> None:
        app = Flask("slash")
        app.add_url_rule("/items/", "items", ok, methods=["PUT"])
        CORS(app)
        probe = open_page(app)
        assert readable(probe.fetch("/items", **JSON_PUT))
        assert probe.preflights("/items") == 1

    def test_redirect_to_an_origin_list_api_is_refused_as_null(
        self, open_page: OpenPage, page_origin_of: Callable[[str], str]
    ) -> None:
        # The redirect goes to another origin (localhost instead of 127.0.0.1), so Chromium sends
        # Origin: null on the second hop; an origin list that names only the page refuses it.
        app = api(new=lambda: "moved")
        CORS(app, origins=[page_origin_of("localhost")])
        probe = open_page(app)
        app.add_url_rule("/old", "old", lambda: redirect(f"http://localhost:{probe.api.port}/new", code=302))
        assert blocked(probe.fetch("/old"))
        assert [seen.origin for seen in probe.actual_requests("/new")] == ["null"]
