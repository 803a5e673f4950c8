"""``flask cors routes | check | explain``, run through ``app.test_cli_runner()``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import Result
from flask.cli import FlaskGroup, ScriptInfo

from flask import Blueprint, Flask, Response
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cross_origin
from flask_cors.cli import cors_group
from tests.chromium import BROWSER_MODEL
from tests.helpers import CROSS_SITE_SESSION

APP = "https://app.example"
API = "resource '/api/*' (pattern, literal prefix '/api', declared #1)"
METHOD_REFUSED = "Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response."
PREFLIGHT_MISSING = (
    "Response to preflight request doesn't pass access control check: "
    "No 'Access-Control-Allow-Origin' header is present on the requested resource."
)


def make_app() -> Flask:
    """An API with a resource pattern, a blueprint with credentials, a decorated view, an uncovered route."""
    app = Flask("cli_app", static_folder=None)
    admin = Blueprint("admin", __name__, url_prefix="/admin")

    @app.route("/api/items", methods=["GET", "POST"])
    def items() -> str:
        return "items"

    @app.route("/api/items/<int:item>", methods=["GET", "PUT", "DELETE"])
    def item(item: int) -> str:
        return f"item {item}"

    @app.route("/health")
    def health() -> str:
        return "ok"

    @app.route("/widget")
    @cross_origin(origins="https://partner.example", methods=["GET"])
    def widget() -> str:
        return "widget"

    @admin.route("/users")
    def users() -> str:
        return "users"

    CORS(admin, origins=["https://admin.example"], supports_credentials=True, max_age=600)
    app.register_blueprint(admin)
    CORS(
        app,
        resources={
            r"/api/*": {
                "origins": [APP, "https://*.app.example"],
                "expose_headers": ["X-Total"],
                "allow_headers": ["Content-Type", "X-Token"],
                "methods": ["GET", "POST", "PUT"],
            }
        },
    )
    return app


def run(app: Flask, *args: str, **kwargs: Any) -> Result:
    result: Result = app.test_cli_runner().invoke(cors_group, list(args), **kwargs)
    return result


def lines(result: Result) -> list[str]:
    return result.stdout.splitlines()


HEADER = (
    "Endpoint     Methods           Rule                   CORS policy                                                 "
    "     Origins                                                        Allowed methods                               "
    "Credentials  Max age"
)
RULE = (
    "-----------  ----------------  ---------------------  ------------------------------------------------------------"
    "---  -------------------------------------------------------------  --------------------------------------------  "
    "-----------  -------"
)
ORIGINS = "exact 'https://app.example', wildcard 'https://*.app.example'"
ROWS = {
    "admin.users": (
        "admin.users  GET               /admin/users           blueprint 'admin' resource '/*' (matches every path)    "
        "         exact 'https://admin.example'                                  DELETE, GET, HEAD, OPTIONS, PATCH, POST, "
        "PUT  yes          600"
    ),
    "health": (
        "health       GET               /health                not covered                                             "
        "         -                                                              -                                        "
        "     -            -"
    ),
    "item": f"item         DELETE, GET, PUT  /api/items/<int:item>  {API}  {ORIGINS}  GET, POST, PUT                  "
    "              no           -",
    "items": f"items        GET, POST         /api/items             {API}  {ORIGINS}  GET, POST, PUT                  "
    "              no           -",
    "widget": (
        "widget       GET               /widget                @cross_origin                                           "
        "         exact 'https://partner.example'                                GET                                     "
        "      no           -"
    ),
}


class TestRoutes:
    def test_table_sorted_by_endpoint(self) -> None:
        result = run(make_app(), "routes")
        assert result.exit_code == 0
        assert lines(result) == [
            HEADER,
            RULE,
            *(ROWS[name] for name in ("admin.users", "health", "item", "items", "widget")),
        ]

    @pytest.mark.parametrize(
        ("sort", "order"),
        [
            ("endpoint", ["admin.users", "health", "item", "items", "widget"]),
            ("methods", ["item", "health", "widget", "admin.users", "items"]),
            ("rule", ["admin.users", "items", "item", "health", "widget"]),
            ("match", ["items", "item", "health", "widget", "admin.users"]),
        ],
    )
    def test_sort(self, sort: str, order: list[str]) -> None:
        result = run(make_app(), "routes", "--sort", sort)
        assert lines(result)[2:] == [ROWS[name] for name in order]

    def test_all_methods_shows_head_and_options(self) -> None:
        result = run(make_app(), "routes", "-s", "match", "--all-methods")
        assert [line[13:46].rstrip() for line in lines(result)] == [
            "Methods",
            "-------------------------------",
            "GET, HEAD, OPTIONS, POST",
            "DELETE, GET, HEAD, OPTIONS, PUT",
            "GET, HEAD, OPTIONS",
            "GET, HEAD, OPTIONS",
            "GET, HEAD, OPTIONS",
        ]

    def test_routes_covered_only_past_a_segment_boundary_are_named_with_the_tighter_pattern(self) -> None:
        app = Flask("segments", static_folder=None)
        for path in ("/api/items", "/apiv2/secret", "/v1_legacy/items"):
            app.add_url_rule(path, path, lambda: "ok")
        CORS(app, resources={r"/api/*": {"origins": APP}, r"/v1*": {"origins": APP}})
        result = run(app, "check")
        assert (result.exit_code, lines(result)) == (
            0,
            [
                "cors.W064 (warning) resource '/api/*'",
                "    resources='/api/*': covers /apiv2/secret ('/api' of it) only through a match that stops inside a "
                "path segment: a pattern covers every path it matches from the start, as in flask-cors.",
                "    Fix: to stop at segment boundaries, write r'/api(/.*)?$'; to cover these routes on purpose, "
                "write r'/api.*'.",
                "",
                "cors.W064 (warning) resource '/v1*'",
                "    resources='/v1*': covers /v1_legacy/items ('/v1' of it) only through a match that stops inside a "
                "path segment: a pattern covers every path it matches from the start, as in flask-cors.",
                "    Fix: to stop at segment boundaries, write r'/v1(/.*)?$'; to cover these routes on purpose, "
                "write r'/v1.*'.",
                "",
                "0 errors, 2 warnings.",
            ],
        )
        assert run(app, "check", "--strict").exit_code == 1

    def test_json(self) -> None:
        result = run(make_app(), "routes", "--json", "--sort", "match")
        data = json.loads(result.stdout)
        assert [(row["endpoint"], row["path"], row["kind"], row["source"]) for row in data] == [
            ("items", "/api/items", "resource", API),
            ("item", "/api/items/<int:item>".replace("<int:item>", "1"), "resource", API),
            ("health", "/health", "none", "not covered"),
            ("widget", "/widget", "view", "@cross_origin"),
            ("admin.users", "/admin/users", "resource", "blueprint 'admin' resource '/*' (matches every path)"),
        ]
        assert data[0] == {
            "endpoint": "items",
            "methods": ["GET", "HEAD", "OPTIONS", "POST"],
            "rule": "/api/items",
            "path": "/api/items",
            "kind": "resource",
            "source": API,
            "websocket": False,
            "websocket_guard": True,
            "resource": {"pattern": "/api/*", "why": "pattern, literal prefix '/api', declared #1"},
            "policy": {
                "origins": [
                    {"kind": "exact", "value": APP, "description": "exact 'https://app.example'"},
                    {
                        "kind": "wildcard",
                        "value": "https://*.app.example",
                        "description": "wildcard 'https://*.app.example'",
                    },
                ],
                "methods": ["GET", "POST", "PUT"],
                "allow_headers": ["Content-Type", "X-Token"],
                "expose_headers": ["X-Total"],
                "supports_credentials": False,
                "max_age": None,
                "send_wildcard": False,
                "vary_header": True,
                "automatic_options": True,
                "always_send": True,
                "intercept_exceptions": True,
                "allow_private_network": False,
                "guard_websockets": True,
            },
        }
        assert "policy" not in data[2] and "resource" not in data[3]

    def test_an_app_without_routes(self) -> None:
        app = Flask("empty", static_folder=None)
        CORS(app)
        assert run(app, "routes").stdout == "No routes were registered.\n"

    def test_a_view_whose_policy_fails_with_the_app_config(self) -> None:
        app = Flask("broken", static_folder=None)

        @app.route("/w")
        @cross_origin(origins=APP)
        def w() -> str:
            return "w"

        app.config["CORS_ALLOW_HEADERS"] = "X-(a"
        assert (
            lines(run(app, "routes"))[2]
            == "w         GET      /w    error: cors.E005  -        -                -            -"
        )


class TestCheck:
    def test_a_careful_setup_has_no_problems(self) -> None:
        app = make_app()
        # The admin pages are on another site: the session cookie must be SameSite=None; Secure and, where
        # third-party cookies are blocked, Partitioned (cors.W021).
        app.config.update(CROSS_SITE_SESSION)
        result = run(app, "check")
        assert (result.exit_code, result.stdout) == (0, "No problems found.\n")

    @staticmethod
    def risky_app() -> Flask:
        app = Flask("risky", static_folder=None)
        app.config["CORS_ORIGIN"] = APP
        with pytest.warns(CORSWarning) as caught:
            CORS(
                app,
                resources={"/open": {"supports_credentials": True}, "/cached": {"origins": APP, "vary_header": False}},
            )
        assert [type(w.message) for w in caught] == [CORSWarning, InsecureConfigurationWarning, CORSWarning]
        return app

    RISKY = [
        "cors.W002 (warning) app.config",
        "    CORS_ORIGIN='https://app.example': is not a flask_cors setting and is ignored.",
        "    Fix: did you mean CORS_ORIGINS?",
        "",
        "cors.W001 (warning) resource '/open'",
        "    supports_credentials=True: with origins='*' every website may make requests with your users' cookies "
        "and read the answers; the request's origin is reflected to make that work.",
        "    Fix: list the origins that need credentials: origins=['https://app.example.com'].",
        "",
        "cors.W004 (warning) resource '/cached'",
        "    vary_header=False: the answer depends on the request's Origin but carries no 'Vary: Origin', so a shared "
        "cache can serve one origin's answer to another.",
        "    Fix: remove vary_header=False, or make sure no cache sits in front of these responses.",
        "",
        "0 errors, 3 warnings.",
    ]

    def test_warnings_are_listed_and_exit_zero(self) -> None:
        result = run(self.risky_app(), "check")
        assert (result.exit_code, lines(result)) == (0, self.RISKY)

    def test_strict_fails_on_warnings(self) -> None:
        result = run(self.risky_app(), "check", "--strict")
        assert (result.exit_code, lines(result)) == (1, self.RISKY)

    def test_strict_passes_a_clean_app(self) -> None:
        app = make_app()
        app.config.update(CROSS_SITE_SESSION)
        assert run(app, "check", "--strict").exit_code == 0

    def test_strict_fails_on_a_session_cookie_that_cannot_reach_the_admin_pages(self) -> None:
        result = run(make_app(), "check", "--strict", "--json")
        assert result.exit_code == 1
        assert [(item["code"], item["where"]) for item in json.loads(result.stdout)] == [
            ("cors.W021", "blueprint 'admin' resource '/*'")
        ]

    def test_unescaped_dots_with_credentials_do_not_start(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            CORS(
                Flask("dots", static_folder=None),
                origins=[r"https://api.example\.com", "https://x.example"],
                supports_credentials=True,
                expose_headers="*",  # cors.W062, a warning: only the look-alike is refused
            )
        assert caught.value.codes == ("cors.E013",)

    def test_unescaped_dot_without_credentials_is_listed(self) -> None:
        app = Flask("dots", static_folder=None)
        with pytest.warns(InsecureConfigurationWarning):
            CORS(app, origins=[r"https://api.example\.com", "https://x.example"])
        result = run(app, "check", "--json")
        assert result.exit_code == 0
        assert [(item["code"], item["where"], item["value"]) for item in json.loads(result.stdout)] == [
            ("cors.W005", "resource '/*'", "'https://api.example\\\\.com'"),
        ]

    @staticmethod
    def decorated_behind_a_hook(with_cors_app: bool) -> Flask:
        app = Flask("hooked", static_folder=None)

        @app.before_request
        def require_token() -> None:
            return None

        @app.route("/w")
        @cross_origin(origins=APP)
        def w() -> str:
            return "w"

        if with_cors_app:
            CORS(app, resources=[])
        return app

    def test_decorated_views_behind_hooks_without_cors_app(self) -> None:
        result = run(self.decorated_behind_a_hook(with_cors_app=False), "check")
        assert (result.exit_code, lines(result)) == (
            0,
            [
                "cors.W006 (warning) app",
                "    @cross_origin=['w']: these views answer their preflights from inside the view, after the "
                "before_request hooks TestCheck.decorated_behind_a_hook.<locals>.require_token; a hook that refuses "
                "requests without credentials refuses the preflights too (browsers never send credentials with them), "
                "and its errors carry no CORS headers.",
                "    Fix: add CORS(app, resources=[]): it covers no path of its own, and answers these views' "
                "preflights before the hooks run.",
                "",
                "0 errors, 1 warning.",
            ],
        )

    def test_decorated_views_behind_hooks_with_cors_app_are_fine(self) -> None:
        result = run(self.decorated_behind_a_hook(with_cors_app=True), "check")
        assert (result.exit_code, result.stdout) == (0, "No problems found.\n")

    def test_errors_fail(self) -> None:
        app = Flask("decorated", static_folder=None)

        @app.route("/w")
        @cross_origin(origins=APP)
        def w() -> str:
            return "w"

        app.config.update(CORS_ORIGINS="https://(app.example")
        result = run(app, "check")
        assert (result.exit_code, lines(result)) == (
            1,
            [
                "cors.E005 (error) app.config",
                "    origins='https://(app.example': not a valid regular expression (missing ), unterminated "
                "subpattern at position 8); flask-cors refuses it too.",
                "    Fix: check the pattern, or list exact origins instead.",
                "",
                "1 error, 0 warnings.",
            ],
        )

    def test_values_read_as_flask_cors_reads_them_are_listed_and_fail_strict(self) -> None:
        app = Flask("tolerant", static_folder=None)
        # "false" is a non-empty string: credentials are on, as in flask-cors (cors.W052 says so).
        # The session cookie reaches the listed origins in Chrome's default profile (no cors.W021).
        app.config.update(
            CORS_SUPPORTS_CREDENTIALS="false",
            SESSION_COOKIE_SAMESITE="None",
            SESSION_COOKIE_SECURE=True,
            CORS_BROWSER="chrome",
        )
        with pytest.warns(CORSWarning):
            CORS(app, origins=["app.example"], support_credentials=True)

            @app.route("/w")
            @cross_origin(origins=["http://localhost:3000/"])
            def w() -> str:
                return "w"

        result = run(app, "check", "--json")
        assert result.exit_code == 0
        assert [(item["code"], item["where"], item["value"]) for item in json.loads(result.stdout)] == [
            ("cors.W052", "app.config", "'false'"),
            ("cors.W051", "CORS(app)", "True"),
            ("cors.W054", "CORS(app)", "'app.example'"),
            ("cors.W053", "@cross_origin view 'w'", "'http://localhost:3000/'"),
        ]
        assert run(app, "check", "--strict").exit_code == 1

    def test_json(self) -> None:
        result = run(self.risky_app(), "check", "--json")
        assert json.loads(result.stdout)[0] == {
            "code": "cors.W002",
            "severity": "warning",
            "title": "unknown CORS_* configuration key",
            "where": "app.config",
            "option": "CORS_ORIGIN",
            "value": "'https://app.example'",
            "message": "is not a flask_cors setting and is ignored.",
            "hint": "did you mean CORS_ORIGINS?",
        }

    def test_an_app_that_fails_to_load_is_reported_not_crashed(self) -> None:
        def create_app() -> Flask:
            app = Flask("refused")
            CORS(app, origins=["https://(a", r"https://(a+)+\.example\.com"])
            return app

        result = run(make_app(), "check", obj=ScriptInfo(create_app=create_app))
        assert [line for line in lines(result) if "(error)" in line] == [
            "cors.E005 (error) start-up (the app failed to load)",
            "cors.E014 (error) start-up (the app failed to load)",
        ]
        assert (result.exit_code, lines(result)[-1]) == (
            1,
            "2 errors, 0 warnings.",
        )


PUT_ALLOWED = [
    "Request: PUT http://localhost/api/items/7 from origin https://app.example",
    f"CORS policy: {API}",
    BROWSER_MODEL,
    "Preflight: needed, method PUT is not CORS-safelisted; request header content-type has a value that is not "
    "CORS-safelisted ('application/json'); request header x-token is not CORS-safelisted",
    "",
    "Preflight request",
    "> OPTIONS http://localhost/api/items/7",
    "> Origin: https://app.example",
    "> Access-Control-Request-Method: PUT",
    "> Access-Control-Request-Headers: content-type,x-token",
    "> Accept: */*",
    "< 200 OK",
    "< Content-Type: text/html; charset=utf-8",
    "< Access-Control-Allow-Origin: https://app.example",
    "< Access-Control-Expose-Headers: X-Total",
    "< Access-Control-Allow-Headers: content-type, x-token",
    "< Access-Control-Allow-Methods: GET, POST, PUT",
    "< Vary: Origin, Access-Control-Request-Headers",
    "< Content-Length: 0",
    "",
    "Request",
    "> PUT http://localhost/api/items/7",
    "> Origin: https://app.example",
    "> Content-Type: application/json",
    "> X-Token:",
    "> Accept: */*",
    "< 200 OK",
    "< Content-Type: text/html; charset=utf-8",
    "< Content-Length: 6",
    "< Access-Control-Allow-Origin: https://app.example",
    "< Access-Control-Expose-Headers: X-Total",
    "< Vary: Origin",
    "",
    "JavaScript can read: content-length, content-type",
    "",
    "allowed",
]


class TestExplain:
    def test_preflighted_put_is_allowed(self) -> None:
        args = ("-X", "PUT", "-H", "Content-Type: application/json", "-H", "X-Token", "-d", "{}")
        result = run(make_app(), "explain", "/api/items/7", "--origin", APP, *args)
        assert (result.exit_code, lines(result)) == (0, PUT_ALLOWED)

    def test_long_option_names(self) -> None:
        args = ("--method", "put", "--header", "Content-Type: application/json", "--header", "X-Token:", "--data", "{}")
        result = run(make_app(), "explain", "/api/items/7", "--origin", APP, *args)
        assert (result.exit_code, lines(result)) == (0, PUT_ALLOWED)

    def test_refused_method(self) -> None:
        result = run(make_app(), "explain", "/api/items/7", "-o", APP, "-X", "DELETE")
        assert (result.exit_code, lines(result)) == (
            1,
            [
                "Request: DELETE http://localhost/api/items/7 from origin https://app.example",
                f"CORS policy: {API}",
                BROWSER_MODEL,
                "Preflight: needed, method DELETE is not CORS-safelisted",
                "",
                "Preflight request",
                "> OPTIONS http://localhost/api/items/7",
                "> Origin: https://app.example",
                "> Access-Control-Request-Method: DELETE",
                "> Accept: */*",
                "< 200 OK",
                "< Content-Type: text/html; charset=utf-8",
                "< Access-Control-Allow-Origin: https://app.example",
                "< Access-Control-Expose-Headers: X-Total",
                "< Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
                "< Content-Length: 0",
                "",
                "Console: Access to fetch at 'http://localhost/api/items/7' from origin 'https://app.example' has been "
                f"blocked by CORS policy: {METHOD_REFUSED}",
                "",
                f"blocked: {METHOD_REFUSED}",
                f"Why: {API}: method 'DELETE' is not allowed (methods are case-sensitive)",
            ],
        )

    def test_refused_origin(self) -> None:
        result = run(make_app(), "explain", "/api/items", "--origin", "https://evil.example")
        assert result.exit_code == 1
        assert lines(result)[-2:] == [
            "blocked: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            f"Why: {API}: origin 'https://evil.example' is not allowed",
        ]

    def test_uncovered_path(self) -> None:
        result = run(make_app(), "explain", "/health", "--origin", APP)
        assert (result.exit_code, lines(result)[1], lines(result)[-1]) == (
            1,
            "CORS policy: not covered",
            "Why: no CORS policy covers /health",
        )

    def test_credentials_allowed_by_the_blueprint_but_the_session_cookie_stays_home(self) -> None:
        """CORS allows the call, but Flask's default session cookie (Lax by default) cannot go cross-site."""
        result = run(make_app(), "explain", "/admin/users", "--origin", "https://admin.example", "--credentials")
        assert (result.exit_code, lines(result)) == (
            3,
            [
                "Request: GET http://localhost/admin/users from origin https://admin.example, with credentials",
                "CORS policy: blueprint 'admin' resource '/*' (matches every path)",
                BROWSER_MODEL,
                "Cookies the browser holds (Flask's session cookie, as the app writes it): [session; Path=/; HttpOnly]",
                "Preflight: not needed",
                "",
                "Request",
                "> GET http://localhost/admin/users",
                "> Origin: https://admin.example",
                "> Accept: */*",
                "> (no cookie: none is sent)",
                "< 200 OK",
                "< Content-Type: text/html; charset=utf-8",
                "< Content-Length: 5",
                "< Access-Control-Allow-Origin: https://admin.example",
                "< Access-Control-Allow-Credentials: true",
                "< Vary: Origin",
                "",
                "Cookies:",
                "  session: not sent: it has no SameSite attribute, which browsers treat as SameSite=Lax, and the "
                "request is cross-site (the page's site is https://admin.example and the API's is http://localhost); "
                "third-party cookies are blocked too",
                "",
                "JavaScript can read: content-length, content-type",
                "",
                "blocked by cookies: CORS allows the response, but the browser sends none of the cookies it holds "
                "for the API (session) (the API was taken to be at http://localhost, since SERVER_NAME is not set; the "
                "full URL (e.g. https://api.example.com/admin/users) can give another answer)",
            ],
        )

    def test_cookies_given_on_the_command_line_for_an_api_on_the_pages_site(self) -> None:
        result = run(
            make_app(),
            "explain",
            "https://api.admin.example/admin/users",
            "--origin",
            "https://admin.example",
            "--credentials",
            "--cookie",
            "sid=1; SameSite=Lax",
            "--cookie",
            "pref=2; Path=/settings",
        )
        assert (result.exit_code, lines(result)[3], lines(result)[10], lines(result)[-7:]) == (
            0,
            "Cookies the browser holds (given with --cookie): [sid; SameSite=Lax]; [pref; Path=/settings]",
            "> Cookie: sid=1",
            [
                "Cookies:",
                "  sid: sent",
                "  pref: not sent: its Path=/settings does not cover /admin/users",
                "",
                "JavaScript can read: content-length, content-type",
                "",
                "allowed, with the cookies sid (not sent: pref)",
            ],
        )

    def test_cookie_options_need_credentials(self) -> None:
        result = run(make_app(), "explain", "/admin/users", "--origin", "https://admin.example", "--cookie", "sid")
        assert (result.exit_code, result.output.splitlines()[-1]) == (
            2,
            "Error: --cookie, --login-path and --browser need --credentials: without credentials: "
            "'include' the browser sends no cookie at all.",
        )

    def test_cookies_taken_from_the_login_path(self) -> None:
        app = make_app()

        @app.post("/admin/login")
        def login() -> Response:
            response = Response("ok")
            response.set_cookie("sid", "s3cret", samesite="None", secure=True, httponly=True)
            response.set_cookie("theme", "dark", samesite="Strict")
            return response

        result = run(
            app, "explain", "https://api.admin.example/admin/users", "--origin", "https://admin.example",
            "--credentials", "--login-path", "/admin/login",
        )  # fmt: skip
        assert (result.exit_code, lines(result)[3], lines(result)[10], lines(result)[-7:]) == (
            0,
            "Cookies the browser holds (set by POST /admin/login): "
            "[sid; Path=/; Secure; HttpOnly; SameSite=None]; [theme; Path=/; SameSite=Strict]",
            "> Cookie: sid=s3cret; theme=dark",
            [
                "Cookies:",
                "  sid: sent",
                "  theme: sent",
                "",
                "JavaScript can read: content-length, content-type",
                "",
                "allowed, with the cookies sid, theme",
            ],
        )

    def test_credentials_refused(self) -> None:
        result = run(make_app(), "explain", "/api/items", "--origin", APP, "--credentials")
        assert (result.exit_code, lines(result)[-2:]) == (
            1,
            [
                "blocked: The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must "
                "be 'true' when the request's credentials mode is 'include'.",
                f"Why: {API}: allowed, without credentials (supports_credentials is False)",
            ],
        )

    def test_json(self) -> None:
        result = run(make_app(), "explain", "/widget", "--origin", "https://partner.example", "--json")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == {
            "policy": "@cross_origin",
            "policy_decision": None,
            "browser_model": {"chromium": 156, "verdicts_checked_on": [150, 156], "browser": "no-third-party-cookies"},
            "allowed": True,
            "outcome": "allowed",
            "complete": True,
            "verdict": "allowed",
            "reason": None,
            "console_message": None,
            "request": {
                "url": "http://localhost/widget",
                "origin": "https://partner.example",
                "method": "GET",
                "headers": [],
                "credentials": False,
            },
            "preflight_reasons": [],
            "exchanges": [
                {
                    "preflight": False,
                    "method": "GET",
                    "url": "http://localhost/widget",
                    "request_headers": [["Origin", "https://partner.example"], ["Accept", "*/*"]],
                    "credentials": False,
                    "status": 200,
                    "response_headers": [
                        ["Content-Type", "text/html; charset=utf-8"],
                        ["Content-Length", "6"],
                        ["Access-Control-Allow-Origin", "https://partner.example"],
                        ["Vary", "Origin"],
                    ],
                }
            ],
            "readable_headers": {"content-length": "6", "content-type": "text/html; charset=utf-8"},
            "cookies": [],
            "set_cookies": [],
            "login": None,
            "api_assumed": None,
            "across_browsers": [],
        }

    def test_json_for_a_refusal(self) -> None:
        result = run(make_app(), "explain", "/widget", "--origin", APP, "--json")
        data = json.loads(result.stdout)
        assert (result.exit_code, data["verdict"], data["policy_decision"]) == (
            1,
            "blocked: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            "@cross_origin: origin 'https://app.example' is not allowed",
        )

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ("--origin", "https://app.example/"),
                "Error: 'https://app.example/' is not an origin a browser sends: expected scheme://host[:port] "
                "(no path, no trailing slash) or 'null'.",
            ),
            (
                ("--origin", APP, "-H", "Cookie: sid=1"),
                "Error: a page cannot set the Cookie header (a forbidden request header): browsers drop it. "
                "Use credentials=True to send cookies.",
            ),
            (
                ("--origin", APP, "-X", "TRACE"),
                "Error: 'TRACE' HTTP method is unsupported: browsers refuse to send it.",
            ),
            (("--origin", APP, "-d", "x"), "Error: Request with GET/HEAD method cannot have body."),
            ((), "Error: Missing option '--origin' / '-o'."),
        ],
    )
    def test_arguments_a_browser_would_refuse_are_usage_errors(self, args: tuple[str, ...], message: str) -> None:
        result = run(make_app(), "explain", "/api/items", *args)
        # result.output: stderr as well on Click 8.1 and 8.2+ alike.
        assert (result.exit_code, result.output.splitlines()[-1]) == (2, message)


