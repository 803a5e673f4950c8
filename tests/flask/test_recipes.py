"""docs/recipes.md: each recipe's app, built as the page shows it, answers with the headers the page lists."""

from __future__ import annotations

import os
import warnings
from datetime import timedelta
from typing import Any

import pytest
from werkzeug.exceptions import HTTPException

from flask import Blueprint, Flask, Response, abort, jsonify, request
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cross_origin
from flask_cors.cli import cors_group
from flask_cors.testing import (
    assert_cookies_sent,
    assert_cors_allowed,
    assert_cors_blocked,
    check_configuration,
    route_policy,
    simulate_fetch,
)
from tests.helpers import cors_headers, get, preflight

APP = "https://app.example.com"
ADMIN = "https://admin.example.com"
PARTNER = "https://partner.example"
EVIL = "https://evil.example"
API_URL = "https://api.example.com"
ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
MISSING = "No 'Access-Control-Allow-Origin' header is present on the requested resource."
PREFLIGHT_FAILED = "Response to preflight request doesn't pass access control check: "


def only_vary() -> dict[str, str]:
    return {"Vary": "Origin"}


def allowed(origin: str, **extra: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, **extra, "Vary": "Origin"}


def answered(origin: str, **extra: str) -> dict[str, str]:
    """A preflight answer: it also varies on the requested headers it echoes."""
    return {"Access-Control-Allow-Origin": origin, **extra, "Vary": "Origin, Access-Control-Request-Headers"}


# A single-page app with cookies on another origin


def spa_with_cookies_app() -> Flask:
    app = Flask(__name__)
    CORS(app, origins=["https://app.example.com"], supports_credentials=True)

    @app.post("/login")
    def login() -> Response:
        response = jsonify(ok=True)
        response.set_cookie("session", "s3cret", secure=True, httponly=True, samesite="None")
        return response

    @app.get("/me")
    def me() -> Response:
        return jsonify(session=request.cookies.get("session"))

    return app


