"""guard_websockets in Flask: WebSocket handshakes answered 403 before hooks and views, through the test client.

A handshake here is the request a browser sends; the views are plain views (no WebSocket server),
so an allowed handshake shows as the view's ``200``. Real handshakes: tests/websocket/.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.test import TestResponse

from flask import Blueprint, Flask
from flask_cors import CORS, CORSWarning, cors_rejected, cross_origin
from flask_cors.testing import check_configuration, route_policies
from tests.flask.test_cli import lines, run

A = "https://app.example.com"
EVIL = "https://evil.example.net"
API_HOST = "api.example.com"
HANDSHAKE = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13"}
BODY = b"WebSocket handshake refused: this origin may not open a WebSocket here.\n"
REFUSED = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(BODY))), ("Vary", "Origin")]
REFUSED_NO_VARY = REFUSED[:2]


def app_with_routes(**options: Any) -> Flask:
    """WebSocket routes ``/ws`` and ``/other/ws`` and a plain ``/plain`` answering "ok", and CORS(app, **options).

    Werkzeug routes a handshake only to rules registered with ``websocket=True`` (as flask-sock does);
    anything else answers it ``400 Bad Request``.
    """
    app = Flask("ws_app")
    app.add_url_rule("/ws", "ws", lambda: "ok", websocket=True)
    app.add_url_rule("/other/ws", "other_ws", lambda: "ok", websocket=True)
    app.add_url_rule("/plain", "plain", lambda: "ok", methods=["GET", "POST"])
    if options.get("cors", True):
        CORS(app, **{k: v for k, v in options.items() if k != "cors"})
    return app


def handshake(
    app: Flask, path: str = "/ws", origin: str | None = EVIL, method: str = "GET", host: str = API_HOST, **headers: str
) -> TestResponse:
    sent = {**HANDSHAKE, **headers}
    if origin is not None:
        sent["Origin"] = origin
    client = app.test_client()
    cookie = sent.pop("Cookie", None)
    if cookie is not None:  # the test client writes the Cookie header from its jar, and only from it
        name, _, value = cookie.partition("=")
        client.set_cookie(name, value, domain=host.split(":")[0])
    return client.open(path, method=method, headers=sent, base_url=f"http://{host}")


def answer(response: TestResponse) -> tuple[int, list[tuple[str, str]], bytes]:
    return response.status_code, list(response.headers.items()), response.data


def ok(origin_echo: str | None = None) -> tuple[int, list[tuple[str, str]], bytes]:
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "2")]
    if origin_echo is not None:
        headers += [("Access-Control-Allow-Origin", origin_echo), ("Vary", "Origin")]
    return 200, headers, b"ok"


class TestDetection:
    @pytest.mark.parametrize(
        ("upgrade", "connection"),
        [
            pytest.param("websocket", "Upgrade", id="chromium"),
            pytest.param("WebSocket", "UPGRADE", id="any-case"),
            pytest.param("websocket", "keep-alive, Upgrade", id="firefox-connection-list"),
        ],
    )
    def test_handshake_from_unlisted_origin_is_refused(self, upgrade: str, connection: str) -> None:
        app = app_with_routes(origins=[A])
        response = handshake(app, Upgrade=upgrade, Connection=connection)
        assert answer(response) == (403, REFUSED, BODY)

    @pytest.mark.parametrize("method", ["HEAD", "POST", "OPTIONS"])
    def test_every_method_asking_to_upgrade_is_judged(self, method: str) -> None:
        # Werkzeug routes HEAD to WebSocket rules and simple-websocket upgrades whatever the method.
        app = app_with_routes(origins=[A])
        ran: list[str] = []
        app.before_request(lambda: ran.append("hook"))
        response = handshake(app, "/ws", method=method)
        body = b"" if method == "HEAD" else BODY
        assert (answer(response), ran) == ((403, REFUSED, body), [])

    def test_preflight_asking_to_upgrade_is_answered_as_a_preflight(self) -> None:
        app = app_with_routes(origins=[A])
        response = handshake(app, "/ws", A, method="OPTIONS", **{"Access-Control-Request-Method": "GET"})
        assert (response.status_code, response.headers.get("Access-Control-Allow-Origin")) == (200, A)

    def test_upgrade_to_another_protocol_is_not_a_handshake(self) -> None:
        app = app_with_routes(origins=[A])
        assert answer(handshake(app, "/plain", Upgrade="h2c")) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_upgrade_without_connection_upgrade_is_not_a_handshake(self) -> None:
        app = app_with_routes(origins=[A])
        assert answer(handshake(app, "/plain", Connection="keep-alive")) == (
            200,
            ok()[1] + [("Vary", "Origin")],
            b"ok",
        )

    def test_plain_get_from_unlisted_origin_is_not_refused(self) -> None:
        app = app_with_routes(origins=[A])
        response = app.test_client().get("/plain", headers={"Origin": EVIL})
        assert answer(response) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_refused_even_where_routing_would_fail(self) -> None:
        app = app_with_routes(origins=[A])
        assert answer(handshake(app, "/plain")) == (403, REFUSED, BODY)
        assert answer(handshake(app, "/missing")) == (403, REFUSED, BODY)


class TestOrigins:
    def test_listed_origin_passes_and_gets_its_cors_headers(self) -> None:
        assert answer(handshake(app_with_routes(origins=[A]), origin=A)) == ok(A)

    def test_same_origin_passes_without_being_listed(self) -> None:
        app = app_with_routes(origins=[A])
        assert answer(handshake(app, origin=f"https://{API_HOST}")) == (
            200,
            ok()[1] + [("Vary", "Origin")],
            b"ok",
        )

    def test_same_origin_compares_the_port(self) -> None:
        app = app_with_routes(origins=[A])
        response = handshake(app, origin="http://127.0.0.1:5001", host="127.0.0.1:5000")
        assert answer(response) == (403, REFUSED, BODY)
        assert handshake(app, origin="http://127.0.0.1:5000", host="127.0.0.1:5000").status_code == 200

    def test_handshake_without_origin_passes(self) -> None:
        app = app_with_routes(origins=[A])
        # A non-browser client: always_send answers with the single configured origin.
        assert answer(handshake(app, origin=None)) == ok(A)

    def test_null_origin_is_refused_unless_listed(self) -> None:
        assert answer(handshake(app_with_routes(origins=[A]), origin="null")) == (403, REFUSED, BODY)
        assert answer(handshake(app_with_routes(origins=[A, "null"]), origin="null")) == ok("null")

    def test_null_origin_with_any_origin_and_credentials_is_refused(self) -> None:
        with pytest.warns(UserWarning):
            app = app_with_routes(supports_credentials=True)
        assert answer(handshake(app, origin="null")) == (403, REFUSED, BODY)

    def test_any_origin_without_credentials_lets_every_origin_through(self) -> None:
        assert answer(handshake(app_with_routes(), origin=EVIL)) == ok(EVIL)

    def test_send_wildcard_answer_has_no_vary(self) -> None:
        app = app_with_routes(origins="*", send_wildcard=True)
        assert answer(handshake(app, origin=EVIL)) == (
            200,
            ok()[1] + [("Access-Control-Allow-Origin", "*")],
            b"ok",
        )

    def test_malformed_origin_is_refused(self) -> None:
        app = app_with_routes(origins=[A])
        assert answer(handshake(app, origin=f"{A}, {EVIL}")) == (403, REFUSED, BODY)


class TestProxyFix:
    """Same origin is judged on the Host the app sees: X-Forwarded-Host only through ProxyFix."""

    def test_forwarded_host_is_ignored_without_proxy_fix(self) -> None:
        app = app_with_routes(origins=[A])
        response = handshake(app, origin=f"https://{API_HOST}", host="backend:8000", X_Forwarded_Host=API_HOST)
        assert answer(response) == (403, REFUSED, BODY)

    def test_forwarded_host_counts_through_proxy_fix(self) -> None:
        app = app_with_routes(origins=[A])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_host=1)  # type: ignore[method-assign]
        response = handshake(app, origin=f"https://{API_HOST}", host="backend:8000", X_Forwarded_Host=API_HOST)
        assert answer(response) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_proxy_fix_does_not_make_a_foreign_origin_same_origin(self) -> None:
        app = app_with_routes(origins=[A])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_host=1)  # type: ignore[method-assign]
        response = handshake(app, origin=EVIL, host="backend:8000", X_Forwarded_Host=API_HOST)
        assert answer(response) == (403, REFUSED, BODY)

    def test_proxy_fix_without_x_host_keeps_the_real_host(self) -> None:
        app = app_with_routes(origins=[A])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)  # type: ignore[method-assign]
        response = handshake(app, origin=f"https://{API_HOST}", host="backend:8000", X_Forwarded_Host=API_HOST)
        assert answer(response) == (403, REFUSED, BODY)

    def test_tls_terminating_proxy_same_host(self) -> None:
        # The app sees http://api.example.com, the page is https://api.example.com.
        app = app_with_routes(origins=[A])
        assert handshake(app, origin=f"https://{API_HOST}", host=API_HOST).status_code == 200


class TestCoverage:
    def test_uncovered_path_is_not_guarded(self) -> None:
        app = app_with_routes(origins=[A], resources=["/other/*"])
        assert answer(handshake(app, "/ws")) == ok()
        assert answer(handshake(app, "/other/ws")) == (403, REFUSED, BODY)

    def test_guard_off_for_one_resource(self) -> None:
        app = app_with_routes(
            resources={"/ws": {"origins": [A], "guard_websockets": False}, "/other/*": {"origins": A}}
        )
        assert answer(handshake(app, "/ws")) == (200, ok()[1] + [("Vary", "Origin")], b"ok")
        assert answer(handshake(app, "/other/ws")) == (403, REFUSED, BODY)

    def test_guard_off_by_keyword(self) -> None:
        app = app_with_routes(origins=[A], guard_websockets=False)
        assert answer(handshake(app)) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_guard_off_by_config_key(self) -> None:
        app = Flask("configured")
        app.config["CORS_GUARD_WEBSOCKETS"] = False

        app.add_url_rule("/ws", "ws", lambda: "ok", websocket=True)
        CORS(app, origins=[A])
        assert answer(handshake(app)) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_guard_that_is_not_a_bool_is_read_by_truthiness(self) -> None:
        app = Flask("odd")
        app.add_url_rule("/ws", "ws", lambda: "ok", websocket=True)
        with pytest.warns(CORSWarning, match=r"^\[cors\.W052\] guard_websockets='no'"):
            CORS(app, origins=[A], guard_websockets="no")  # type: ignore[typeddict-item]
        response = app.test_client().get("/ws", headers={**HANDSHAKE, "Origin": "https://evil.example"})
        assert response.status_code == 403  # "no" is a non-empty string: the guard stays on

    def test_blueprint_policy_guards_its_routes(self) -> None:
        app = Flask("bp_app")
        bp = Blueprint("live", __name__, url_prefix="/live")

        bp.add_url_rule("/ws", "ws", lambda: "ok", websocket=True)

        CORS(bp, origins=[A])
        app.register_blueprint(bp)
        assert answer(handshake(app, "/live/ws")) == (403, REFUSED, BODY)
        assert answer(handshake(app, "/live/ws", origin=A)) == ok(A)


class TestBeforeHooksAndView:
    def test_refusal_comes_before_hooks_and_view(self) -> None:
        app = app_with_routes(origins=[A])
        ran: list[str] = []

        @app.before_request
        def deny() -> None:
            ran.append("hook")

        @app.after_request
        def after(response: Any) -> Any:
            ran.append(f"after {response.status_code}")
            return response

        app.view_functions["ws"] = lambda: ran.append("view") or "ok"  # type: ignore[func-returns-value]
        assert handshake(app).status_code == 403
        assert ran == ["after 403"]

    def test_refused_handshake_is_logged_once_with_escaped_values(self, caplog: pytest.LogCaptureFixture) -> None:
        app = app_with_routes(origins=[A])
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            handshake(app, origin="https://evil.example.net\x1b[2J")
            handshake(app, origin=A)
        assert [r.getMessage() for r in caplog.records] == [
            "CORS refused the WebSocket handshake to '/ws' from 'https://evil.example.net\\x1b[2J' "
            "(Host 'api.example.com'): origin 'https://evil.example.net\\x1b[2J' is not allowed, and its host "
            "and port are not the request's Host"
        ]

    def test_refused_handshake_is_sent_to_cors_rejected_once(self) -> None:
        app = app_with_routes(origins=[A])
        seen: list[tuple[str, str, str | None, str, str]] = []

        def receiver(sender: Flask, **extra: Any) -> None:
            assert sender is app
            seen.append((extra["decision"].kind, extra["reason"], extra["origin"], extra["method"], extra["path"]))

        with cors_rejected.connected_to(receiver, app):
            handshake(app)
            handshake(app, origin=A)
        assert seen == [
            (
                "websocket",
                f"origin {EVIL!r} is not allowed, and its host and port are not the request's Host",
                EVIL,
                "GET",
                "/ws",
            )
        ]


class TestCredentials:
    """A handshake with a Cookie or Authorization header is a credentialed request."""

    @pytest.mark.parametrize("credential", [{"Cookie": "session=abc"}, {"Authorization": "Bearer t"}])
    def test_any_origin_without_credentials_refuses_a_handshake_with_credentials(
        self, credential: dict[str, str]
    ) -> None:
        app = app_with_routes()
        assert answer(handshake(app, **credential)) == (403, REFUSED, BODY)
        assert answer(handshake(app)) == ok(EVIL)

    def test_listed_origin_needs_supports_credentials(self) -> None:
        assert answer(handshake(app_with_routes(origins=[A]), origin=A, Cookie="s=1")) == (403, REFUSED, BODY)
        app = app_with_routes(origins=[A], supports_credentials=True)
        status, headers, body = answer(handshake(app, origin=A, Cookie="s=1"))
        assert (status, ("Access-Control-Allow-Credentials", "true") in headers, body) == (200, True, b"ok")

    def test_same_origin_keeps_its_cookies(self) -> None:
        app = app_with_routes(origins=[A])
        response = handshake(app, origin=f"https://{API_HOST}", Cookie="s=1")
        assert answer(response) == (200, ok()[1] + [("Vary", "Origin")], b"ok")

    def test_decorated_view_follows_credentials_too(self) -> None:
        app, ran = TestCrossOrigin.decorated_app(origins=[A])
        assert answer(handshake(app, origin=A, Cookie="s=1")) == (403, REFUSED, BODY)
        assert ran == ["hook"]

    def test_refusal_says_why(self, caplog: pytest.LogCaptureFixture) -> None:
        app = app_with_routes(origins=[A])
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            handshake(app, origin=A, Cookie="s=1")
        assert [r.getMessage() for r in caplog.records] == [
            "CORS refused the WebSocket handshake to '/ws' from 'https://app.example.com' (Host 'api.example.com'): "
            "origin 'https://app.example.com' is allowed only without credentials (supports_credentials is off), "
            "but the handshake carries a Cookie or Authorization header, and its host and port are not the "
            "request's Host"
        ]


class TestCrossOrigin:
    @staticmethod
    def decorated_app(**options: Any) -> tuple[Flask, list[str]]:
        app = Flask("decorated")
        ran: list[str] = []

        @app.before_request
        def hook() -> None:
            ran.append("hook")

        @app.route("/ws", websocket=True)
        @cross_origin(**options)
        def ws() -> str:
            ran.append("view")
            return "ok"

        return app, ran

    def test_decorated_view_refuses_inside_the_view_without_cors_app(self) -> None:
        app, ran = self.decorated_app(origins=[A])
        assert answer(handshake(app)) == (403, REFUSED, BODY)
        assert ran == ["hook"]  # like its preflights: the app's hooks run first

    def test_decorated_view_refuses_before_hooks_with_cors_app(self) -> None:
        app, ran = self.decorated_app(origins=[A])
        CORS(app, resources=[])
        assert answer(handshake(app)) == (403, REFUSED, BODY)
        assert ran == []

    def test_decorated_view_allows_its_origin(self) -> None:
        app, ran = self.decorated_app(origins=[A])
        assert answer(handshake(app, origin=A)) == ok(A)
        assert ran == ["hook", "view"]

    def test_decorated_view_with_guard_off(self) -> None:
        app, ran = self.decorated_app(origins=[A], guard_websockets=False)
        CORS(app, resources=[])
        assert answer(handshake(app)) == (200, ok()[1] + [("Vary", "Origin")], b"ok")
        assert ran == ["hook", "view"]

    def test_decorator_policy_wins_over_the_resource(self) -> None:
        app, ran = self.decorated_app(origins=[EVIL])
        CORS(app, origins=[A])
        assert answer(handshake(app)) == ok(EVIL)
        assert answer(handshake(app, origin=A)) == (403, REFUSED, BODY)


def websocket_app(**options: Any) -> Flask:
    """Two routes registered the way flask-sock registers them (websocket=True) and a plain one."""
    app = Flask("ws_routes", static_folder=None)
    app.add_url_rule("/live", "live", lambda: "", websocket=True)
    app.add_url_rule("/chat", "chat", lambda: "", websocket=True)
    app.add_url_rule("/plain", "plain", lambda: "plain")
    if options.get("cors", True):
        CORS(app, **{k: v for k, v in options.items() if k != "cors"})
    return app


W030 = (
    "browsers apply no CORS to WebSockets and send the user's cookies with the handshake, and nothing checks the "
    "Origin of handshakes to these routes before they are accepted (no CORS(app) policy covers them, theirs sets "
    "guard_websockets=False, or only @cross_origin does, without CORS(app)): any website can open them as the user."
)


class TestCheckAndRoutes:
    def test_websocket_routes_are_recognised(self) -> None:
        routes = {route.rule: route.websocket for route in route_policies(websocket_app())}
        assert routes == {"/live": True, "/chat": True, "/plain": False}

    def test_uncovered_websocket_routes_warn(self) -> None:
        findings = check_configuration(websocket_app(cors=False))
        assert [(f.code, f.where, f.problem.option, f.problem.value, f.problem.message) for f in findings] == [
            ("cors.W030", "app", "guard_websockets", ["/chat", "/live"], W030)
        ]

    def test_guard_turned_off_warns(self) -> None:
        app = websocket_app(resources={"/live": {"origins": [A], "guard_websockets": False}, "/chat": {"origins": A}})
        findings = check_configuration(app)
        assert [(f.code, f.problem.value) for f in findings] == [("cors.W030", ["/live"])]

    def test_decorator_without_cors_app_warns(self) -> None:
        app = Flask("decorated_ws", static_folder=None)
        app.add_url_rule("/live", "live", cross_origin(origins=[A])(lambda: ""), websocket=True)
        assert [(f.code, f.problem.value) for f in check_configuration(app)] == [("cors.W030", ["/live"])]
        CORS(app, resources=[])
        assert check_configuration(app) == []

    def test_any_origin_with_credentials_guard_warns(self) -> None:
        with pytest.warns(UserWarning, match=r"^\[cors\.W001\]"):
            app = websocket_app(supports_credentials=True)
        findings = [f for f in check_configuration(app) if f.code == "cors.W031"]
        assert [(f.code, f.where, f.problem.option, f.problem.value, f.problem.message) for f in findings] == [
            (
                "cors.W031",
                "app",
                "origins",
                ["/chat", "/live"],
                "the policy guarding these WebSocket routes allows every origin with supports_credentials=True, so "
                "any website can open them with the user's cookies (same-origin pages need no entry).",
            )
        ]

    def test_any_origin_without_credentials_guard_is_quiet(self) -> None:
        # Handshakes carrying cookies from other sites are refused: only anonymous sockets open.
        assert check_configuration(websocket_app()) == []

    def test_listed_origins_guard_is_quiet(self) -> None:
        assert check_configuration(websocket_app(origins=[A])) == []

    def test_check_command_prints_the_warning(self) -> None:
        result = run(websocket_app(cors=False), "check")
        assert result.exit_code == 0
        assert result.stdout == (
            "cors.W030 (warning) app\n"
            f"    guard_websockets=['/chat', '/live']: {W030}\n"
            "    Fix: cover them with CORS(app, origins=[...]), or add CORS(app, resources=[]) next to their "
            "@cross_origin(origins=[...]); keep guard_websockets=True (the default).\n"
            "\n"
            "0 errors, 1 warning.\n"
        )

    def test_routes_command_shows_the_guard_column(self) -> None:
        app = websocket_app(
            resources={"/live": {"origins": [A]}, "/plain": {"origins": [A], "guard_websockets": False}}
        )
        output = lines(run(app, "routes", "-s", "match"))
        assert [(line.split()[0], line[output[0].index("WebSocket guard") :]) for line in output] == [
            ("Endpoint", "WebSocket guard"),
            ("--------", "-------------------"),
            ("live", "ws route, guarded"),
            ("chat", "ws route, unguarded"),
            ("plain", "unguarded"),
        ]

    def test_routes_json_names_websocket_routes_and_their_guard(self) -> None:
        data = json.loads(run(websocket_app(origins=[A]), "routes", "--json", "-s", "match").stdout)
        assert [(row["rule"], row["websocket"], row["websocket_guard"]) for row in data] == [
            ("/live", True, True),
            ("/chat", True, True),
            ("/plain", False, True),
        ]

    def test_routes_command_without_websocket_routes_has_no_guard_column(self) -> None:
        app = Flask("plain", static_folder=None)
        app.add_url_rule("/x", "x", lambda: "x")
        CORS(app)
        assert lines(run(app, "routes"))[0] == (
            "Endpoint  Methods  Rule  CORS policy                         Origins  Allowed methods"
            "                               Credentials  Max age"
        )