def test_the_group_is_registered_as_a_flask_command_through_its_entry_point() -> None:
    cli = FlaskGroup(create_app=make_app, load_dotenv=False)
    app = make_app()
    result = app.test_cli_runner().invoke(cli, ["cors", "routes", "--sort", "match"])
    assert result.exit_code == 0
    assert lines(result)[2] == ROWS["items"]
    assert "cors" in cli.list_commands(cli.make_context("flask", ["--help"], resilient_parsing=True))


def sign_in_app(**config: Any) -> Flask:
    """Issue 19's API: a session sign-in that checks the password, and a /me that says who is signed in."""
    from flask import request, session

    app = Flask("sign_in", static_folder=None)
    app.config.update(SECRET_KEY="not a secret", **config)
    CORS(app, origins=["http://localhost:5173"], supports_credentials=True)

    @app.post("/login")
    def login() -> Any:
        data = request.get_json(silent=True) or request.form
        if request.headers.get("X-CSRF") != "1" or data.get("password") != "secret":
            return {"error": "who are you?"}, 401
        session["user"] = data.get("user")
        return {"user": data.get("user")}

    @app.post("/logout")
    def logout() -> dict[str, bool]:
        return {"ok": True}  # sets no cookie

    @app.get("/me")
    def me() -> dict[str, Any]:
        return {"user": session.get("user")}

    return app