def test_spa_with_cookies_gets_reflected_origin_and_credentials() -> None:
    response = get(spa_with_cookies_app().test_client(), "/me", APP)
    assert response.status_code == 200
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": APP,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def test_spa_with_cookies_preflight_for_the_json_login() -> None:
    answer = preflight(spa_with_cookies_app().test_client(), "/login", APP, "POST", "content-type")
    assert answer.status_code == 200
    assert cors_headers(answer) == {
        "Access-Control-Allow-Origin": APP,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": ALL_METHODS,
        "Access-Control-Allow-Headers": "content-type",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


@pytest.mark.parametrize("origin", [EVIL, "null"])
def test_spa_with_cookies_refuses_other_origins_and_null(origin: str) -> None:
    client = spa_with_cookies_app().test_client()
    response = get(client, "/me", origin)
    assert cors_headers(response) == only_vary()
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_spa_with_cookies_login_sets_a_cross_site_cookie() -> None:
    response = spa_with_cookies_app().test_client().post("/login", headers={"Origin": APP})
    assert response.headers.getlist("Set-Cookie") == ["session=s3cret; Secure; HttpOnly; Path=/; SameSite=None"]
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": APP,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def test_spa_with_cookies_round_trip_needs_credentials_include() -> None:
    # The API is on another site than the SPA: a browser that allows third-party cookies (Chrome's defaults).
    client = spa_with_cookies_app().test_client()
    login = assert_cors_allowed(
        client,
        "/login",
        APP,
        "POST",
        credentials=True,
        json={"user": "ada", "password": "x"},
        browser="chrome",
        needs_cookies=False,
    )
    assert login.preflight is not None
    assert login.response is not None and login.response.json == {"ok": True}
    assert [(judged.cookie.name, judged.stored) for judged in login.set_cookies] == [("session", True)]
    with_cookie = assert_cors_allowed(client, "/me", APP, credentials=True, browser="chrome")
    assert_cookies_sent(with_cookie, "session")
    assert with_cookie.response is not None and with_cookie.response.json == {"session": "s3cret"}
    # Without credentials: 'include' the browser sends no cookie, although it holds one.
    without = assert_cors_allowed(client, "/me", APP)
    assert without.response is not None and without.response.json == {"session": None}


def test_spa_cookie_is_refused_where_third_party_cookies_are_blocked() -> None:
    client = spa_with_cookies_app().test_client()
    login = assert_cors_allowed(
        client, "/login", APP, "POST", credentials=True, json={"user": "ada"}, needs_cookies=False
    )
    assert [(judged.cookie.name, judged.store.reasons) for judged in login.set_cookies] == [
        ("session", ("UserPreferences",))
    ]
    with pytest.raises(AssertionError) as failed:
        assert_cors_allowed(client, "/me", APP, credentials=True)
    assert str(failed.value).splitlines()[:2] == [
        "expected the browser to allow it with its cookies, but: blocked by cookies: the browser holds no cookie for "
        "the API, so the request carries none (sign in first: simulate_fetch(client, '/login', origin, 'POST', "
        "credentials=True, ...); pass needs_cookies=False for a credentialed call that needs no cookie)",
        "CORS policy: resource '/*' (matches every path): allowed",
    ]
    me = simulate_fetch(client, "/me", APP, credentials=True)
    assert me.response is not None and me.response.json == {"session": None}
    with pytest.raises(AssertionError) as error:
        assert_cookies_sent(me, "session")
    assert str(error.value) == (
        "expected the browser to send these cookies, but:\n"
        "session: the browser holds no such cookie for this request (it holds: none)"
    )


def test_credentials_with_any_origin_warns_w001_and_reflects_every_origin() -> None:
    app = Flask(__name__)
    with pytest.warns(InsecureConfigurationWarning) as record:
        CORS(app, supports_credentials=True)
    assert [str(warning.message) for warning in record] == [
        "[cors.W001] supports_credentials=True: with origins='*' every website may make requests with your users' "
        "cookies and read the answers; the request's origin is reflected to make that work. Fix: list the origins "
        "that need credentials: origins=['https://app.example.com']."
    ]
    assert cors_headers(get(app.test_client(), "/", EVIL)) == {
        "Access-Control-Allow-Origin": EVIL,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def test_credentials_with_expose_headers_star_warns() -> None:
    with pytest.warns(CORSWarning) as record:
        CORS(Flask(__name__), origins=[APP], supports_credentials=True, expose_headers="*")
    assert [str(warning.message) for warning in record] == [
        "[cors.W062] expose_headers='*': with credentials, browsers read '*' as a header literally named '*', so "
        "nothing is exposed (flask-cors sends it the same way). Fix: list the header names to expose, e.g. "
        "expose_headers=['X-Total-Count']."
    ]


# All subdomains of a domain


def subdomains_app() -> Flask:
    app = Flask(__name__)
    origins = ["https://example.com", "https://*.example.com"]
    if app.debug:  # flask run --debug
        origins.append("http://localhost:*")
    CORS(app, origins=origins)
    return app


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLASK_DEBUG", raising=False)


@pytest.fixture
def debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASK_DEBUG", "1")


# The recipe's app has no routes: the 404s carry the same CORS headers as any response would.
@pytest.mark.usefixtures("production")
@pytest.mark.parametrize(
    "origin",
    [
        "https://api.example.com",
        "https://a.b.example.com",
        "https://example.com",
        "https://API.Example.com",
        "https://api.example.com:8443",
    ],
)
def test_subdomain_wildcard_allows_any_depth_any_port_and_the_listed_apex(origin: str) -> None:
    assert cors_headers(get(subdomains_app().test_client(), "/api/items", origin)) == allowed(origin)


@pytest.mark.usefixtures("production")
@pytest.mark.parametrize(
    "origin",
    [
        "https://evil-example.com",
        "https://zexample.com",
        "https://example.com.evil.net",
        "http://api.example.com",
        "https://example.com:8443",
        "http://localhost:5173",
    ],
)
def test_subdomain_wildcard_refuses_lookalikes_other_schemes_and_exact_origins_on_other_ports(origin: str) -> None:
    assert cors_headers(get(subdomains_app().test_client(), "/api/items", origin)) == only_vary()


@pytest.mark.usefixtures("production")
def test_subdomain_wildcard_request_without_origin_gets_the_exact_origin() -> None:
    # As flask-cors: the first exact origin in sort order (the wildcard is a pattern).
    assert cors_headers(get(subdomains_app().test_client(), "/api/items")) == allowed("https://example.com")


@pytest.mark.usefixtures("debug")
def test_localhost_any_port_is_allowed_in_debug_mode() -> None:
    client = subdomains_app().test_client()
    for origin in ("http://localhost:5173", "http://localhost:3000", "http://localhost"):
        assert cors_headers(get(client, "/api/items", origin)) == allowed(origin)
    for origin in ("https://localhost:3000", "http://127.0.0.1:5173"):
        assert cors_headers(get(client, "/api/items", origin)) == only_vary()


def test_subdomain_regex_with_escaped_dots_matches_the_whole_origin() -> None:
    app = Flask(__name__)
    CORS(app, origins=[r"https://([a-z0-9-]+\.)*example\.com"])
    client = app.test_client()
    for origin in ("https://example.com", "https://api.example.com", "https://a.b.example.com"):
        assert cors_headers(get(client, "/", origin)) == allowed(origin)
    for origin in ("https://evil-example.com", "https://example.com.evil.net", "https://apixexample.com"):
        assert cors_headers(get(client, "/", origin)) == only_vary()


def test_subdomain_regex_with_an_unescaped_dot_warns_w005_and_lets_lookalikes_in() -> None:
    app = Flask(__name__)
    with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W005\] origins='https://\.\*\.example\.com'"):
        CORS(app, origins=[r"https://.*.example.com"])
    assert cors_headers(get(app.test_client(), "/", "https://apixexample.com")) == allowed("https://apixexample.com")


def test_subdomain_wildcard_without_scheme_is_an_invalid_regex_refused_at_start_up() -> None:
    with pytest.raises(ConfigurationError) as error:
        CORS(Flask(__name__), origins=["*.example.com"])
    assert error.value.codes == ("cors.E005",)
    assert error.value.problems[0].hint.startswith("for any subdomain write 'https://*.example.com'")


@pytest.mark.parametrize(
    ("origin", "codes"),
    [("https://a*.example.com", ["cors.W061", "cors.W005"]), ("https://*.com", ["cors.W061"])],
)
def test_subdomain_wildcard_mistakes_are_read_as_regexes_with_a_warning(origin: str, codes: list[str]) -> None:
    # As a regular expression, https://a*.example.com lets https://axexample.com in: the probe says so.
    with pytest.warns(CORSWarning) as record:
        CORS(Flask(__name__), origins=[origin])
    assert [str(warning.message)[1:10] for warning in record] == codes
    assert str(record[0].message).startswith(f"[cors.W061] origins={origin!r}")


# Different rules for different parts of the app


def per_part_app() -> Flask:
    app = Flask(__name__)
    with pytest.warns(CORSWarning, match=r"^\[cors\.W016\] resources='/api/public/feedback'"):
        CORS(
            app,
            origins="https://app.example.com",
            max_age=600,
            resources={
                r"/api/public/*": {"origins": "*", "send_wildcard": True},
                "/api/public/feedback": {"methods": ["POST"]},
                r"/api/*": {},
            },
        )

    @app.get("/api/items")
    def items() -> Response:
        return jsonify(items=[])

    @app.get("/api/public/stats")
    def stats() -> Response:
        return jsonify(visitors=0)

    @app.post("/api/public/feedback")
    def feedback() -> Response:
        return jsonify(thanks=True)

    admin = Blueprint("admin", __name__, url_prefix="/api/admin")
    CORS(admin, origins="https://admin.example.com", supports_credentials=True)

    @admin.get("/users")
    def users() -> Response:
        return jsonify(users=[])

    app.register_blueprint(admin)

    @app.get("/api/widget")
    @cross_origin(origins="https://partner.example", methods=["GET"])
    def widget() -> Response:
        return jsonify(widget="ok")

    return app


def test_per_resource_api_is_for_the_spa_only() -> None:
    client = per_part_app().test_client()
    response = get(client, "/api/items", APP)
    assert response.status_code == 200
    assert cors_headers(response) == allowed(APP)
    assert cors_headers(get(client, "/api/items", EVIL)) == only_vary()


def test_per_resource_top_level_options_apply_to_every_pattern() -> None:
    answer = preflight(per_part_app().test_client(), "/api/items", APP, "PUT")
    assert cors_headers(answer) == answered(
        APP, **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Max-Age": "600"}
    )


def test_longest_literal_prefix_wins_so_the_public_part_answers_a_static_star() -> None:
    client = per_part_app().test_client()
    for origin in (APP, EVIL):
        response = get(client, "/api/public/stats", origin)
        assert response.status_code == 200
        assert cors_headers(response) == {"Access-Control-Allow-Origin": "*"}


def test_exact_literal_path_wins_so_feedback_takes_post_from_the_spa_only() -> None:
    client = per_part_app().test_client()
    answer = preflight(client, "/api/public/feedback", APP, "POST", "content-type")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        APP,
        **{
            "Access-Control-Allow-Methods": "POST",
            "Access-Control-Allow-Headers": "content-type",
            "Access-Control-Max-Age": "600",
        },
    )
    # PUT is not granted: the answer carries the origin only, and the browser refuses it.
    assert cors_headers(preflight(client, "/api/public/feedback", APP, "PUT")) == {
        "Access-Control-Allow-Origin": APP,
        "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    }
    assert cors_headers(preflight(client, "/api/public/feedback", EVIL, "POST")) == only_vary()


def test_api_star_covers_apiv2_as_in_flask_cors_and_check_names_it() -> None:
    response = get(per_part_app().test_client(), "/apiv2/items", APP)
    assert response.status_code == 404
    assert cors_headers(response) == allowed(APP)
    app = per_part_app()
    app.add_url_rule("/apiv2/items", "apiv2", lambda: "v2")
    assert [(f.code, f.where, f.problem.hint) for f in check_configuration(app) if f.code == "cors.W064"] == [
        (
            "cors.W064",
            "resource '/api/*'",
            "to stop at segment boundaries, write r'/api(/.*)?$'; to cover these routes on purpose, write r'/api.*'.",
        )
    ]


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("/api/items", "resource '/api/*' (pattern, literal prefix '/api', declared #3)"),
        ("/api/public/stats", "resource '/api/public/*' (pattern, literal prefix '/api/public', declared #1)"),
        ("/api/public/feedback", "resource '/api/public/feedback' (exact path)"),
        ("/apiv2/items", "resource '/api/*' (pattern, literal prefix '/api', declared #3)"),
        ("/api/admin/users", "blueprint 'admin' resource '/*' (matches every path)"),
        ("/api/widget", "@cross_origin"),
    ],
)
def test_per_part_winner_and_reason_as_flask_cors_routes_reports_them(path: str, source: str) -> None:
    assert route_policy(per_part_app(), path).source == source


def test_blueprint_policy_wins_over_app_resources_for_its_routes() -> None:
    client = per_part_app().test_client()
    assert cors_headers(get(client, "/api/admin/users", ADMIN)) == allowed(
        ADMIN, **{"Access-Control-Allow-Credentials": "true"}
    )
    assert cors_headers(get(client, "/api/admin/users", APP)) == only_vary()


def test_404_under_the_blueprint_prefix_follows_the_app_policy() -> None:
    client = per_part_app().test_client()
    response = get(client, "/api/admin/nothing", APP)
    assert response.status_code == 404
    assert cors_headers(response) == allowed(APP)
    assert cors_headers(get(client, "/api/admin/nothing", ADMIN)) == only_vary()


def test_cross_origin_view_wins_over_every_pattern() -> None:
    client = per_part_app().test_client()
    assert cors_headers(get(client, "/api/widget", PARTNER)) == allowed(PARTNER)
    assert cors_headers(get(client, "/api/widget", APP)) == only_vary()
    answer = preflight(client, "/api/widget", PARTNER, "GET")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(PARTNER, **{"Access-Control-Allow-Methods": "GET"})


def files_app(csv_first: bool) -> Flask:
    app = Flask(__name__)
    csv = (r"/files/.*\.csv", {"origins": "*", "send_wildcard": True})
    rest = (r"/files/.*", {"origins": "https://app.example.com"})
    if csv_first:
        CORS(app, resources=dict([csv, rest]))
    else:
        with pytest.warns(CORSWarning, match=r"^\[cors\.W017\] resources='/files/\.\*\\\\\.csv': never wins"):
            CORS(app, resources=dict([rest, csv]))
    return app


def test_same_literal_prefix_first_declared_pattern_wins() -> None:
    client = files_app(csv_first=True).test_client()
    assert cors_headers(get(client, "/files/report.csv", EVIL)) == {"Access-Control-Allow-Origin": "*"}
    assert cors_headers(get(client, "/files/report.pdf", EVIL)) == only_vary()
    assert cors_headers(get(client, "/files/report.pdf", APP)) == allowed(APP)


def test_same_literal_prefix_swapped_the_csv_rule_never_applies() -> None:
    client = files_app(csv_first=False).test_client()
    assert cors_headers(get(client, "/files/report.csv", EVIL)) == only_vary()
    assert cors_headers(get(client, "/files/report.csv", APP)) == allowed(APP)


def test_cross_origin_above_the_route_decorator_has_no_effect() -> None:
    app = Flask(__name__)

    @cross_origin(origins="https://partner.example")
    @app.get("/api/widget")
    def widget() -> Response:
        return jsonify(widget="ok")

    response = get(app.test_client(), "/api/widget", PARTNER)
    assert response.status_code == 200
    assert cors_headers(response) == {}


# Error responses the page can read


def errors_app(**options: Any) -> Flask:
    app = Flask(__name__)
    CORS(app, origins="https://app.example.com", **options)

    @app.errorhandler(HTTPException)
    def json_error(error: HTTPException) -> tuple[Response, int]:
        return jsonify(error=error.name), error.code or 500

    @app.get("/api/items/<int:item_id>")
    def item(item_id: int) -> Response:
        if item_id == 0:
            abort(403)
        if item_id == 13:
            raise RuntimeError("a bug")
        return jsonify(id=item_id)

    return app


ERROR_CASES = [
    ("GET", "/api/items/1", 200, {"id": 1}),
    ("GET", "/api/nothing-here", 404, {"error": "Not Found"}),
    ("GET", "/api/items/0", 403, {"error": "Forbidden"}),
    ("DELETE", "/api/items/1", 405, {"error": "Method Not Allowed"}),
    ("GET", "/api/items/13", 500, {"error": "Internal Server Error"}),
]