class TestExplainSignIn:
    PAGE = ["--origin", "http://localhost:5173", "--credentials"]

    def test_a_sign_in_that_answers_an_error_is_no_pass(self) -> None:
        """Regression (issue 19): the empty POST got a 401 and the output still ended in a bare 'allowed' (exit 0)."""
        result = run(sign_in_app(), "explain", "/me", *self.PAGE, "--login-path", "/login")
        assert (result.exit_code, lines(result)[3], lines(result)[-1]) == (
            4,
            "Cookies the browser holds (set by POST /login): none",
            "blocked by the sign-in: POST /login answered 401 Unauthorized, and set no cookie",
        )

    @pytest.mark.parametrize(
        "body",
        [
            ["--login-data", "user=ada&password=secret"],
            ["--login-json", '{"user": "ada", "password": "secret"}'],
        ],
        ids=["form", "json"],
    )
    def test_a_sign_in_with_a_body_and_headers(self, body: list[str]) -> None:
        args = ["--login-path", "/login", *body, "--login-header", "X-CSRF: 1"]
        result = run(sign_in_app(), "explain", "/me", *self.PAGE, *args)
        assert (result.exit_code, lines(result)[3], lines(result)[-1]) == (
            0,
            "Cookies the browser holds (set by POST /login): [session; Path=/; HttpOnly]",
            "allowed, with the cookies session (the API was taken to be at http://localhost, since SERVER_NAME is "
            "not set; the full URL (e.g. https://api.example.com/me) can give another answer)",
        )

    def test_a_sign_in_that_sets_no_cookie_is_no_pass(self) -> None:
        result = run(sign_in_app(), "explain", "/me", *self.PAGE, "--login-path", "/logout", "--json")
        report = json.loads(result.output)
        assert (result.exit_code, report["verdict"], report["login"]["failure"]) == (
            4,
            "blocked by the sign-in: POST /logout answered 200 but set no cookie",
            "POST /logout answered 200 but set no cookie",
        )

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--login-data", "a=1"], "Error: --login-data, --login-json and --login-header need --login-path."),
            (
                ["--login-path", "/login", "--login-data", "a=1", "--login-json", "{}"],
                "Error: give the sign-in's body once: --login-data or --login-json.",
            ),
            (["--login-path", "/login", "--login-json", "{"], "Error: --login-json is not JSON: Expecting property "
             "name enclosed in double quotes: line 1 column 2 (char 1)"),
        ],
    )  # fmt: skip
    def test_sign_in_options_are_checked(self, args: list[str], message: str) -> None:
        result = run(sign_in_app(), "explain", "/me", *self.PAGE, *args)
        assert (result.exit_code, result.output.splitlines()[-1]) == (2, message)

    def test_a_bare_path_goes_to_server_name_and_the_verdict_follows_the_api_s_site(self) -> None:
        """Issue 19: an API on 127.0.0.1 and a page on localhost are two sites; a bare path took the API for
        http://localhost and answered "allowed, with the cookies session"."""
        result = run(sign_in_app(SERVER_NAME="127.0.0.1:5000"), "explain", "/me", *self.PAGE)
        assert (result.exit_code, lines(result)[0], lines(result)[-1]) == (
            3,
            "Request: GET http://127.0.0.1:5000/me from origin http://localhost:5173, with credentials",
            "blocked by cookies: CORS allows the response, but the browser sends none of the cookies it holds for the "
            "API (session)",
        )

    def test_the_browser_profile_decides_and_the_other_browsers_are_named(self) -> None:
        config = {"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True, "SERVER_NAME": "127.0.0.1:5000"}
        across = (
            "Across browsers: session: sent by Chrome; blocked by Safari and Chrome with third-party cookies off; "
            "Partitioned makes it travel in all of them"
        )
        blocked = run(sign_in_app(**config), "explain", "/me", *self.PAGE)
        assert (blocked.exit_code, lines(blocked)[2], lines(blocked)[-1]) == (3, BROWSER_MODEL, across)
        chrome = run(sign_in_app(**config), "explain", "/me", *self.PAGE, "--browser", "chrome")
        assert (chrome.exit_code, lines(chrome)[2], lines(chrome)[-2:]) == (
            0,
            "Browser model: Chromium 156's rules and wording (verdicts also checked on Chromium 150), browser "
            "'chrome': third-party cookies allowed, as in Chrome's default settings",
            ["allowed, with the cookies session", across],
        )
        configured = run(sign_in_app(CORS_BROWSER="chrome", **config), "explain", "/me", *self.PAGE)
        assert configured.exit_code == 0