@pytest.mark.parametrize(("method", "path", "status", "body"), ERROR_CASES)
def test_error_responses_carry_the_same_cors_headers(method: str, path: str, status: int, body: Any) -> None:
    response = errors_app().test_client().open(path, method=method, headers={"Origin": APP})
    assert response.status_code == status
    assert response.json == body
    assert cors_headers(response) == allowed(APP)


def test_error_page_delete_preflight_is_allowed_whatever_the_route_accepts() -> None:
    answer = preflight(errors_app().test_client(), "/api/items/1", APP, "DELETE")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(APP, **{"Access-Control-Allow-Methods": ALL_METHODS})


def test_error_page_can_read_the_500_as_a_browser_would() -> None:
    result = assert_cors_allowed(errors_app().test_client(), "/api/items/13", APP)
    assert result.response is not None and result.response.status_code == 500


def test_intercept_exceptions_false_leaves_the_500_without_cors_headers() -> None:
    client = errors_app(intercept_exceptions=False).test_client()
    crashed = get(client, "/api/items/13", APP)
    assert crashed.status_code == 500
    assert crashed.json == {"error": "Internal Server Error"}  # rendered by errorhandler(HTTPException)
    assert cors_headers(crashed) == {}
    assert "Vary" not in crashed.headers
    aborted = get(client, "/api/items/0", APP)
    assert aborted.status_code == 403
    assert cors_headers(aborted) == allowed(APP)
    assert_cors_blocked(client, "/api/items/13", APP, reason=MISSING)


def test_intercept_exceptions_false_leaves_a_500_from_errorhandler_500_bare_too() -> None:
    app = errors_app(intercept_exceptions=False)

    @app.errorhandler(500)
    def server_error(error: Exception) -> tuple[Response, int]:
        return jsonify(error="server"), 500

    response = get(app.test_client(), "/api/items/13", APP)
    assert (response.status_code, response.json) == (500, {"error": "server"})
    assert cors_headers(response) == {}


@pytest.mark.parametrize("handled", [Exception, RuntimeError])
def test_intercept_exceptions_false_still_covers_exceptions_an_errorhandler_catches(handled: type) -> None:
    app = errors_app(intercept_exceptions=False)

    @app.errorhandler(handled)
    def caught(error: Exception) -> tuple[Response, int]:
        return jsonify(error="caught"), 500

    response = get(app.test_client(), "/api/items/13", APP)
    assert (response.status_code, response.json) == (500, {"error": "caught"})
    assert cors_headers(response) == allowed(APP)


def test_error_page_testing_mode_propagates_the_exception_instead_of_a_500() -> None:
    app = errors_app()
    app.testing = True
    with pytest.raises(RuntimeError, match="a bug"):
        get(app.test_client(), "/api/items/13", APP)


# Behind a CDN or a cache


def cdn_app(**extra: Any) -> Flask:
    app = Flask(__name__)
    CORS(app, origins=["https://app.example.com", "https://admin.example.com"], max_age=timedelta(hours=2), **extra)

    @app.get("/api/catalogue")
    def catalogue() -> Response:
        response = jsonify(items=[])
        response.headers["Cache-Control"] = "public, max-age=300"
        response.vary.add("Accept-Encoding")
        return response

    return app


def test_cdn_vary_origin_is_a_field_next_to_the_views_vary() -> None:
    client = cdn_app().test_client()
    response = get(client, "/api/catalogue", APP)
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["Access-Control-Allow-Origin"] == APP
    assert response.headers.getlist("Vary") == ["Accept-Encoding", "Origin"]
    assert get(client, "/api/catalogue", EVIL).headers.getlist("Vary") == ["Accept-Encoding", "Origin"]
    assert get(client, "/api/catalogue").headers.getlist("Vary") == ["Accept-Encoding", "Origin"]


def test_cdn_preflight_carries_max_age_and_vary() -> None:
    answer = preflight(cdn_app().test_client(), "/api/catalogue", APP, "PUT")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        APP, **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Max-Age": "7200"}
    )


@pytest.mark.parametrize("max_age", [7200, "7200", timedelta(hours=2)])
def test_cdn_max_age_as_seconds_digit_string_or_timedelta(max_age: Any) -> None:
    app = Flask(__name__)
    CORS(app, origins=[APP], max_age=max_age)
    assert preflight(app.test_client(), "/", APP).headers["Access-Control-Max-Age"] == "7200"
    assert "Access-Control-Max-Age" not in get(app.test_client(), "/", APP).headers


def test_cdn_vary_merge_rules() -> None:
    app = Flask(__name__)
    CORS(app, origins=[APP])

    @app.get("/two-fields")
    def two_fields() -> Response:
        response = jsonify()
        response.headers.add("Vary", "Accept")
        response.headers.add("Vary", "Cookie")
        return response

    @app.get("/names-origin")
    def names_origin() -> Response:
        response = jsonify()
        response.headers["Vary"] = "Accept, origin"
        return response

    @app.get("/star")
    def star() -> Response:
        response = jsonify()
        response.headers["Vary"] = "*"
        return response

    client = app.test_client()
    assert get(client, "/two-fields", APP).headers.getlist("Vary") == ["Accept", "Cookie", "Origin"]
    assert get(client, "/names-origin", APP).headers.getlist("Vary") == ["Accept, origin"]
    assert get(client, "/star", APP).headers.getlist("Vary") == ["*"]


def test_cdn_uncovered_paths_get_neither_cors_headers_nor_vary() -> None:
    app = Flask(__name__)
    CORS(app, origins=[APP], resources=r"/api/*")

    @app.get("/page")
    def page() -> str:
        return "page"

    assert cors_headers(get(app.test_client(), "/page", APP)) == {}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {"Access-Control-Allow-Origin": "*", "Vary": "Origin"}),
        ({"send_wildcard": True}, {"Access-Control-Allow-Origin": "*"}),
        ({"supports_credentials": True}, {"Vary": "Origin"}),
        ({"origins": APP}, {"Access-Control-Allow-Origin": APP, "Vary": "Origin"}),
        ({"origins": [APP, ADMIN]}, {"Access-Control-Allow-Origin": ADMIN, "Vary": "Origin"}),
        ({"origins": "https://*.example.com"}, {"Vary": "Origin"}),
        ({"origins": [r"https://([a-z0-9-]+\.)*example\.com"]}, {"Vary": "Origin"}),
        ({"origins": lambda origin: origin == APP}, {"Vary": "Origin"}),
        ({"always_send": False}, {"Vary": "Origin"}),
        ({"always_send": False, "origins": APP}, {"Vary": "Origin"}),
        ({"always_send": False, "send_wildcard": True}, {}),
    ],
)
def test_always_send_answers_requests_without_origin_for_one_origin(
    options: dict[str, Any], expected: dict[str, str]
) -> None:
    app = Flask(__name__)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InsecureConfigurationWarning)  # credentials with any origin: cors.W001
        CORS(app, **options)
    assert cors_headers(get(app.test_client(), "/")) == expected


def test_public_data_with_send_wildcard_is_one_static_answer() -> None:
    app = Flask(__name__)
    CORS(app, send_wildcard=True)
    client = app.test_client()
    for origin in (APP, EVIL, None):
        assert cors_headers(get(client, "/", origin)) == {"Access-Control-Allow-Origin": "*"}


def test_vary_header_false_drops_vary_origin_warns_at_start_up_and_is_reported_by_check() -> None:
    with pytest.warns(CORSWarning, match=r"^\[cors\.W004\] vary_header=False"):
        app = cdn_app(vary_header=False)
    client = app.test_client()
    assert cors_headers(get(client, "/api/catalogue", APP)) == {
        "Access-Control-Allow-Origin": APP,
        "Vary": "Accept-Encoding",
    }
    assert cors_headers(get(client, "/api/catalogue", EVIL)) == {"Vary": "Accept-Encoding"}
    assert [finding.code for finding in check_configuration(app)] == ["cors.W004"]


def test_vary_header_false_flask_cors_check_output() -> None:
    with pytest.warns(CORSWarning, match=r"^\[cors\.W004\]"):
        app = cdn_app(vary_header=False)
    result = app.test_cli_runner().invoke(cors_group, ["check"])
    assert result.exit_code == 0
    assert result.output == (
        "cors.W004 (warning) resource '/*'\n"
        "    vary_header=False: the answer depends on the request's Origin but carries no 'Vary: Origin', so a shared "
        "cache can serve one origin's answer to another.\n"
        "    Fix: remove vary_header=False, or make sure no cache sits in front of these responses.\n"
        "\n"
        "0 errors, 1 warning.\n"
    )
    strict = app.test_cli_runner().invoke(cors_group, ["check", "--strict"])
    assert strict.exit_code == 1


# Authentication hooks and preflights


def auth_app(cors_first: bool = False, **options: Any) -> Flask:
    """The recipe's app; ``cors_first`` calls CORS(app) before the hook is registered, ``options`` replace the CORS options."""
    app = Flask(__name__)
    cors_options = options or {"allow_headers": ["Authorization", "Content-Type"]}
    if cors_first:
        CORS(app, origins="https://app.example.com", **cors_options)

    @app.before_request
    def require_token() -> None:
        if request.headers.get("Authorization") != "Bearer s3cret":  # your real check goes here
            abort(401)

    if not cors_first:
        CORS(app, origins="https://app.example.com", **cors_options)

    @app.route("/api/items", methods=["GET", "PUT"])
    def items() -> Response:
        return jsonify(items=[])

    return app


@pytest.mark.parametrize("cors_first", [False, True])
def test_auth_hook_preflight_is_answered_200_before_the_hook(cors_first: bool) -> None:
    answer = preflight(auth_app(cors_first).test_client(), "/api/items", APP, "PUT", "authorization, content-type")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        APP,
        **{
            "Access-Control-Allow-Methods": ALL_METHODS,
            "Access-Control-Allow-Headers": "authorization, content-type",
        },
    )


def test_auth_hook_actual_request_with_a_token_passes_the_hook() -> None:
    client = auth_app().test_client()
    response = client.put("/api/items", headers={"Origin": APP, "Authorization": "Bearer s3cret"})
    assert response.status_code == 200
    assert cors_headers(response) == allowed(APP)


def test_auth_hook_actual_request_without_a_token_gets_a_readable_401() -> None:
    client = auth_app().test_client()
    for headers in ({"Origin": APP}, {"Origin": APP, "Authorization": "Bearer wrong"}):
        response = client.put("/api/items", headers=headers)
        assert response.status_code == 401
        assert cors_headers(response) == allowed(APP)


def test_auth_hook_plain_options_is_not_a_preflight_and_meets_the_hook() -> None:
    response = auth_app().test_client().options("/api/items", headers={"Origin": APP})
    assert response.status_code == 401
    assert cors_headers(response) == allowed(APP)


def test_auth_hook_bearer_token_needs_no_supports_credentials() -> None:
    client = auth_app().test_client()
    headers = {"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
    result = assert_cors_allowed(client, "/api/items", APP, "PUT", headers, json={"name": "lamp"})
    assert result.preflight is not None
    assert result.response is not None and result.response.status_code == 200
    assert "Access-Control-Allow-Credentials" not in result.response.headers
    unauthorised = assert_cors_allowed(client, "/api/items", APP, "GET", {"Authorization": "Bearer wrong"})
    assert unauthorised.response is not None and unauthorised.response.status_code == 401


@pytest.mark.parametrize(
    ("requested", "star", "listed"),
    [
        ("authorization, content-type", "authorization, content-type", "authorization, content-type"),
        ("authorization", "authorization", "authorization"),
        ("authorization, x-debug", "authorization, x-debug", "authorization"),
    ],
)
def test_allow_headers_star_echoes_the_requested_names_a_list_leaves_out_the_unlisted(
    requested: str, star: str, listed: str
) -> None:
    echoed = {"Access-Control-Allow-Methods": ALL_METHODS}
    star_answer = preflight(auth_app(allow_headers="*").test_client(), "/api/items", APP, "PUT", requested)
    assert cors_headers(star_answer) == answered(APP, **echoed, **{"Access-Control-Allow-Headers": star})
    list_answer = preflight(auth_app().test_client(), "/api/items", APP, "PUT", requested)
    assert cors_headers(list_answer) == answered(APP, **echoed, **{"Access-Control-Allow-Headers": listed})


def test_allow_headers_star_names_authorization_with_credentials_too() -> None:
    app = auth_app(allow_headers="*", supports_credentials=True)
    headers = {"Authorization": "Bearer s3cret"}
    result = assert_cors_allowed(
        app.test_client(), "/api/items", APP, "GET", headers, credentials=True, needs_cookies=False
    )
    assert result.preflight is not None
    assert result.preflight.headers["Access-Control-Allow-Headers"] == "authorization"
    assert result.preflight.headers["Access-Control-Allow-Credentials"] == "true"


def test_allow_headers_without_authorization_blocks_at_the_preflight() -> None:
    app = auth_app(allow_headers=["Content-Type"])
    result = assert_cors_blocked(
        app.test_client(),
        "/api/items",
        APP,
        "GET",
        {"Authorization": "Bearer s3cret"},
        reason="Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.",
    )
    assert result.preflight is not None
    assert cors_headers(result.preflight) == answered(APP, **{"Access-Control-Allow-Methods": ALL_METHODS})


def test_auth_hook_automatic_options_false_lets_the_hook_refuse_the_preflight() -> None:
    app = auth_app(automatic_options=False)
    answer = preflight(app.test_client(), "/api/items", APP, "PUT", "authorization")
    assert answer.status_code == 401
    assert_cors_blocked(
        app.test_client(),
        "/api/items",
        APP,
        "PUT",
        {"Authorization": "Bearer s3cret"},
        reason=PREFLIGHT_FAILED + "It does not have HTTP ok status.",
    )


def decorated_auth_app(with_cors_app: bool) -> Flask:
    app = Flask(__name__)

    @app.before_request
    def require_token() -> None:
        if request.headers.get("Authorization") != "Bearer s3cret":
            abort(401)

    @app.get("/api/items")
    @cross_origin(origins="https://app.example.com")
    def items() -> Response:
        return jsonify(items=[])

    @app.get("/other")
    def other() -> str:
        return "other"

    if with_cors_app:
        CORS(app, resources=[])
    return app


def test_auth_hook_with_only_cross_origin_gets_bare_401s() -> None:
    app = decorated_auth_app(with_cors_app=False)
    client = app.test_client()
    answer = preflight(client, "/api/items", APP, "GET", "authorization")
    assert answer.status_code == 401
    assert cors_headers(answer) == {}
    response = get(client, "/api/items", APP)
    assert response.status_code == 401
    assert cors_headers(response) == {}
    assert [finding.code for finding in check_configuration(app)] == ["cors.W006"]


def test_auth_hook_with_cross_origin_and_cors_resources_empty_answers_early() -> None:
    app = decorated_auth_app(with_cors_app=True)
    client = app.test_client()
    answer = preflight(client, "/api/items", APP, "GET", "authorization")
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        APP, **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Allow-Headers": "authorization"}
    )
    response = get(client, "/api/items", APP)
    assert response.status_code == 401
    assert cors_headers(response) == allowed(APP)
    # resources=[] covers no path of its own.
    other = get(client, "/other", APP, Authorization="Bearer s3cret")
    assert other.status_code == 200
    assert cors_headers(other) == {}
    assert check_configuration(app) == []


# Configuration from environment variables


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def env_app() -> Flask:
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = os.environ.get("CORS_ORIGINS", "https://app.example.com")
    app.config["CORS_SUPPORTS_CREDENTIALS"] = env_bool("CORS_SUPPORTS_CREDENTIALS")
    app.config["CORS_MAX_AGE"] = os.environ.get("CORS_MAX_AGE")  # "600" works; None (unset) is ignored
    CORS(app)
    return app


ENV_NAMES = ("CORS_ORIGINS", "CORS_SUPPORTS_CREDENTIALS", "CORS_MAX_AGE")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"FLASK_{name}", raising=False)
    return monkeypatch


def test_env_origins_are_split_on_commas_and_booleans_converted(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    clean_env.setenv("CORS_SUPPORTS_CREDENTIALS", "false")
    clean_env.setenv("CORS_MAX_AGE", "600")
    client = env_app().test_client()
    for origin in ("https://a.example", "https://b.example"):
        response = get(client, "/", origin)
        assert cors_headers(response) == allowed(origin)
        assert "Access-Control-Allow-Credentials" not in response.headers
    assert cors_headers(get(client, "/", APP)) == only_vary()
    answer = preflight(client, "/", "https://b.example")
    assert cors_headers(answer) == answered(
        "https://b.example", **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Max-Age": "600"}
    )


def test_env_unset_falls_back_to_the_defaults_in_the_code(clean_env: pytest.MonkeyPatch) -> None:
    client = env_app().test_client()
    assert cors_headers(get(client, "/", APP)) == allowed(APP)
    assert cors_headers(preflight(client, "/", APP)) == answered(APP, **{"Access-Control-Allow-Methods": ALL_METHODS})


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", "on"])
def test_env_credentials_switched_on(clean_env: pytest.MonkeyPatch, value: str) -> None:
    clean_env.setenv("CORS_SUPPORTS_CREDENTIALS", value)
    response = get(env_app().test_client(), "/", APP)
    assert cors_headers(response) == allowed(APP, **{"Access-Control-Allow-Credentials": "true"})


def test_env_string_false_turns_credentials_on_as_in_flask_cors_and_warns_w052(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("CORS_SUPPORTS_CREDENTIALS", "false")
    app = Flask(__name__)
    app.config["CORS_SUPPORTS_CREDENTIALS"] = os.environ["CORS_SUPPORTS_CREDENTIALS"]  # "false"
    with pytest.warns(CORSWarning) as record:
        CORS(app, origins=[APP])
    assert [str(warning.message) for warning in record] == [
        "[cors.W052] supports_credentials='false': expected a bool, got str: a non-empty string is true in "
        "Python, so supports_credentials is ON, as in flask-cors. Fix: use False (a bool), e.g. "
        "os.environ.get(...) == 'true'."
    ]
    assert cors_headers(get(app.test_client(), "/", APP)) == allowed(
        APP, **{"Access-Control-Allow-Credentials": "true"}
    )


def test_env_json_array_is_read_as_a_list(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("CORS_ORIGINS", '["https://a.example", "https://b.example"]')
    client = env_app().test_client()
    for origin in ("https://a.example", "https://b.example"):
        assert cors_headers(get(client, "/", origin)) == allowed(origin)
    assert cors_headers(get(client, "/", EVIL)) == only_vary()


def test_env_from_prefixed_env_parses_json_values(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("FLASK_CORS_ORIGINS", "https://a.example, https://b.example")
    clean_env.setenv("FLASK_CORS_SUPPORTS_CREDENTIALS", "true")
    clean_env.setenv("FLASK_CORS_MAX_AGE", "600")
    app = Flask(__name__)
    app.config.from_prefixed_env()
    assert app.config["CORS_SUPPORTS_CREDENTIALS"] is True
    assert app.config["CORS_MAX_AGE"] == 600
    assert app.config["CORS_ORIGINS"] == "https://a.example, https://b.example"
    CORS(app)
    client = app.test_client()
    assert cors_headers(get(client, "/", "https://b.example")) == allowed(
        "https://b.example", **{"Access-Control-Allow-Credentials": "true"}
    )
    assert preflight(client, "/", "https://a.example").headers["Access-Control-Max-Age"] == "600"


def test_env_from_prefixed_env_capitalised_false_stays_a_string(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("FLASK_CORS_SUPPORTS_CREDENTIALS", "False")
    app = Flask(__name__)
    app.config.from_prefixed_env()
    assert app.config["CORS_SUPPORTS_CREDENTIALS"] == "False"
    with pytest.warns(CORSWarning, match=r"^\[cors\.W052\] supports_credentials='False'"):
        CORS(app, origins=[APP])


def test_env_commas_inside_regex_braces_do_not_split(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("CORS_ORIGINS", r"https://[a-z]{1,3}\.example\.com, https://b.example")
    client = env_app().test_client()
    for origin in ("https://abc.example.com", "https://b.example"):
        assert cors_headers(get(client, "/", origin)) == allowed(origin)
    assert cors_headers(get(client, "/", "https://abcd.example.com")) == only_vary()


def precedence_app() -> Flask:
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = "https://config.example"
    app.config["CORS_MAX_AGE"] = 60
    app.config["CORS_EXPOSE_HEADERS"] = "X-Request-Id"

    cors = CORS(origins="https://kwargs.example", max_age=600)
    cors.init_app(
        app,
        origins="https://init.example",
        resources={
            r"/partner/*": {"origins": "https://partner.example"},
            r"/*": {},
        },
    )
    return app


@pytest.mark.parametrize(
    ("path", "winner"), [("/partner/feed", "https://partner.example"), ("/orders", "https://init.example")]
)
def test_precedence_per_resource_then_init_app_then_cors_kwargs_then_config(path: str, winner: str) -> None:
    client = precedence_app().test_client()
    assert cors_headers(preflight(client, path, winner)) == answered(
        winner,
        **{
            "Access-Control-Expose-Headers": "X-Request-Id",
            "Access-Control-Allow-Methods": ALL_METHODS,
            "Access-Control-Max-Age": "600",
        },
    )
    others = {"https://partner.example", "https://init.example", "https://kwargs.example", "https://config.example"}
    for origin in sorted(others - {winner}):
        assert cors_headers(preflight(client, path, origin)) == only_vary()


def test_cross_origin_view_merges_its_options_over_the_config_keys() -> None:
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = "https://config.example"
    app.config["CORS_MAX_AGE"] = 60

    @app.get("/widget")
    @cross_origin(origins="https://partner.example")
    def widget() -> str:
        return "widget"

    client = app.test_client()
    assert cors_headers(preflight(client, "/widget", PARTNER, "GET")) == answered(
        PARTNER, **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Max-Age": "60"}
    )
    assert cors_headers(get(client, "/widget", "https://config.example")) == only_vary()


@pytest.mark.parametrize(
    ("key", "suggestion"), [("CORS_ORIGIN", "CORS_ORIGINS"), ("CORS_HEADERS", "CORS_ALLOW_HEADERS")]
)
def test_env_misspelt_config_key_warns_w002(key: str, suggestion: str) -> None:
    app = Flask(__name__)
    app.config[key] = "x"
    with pytest.warns(CORSWarning) as record:
        CORS(app)
    assert [(warning.category, str(warning.message)) for warning in record] == [
        (
            CORSWarning,
            f"[cors.W002] {key}='x': is not a flask_cors setting and is ignored. Fix: did you mean {suggestion}?",
        )
    ]


# Application factory

cors = CORS(supports_credentials=True, expose_headers=["X-Total-Count"])


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = ["https://app.example.com"]
    app.config.update(config or {})

    @app.get("/api/items")
    def items() -> Any:
        return jsonify(items=[], session=request.cookies.get("session")), {"X-Total-Count": "0"}

    @app.put("/api/items/<int:item_id>")
    def update_item(item_id: int) -> Response:
        return jsonify(id=item_id, **request.get_json())

    cors.init_app(app)
    return app


def test_factory_app_allows_the_configured_origin_with_credentials() -> None:
    response = get(create_app().test_client(), "/api/items", APP)
    assert response.headers["X-Total-Count"] == "0"
    assert cors_headers(response) == allowed(
        APP, **{"Access-Control-Allow-Credentials": "true", "Access-Control-Expose-Headers": "X-Total-Count"}
    )


def test_factory_reads_the_config_passed_to_create_app_at_init_app() -> None:
    client = create_app({"CORS_ORIGINS": ["http://localhost:5173"]}).test_client()
    assert cors_headers(get(client, "/api/items", "http://localhost:5173")) == allowed(
        "http://localhost:5173",
        **{"Access-Control-Allow-Credentials": "true", "Access-Control-Expose-Headers": "X-Total-Count"},
    )
    assert cors_headers(get(client, "/api/items", APP)) == only_vary()


def test_factory_one_instance_serves_several_apps() -> None:
    production, development = create_app(), create_app({"CORS_ORIGINS": ["http://localhost:5173"]})
    assert get(production.test_client(), "/api/items", APP).headers["Access-Control-Allow-Origin"] == APP
    assert cors_headers(get(development.test_client(), "/api/items", APP)) == only_vary()
    assert cors_headers(get(production.test_client(), "/api/items", "http://localhost:5173")) == only_vary()


def test_factory_config_changed_after_init_app_has_no_effect() -> None:
    app = create_app()
    app.config["CORS_ORIGINS"] = ["https://late.example"]
    client = app.test_client()
    assert cors_headers(get(client, "/api/items", "https://late.example")) == only_vary()
    assert get(client, "/api/items", APP).headers["Access-Control-Allow-Origin"] == APP


def test_factory_typo_in_cors_without_an_app_warns_at_init_app() -> None:
    cors = CORS(origin="https://app.example.com")  # type: ignore[call-arg]
    with pytest.warns(CORSWarning, match=r"^\[cors\.W051\] origin=.* Fix: did you mean 'origins'\?$"):
        cors.init_app(Flask(__name__))


def test_factory_init_app_twice_adds_a_layer_that_wins() -> None:
    app = Flask(__name__)
    twice = CORS()
    twice.init_app(app, origins="https://a.example")
    twice.init_app(app, origins="https://b.example")
    client = app.test_client()
    assert cors_headers(get(client, "/", "https://b.example")) == allowed("https://b.example")
    assert cors_headers(get(client, "/", "https://a.example")) == only_vary()


# Testing your CORS policy (the tests shown on the page, against the factory app)


@pytest.fixture
def client() -> Any:
    # Requests go to the API's real address, https://api.example.com: on the SPA's site.
    config = {"TESTING": True, "SERVER_NAME": "api.example.com", "PREFERRED_URL_SCHEME": "https"}
    return create_app(config).test_client()


def test_the_spa_reads_items_with_its_cookie(client: Any) -> None:
    client.set_cookie("session", "s3cret", domain="api.example.com", secure=True, samesite="Lax")
    result = assert_cors_allowed(client, "/api/items", "https://app.example.com", credentials=True)
    assert_cookies_sent(result, "session")
    assert result.response.json == {"items": [], "session": "s3cret"}
    assert result.readable_headers["x-total-count"] == "0"


def test_the_spa_may_update_items(client: Any) -> None:
    assert_cors_allowed(client, "/api/items/7", "https://app.example.com", "PUT", json={"name": "lamp"})


def test_other_sites_cannot_read_items(client: Any) -> None:
    assert_cors_blocked(
        client,
        "/api/items",
        "https://evil.example",
        credentials=True,
        reason="No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    )


def test_cors_configuration_has_no_problems(client: Any) -> None:
    assert check_configuration(client.application) == []


def test_blocked_simple_request_still_reached_the_view(client: Any) -> None:
    result = simulate_fetch(client, "/api/items", EVIL)
    assert result.blocked
    assert result.response is not None and result.response.status_code == 200


EXPLAIN_BLOCKED = """\
Request: GET http://localhost/api/items from origin https://evil.example, with credentials
CORS policy: resource '/*' (matches every path)
Browser model: Chromium 156's rules and wording (verdicts also checked on Chromium 150), browser \
'no-third-party-cookies': third-party cookies blocked, as in Safari and in Chrome's Incognito, its setting and \
automation
Cookies the browser holds (Flask's session cookie, as the app writes it): [session; Path=/; HttpOnly]
Preflight: not needed

Request
> GET http://localhost/api/items
> Origin: https://evil.example
> Accept: */*
> (no cookie: none is sent)
< 200 OK
< Content-Type: application/json
< Content-Length: 28
< X-Total-Count: 0
< Vary: Origin

Cookies:
  session: not sent: it has no SameSite attribute, which browsers treat as SameSite=Lax, and the request is \
cross-site (the page's site is https://evil.example and the API's is http://localhost); third-party cookies are \
blocked too

Console: Access to fetch at 'http://localhost/api/items' from origin 'https://evil.example' has been blocked by \
CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.

blocked: No 'Access-Control-Allow-Origin' header is present on the requested resource.
Why: resource '/*' (matches every path): origin 'https://evil.example' is not allowed
"""


def test_flask_cors_explain_prints_the_blocked_exchange_and_exits_1() -> None:
    runner = create_app().test_cli_runner()
    result = runner.invoke(cors_group, ["explain", "/api/items", "--origin", EVIL, "--credentials"])
    assert result.exit_code == 1
    assert result.output == EXPLAIN_BLOCKED


def test_flask_cors_explain_exits_0_when_allowed() -> None:
    runner = create_app().test_cli_runner()
    result = runner.invoke(cors_group, ["explain", API_URL + "/api/items", "--origin", APP, "--credentials"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "allowed, with the cookies session"


def test_flask_cors_explain_exits_3_when_no_cookie_would_be_sent() -> None:
    runner = create_app().test_cli_runner()
    result = runner.invoke(cors_group, ["explain", "/api/items", "--origin", APP, "--credentials"])
    assert result.exit_code == 3
    assert result.output.splitlines()[-1] == (
        "blocked by cookies: CORS allows the response, but the browser sends none of the cookies it holds for the "
        "API (session) (the API was taken to be at http://localhost, since SERVER_NAME is not set; the full URL "
        "(e.g. https://api.example.com/api/items) can give another answer)"
    )


# Private Network Access


def private_network_app(**options: Any) -> Flask:
    app = Flask(__name__)
    CORS(app, origins="https://dashboard.example.com", **options)
    return app


DASHBOARD = "https://dashboard.example.com"
ASKS = {"Access-Control-Request-Private-Network": "true"}


def test_private_network_preflight_that_asks_is_granted() -> None:
    answer = preflight(
        private_network_app(allow_private_network=True).test_client(), "/status", DASHBOARD, "GET", **ASKS
    )
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        DASHBOARD,
        **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Allow-Private-Network": "true"},
    )


def test_private_network_header_only_for_preflights_that_ask() -> None:
    client = private_network_app(allow_private_network=True).test_client()
    answer = preflight(client, "/status", DASHBOARD, "GET")
    assert cors_headers(answer) == answered(DASHBOARD, **{"Access-Control-Allow-Methods": ALL_METHODS})
    assert cors_headers(get(client, "/status", DASHBOARD)) == allowed(DASHBOARD)


def test_private_network_not_granted_to_refused_origins() -> None:
    answer = preflight(private_network_app(allow_private_network=True).test_client(), "/status", EVIL, "GET", **ASKS)
    assert cors_headers(answer) == only_vary()


def test_private_network_preflight_that_asks_is_refused_by_default() -> None:
    answer = preflight(private_network_app().test_client(), "/status", DASHBOARD, "GET", **ASKS)
    assert answer.status_code == 200
    assert cors_headers(answer) == answered(
        DASHBOARD,
        **{"Access-Control-Allow-Methods": ALL_METHODS, "Access-Control-Allow-Private-Network": "false"},
    )
