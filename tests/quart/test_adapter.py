"""What only Quart has: native WebSockets (``@app.websocket``), coroutine hooks, its own memo.

Everything Flask and Quart share runs on both from one set of cases (tests/conftest.py,
``on_framework``): the extension, decorator, blueprint, security and differential suites.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import pytest

from flask_cors import CORS, cors_rejected, cross_origin
from flask_cors._quart import QuartState
from flask_cors.extension import HANDSHAKE_REFUSED
from quart import Blueprint, Quart, websocket
from tests.frameworks import quart_app
from tests.helpers import cors_headers, get
from tests.quart_client import SyncQuartClient

A = "https://app.example.com"
EVIL = "https://evil.example"
REFUSED = (403, HANDSHAKE_REFUSED.encode(), {"Vary": "Origin"})


def socket_app(**options: Any) -> tuple[Quart, list[str]]:
    """An app with a before_websocket hook and a WebSocket route, both recording that they ran."""
    app = quart_app(__name__)
    ran: list[str] = []

    @app.before_websocket
    async def hook() -> None:
        ran.append("hook")

    @app.websocket("/ws")
    async def ws() -> None:
        ran.append("handler")
        await websocket.send("hello")

    if options is not None:
        CORS(app, **options)
    return app, ran


def handshake(app: Quart, headers: dict[str, str], path: str = "/ws") -> tuple[int, Any, dict[str, str]]:
    client: SyncQuartClient = app.test_client()  # type: ignore[assignment]
    status, answer = client.websocket(path, headers=headers)
    if status == 101:
        return status, answer, {}
    return status, answer.data, cors_headers(answer)


class TestWebSockets:
    def test_allowed_origin_opens_after_the_hooks(self) -> None:
        app, ran = socket_app(origins=[A])
        assert handshake(app, {"Origin": A}) == (101, "hello", {})
        assert ran == ["hook", "handler"]

    def test_other_origin_is_refused_before_hooks_and_handler(self) -> None:
        app, ran = socket_app(origins=[A])
        assert handshake(app, {"Origin": EVIL}) == REFUSED
        assert ran == []

    def test_same_origin_is_judged_against_host(self) -> None:
        app, ran = socket_app(origins=[A])
        assert handshake(app, {"Origin": "http://api.example.com", "Host": "api.example.com"})[0] == 101
        assert handshake(app, {"Origin": "http://api.example.com", "Host": "other.example.com"}) == REFUSED

    def test_no_origin_is_not_a_browser_and_opens(self) -> None:
        app, _ = socket_app(origins=[A])
        assert handshake(app, {})[0] == 101

    @pytest.mark.parametrize("credential", [{"Cookie": "session=1"}, {"Authorization": "Bearer t"}])
    def test_credentials_need_a_credentialed_policy(self, credential: dict[str, str]) -> None:
        app, ran = socket_app(origins=[A])
        assert handshake(app, {"Origin": A, **credential}) == REFUSED
        assert ran == []
        credentialed, _ = socket_app(origins=[A], supports_credentials=True)
        assert handshake(credentialed, {"Origin": A, **credential})[0] == 101

    def test_guard_websockets_false_lets_every_origin_in(self) -> None:
        app, _ = socket_app(origins=[A], guard_websockets=False)
        assert handshake(app, {"Origin": EVIL})[0] == 101

    def test_uncovered_path_is_not_guarded(self) -> None:
        app, _ = socket_app(resources=r"/api/*", origins=[A])
        assert handshake(app, {"Origin": EVIL})[0] == 101

    def test_cross_origin_alone_refuses_before_the_handler(self) -> None:
        app = quart_app(__name__)
        ran: list[str] = []

        @app.before_websocket
        async def hook() -> None:
            ran.append("hook")

        @app.websocket("/ws")
        @cross_origin(origins=[A])
        async def ws() -> None:
            ran.append("handler")
            await websocket.send("hello")

        assert handshake(app, {"Origin": EVIL}) == REFUSED
        assert ran == ["hook"]  # without CORS(app), after the hooks; before the handler
        assert handshake(app, {"Origin": A})[:2] == (101, "hello")

    def test_cross_origin_with_cors_app_refuses_before_the_hooks(self) -> None:
        app = quart_app(__name__)
        ran: list[str] = []

        @app.before_websocket
        async def hook() -> None:
            ran.append("hook")

        @app.websocket("/ws")
        @cross_origin(origins=[A])
        async def ws() -> None:
            await websocket.send("hello")

        CORS(app, resources=[])
        assert handshake(app, {"Origin": EVIL}) == REFUSED
        assert ran == []
        assert handshake(app, {"Origin": A})[:2] == (101, "hello")

    def test_blueprint_websocket_follows_the_blueprint_policy(self) -> None:
        app = quart_app(__name__)
        blueprint = Blueprint("live", __name__, url_prefix="/live")

        @blueprint.websocket("/ws")
        async def ws() -> None:
            await websocket.send("bp")

        CORS(blueprint, origins=[A])
        app.register_blueprint(blueprint)
        assert handshake(app, {"Origin": A}, "/live/ws")[:2] == (101, "bp")
        assert handshake(app, {"Origin": EVIL}, "/live/ws") == REFUSED

    def test_refusal_is_logged_and_signalled(self, caplog: pytest.LogCaptureFixture) -> None:
        app, _ = socket_app(origins=[A])
        seen: list[tuple[Any, str, str]] = []

        def receiver(sender: Any, reason: str, origin: str, **extra: Any) -> None:
            seen.append((sender, origin, extra["method"]))

        cors_rejected.connect(receiver, app)
        try:
            with caplog.at_level(logging.DEBUG, logger="flask_cors"):
                handshake(app, {"Origin": EVIL})
        finally:
            cors_rejected.disconnect(receiver, app)
        assert seen == [(app, EVIL, "GET")]
        assert [r.getMessage() for r in caplog.records if r.name == "flask_cors"] == [
            f"CORS refused the WebSocket handshake to '/ws' from {EVIL!r} (Host 'localhost'): origin {EVIL!r} is "
            "not allowed, and its host and port are not the request's Host"
        ]


class TestHooks:
    def test_hooks_are_coroutines_placed_first(self) -> None:
        """Quart runs a plain function hook in a worker thread; ours are coroutines, ahead of the app's."""
        app = quart_app(__name__)

        @app.before_request
        async def auth() -> None:
            return None

        @app.before_websocket
        async def socket_auth() -> None:
            return None

        CORS(app)
        state = app.extensions["cors"]
        assert isinstance(state, QuartState)
        first_request, first_socket = app.before_request_funcs[None][0], app.before_websocket_funcs[None][0]
        assert (first_request, first_socket) == (state.preflight_hook, state.websocket_hook)
        assert state.after_request_hook in app.after_request_funcs[None]
        for hook in (first_request, first_socket, state.after_request_hook):
            assert inspect.iscoroutinefunction(hook)

    def test_app_factory_and_a_second_layer(self) -> None:
        extension = CORS(origins=[A])

        def create_app() -> Quart:
            app = quart_app(__name__)

            @app.route("/api/x")
            async def x() -> str:
                return "x"

            extension.init_app(app)
            CORS(app, resources={"/api/*": {"origins": ["https://b.example"]}})
            return app

        client = create_app().test_client()
        assert cors_headers(get(client, "/", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        assert cors_headers(get(client, "/api/x", "https://b.example")) == {
            "Access-Control-Allow-Origin": "https://b.example",
            "Vary": "Origin",
        }

    def test_anything_else_is_refused_with_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="takes a Flask or Quart app or blueprint, not object"):
            CORS(object())  # type: ignore[arg-type]

    def test_memo_of_chosen_policies_is_bounded(self) -> None:
        app = quart_app(__name__)
        CORS(app, origins=[A])
        client = app.test_client()
        for i in range(600):
            assert client.get(f"/nowhere/{i}", headers={"Origin": A}).headers["Access-Control-Allow-Origin"] == A
        assert len(app.extensions["cors"]._chosen) == 512


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": A, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type"},
        {"Origin": A},
        {"Origin": EVIL},
    ],
    ids=["preflight", "allowed", "refused"],
)
def test_requests_never_leave_the_event_loop(headers: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """No worker thread on the request path: Quart runs plain functions, and the iteration of an
    iterable body, through run_in_executor; our hooks and answers use neither."""
    import asyncio

    handed_off: list[object] = []
    real = asyncio.BaseEventLoop.run_in_executor

    def record(self: Any, executor: Any, func: Any, *args: Any) -> Any:
        handed_off.append(args[0] if args else func)
        return real(self, executor, func, *args)

    app = Quart(__name__)

    @app.route("/", methods=["GET", "PUT"])
    async def index() -> str:
        return "ok"

    CORS(app, origins=[A])
    method = "OPTIONS" if "Access-Control-Request-Method" in headers else "GET"

    async def send() -> int:
        response = await app.test_client().open("/", method=method, headers=headers)
        await response.get_data()
        return response.status_code

    monkeypatch.setattr(asyncio.BaseEventLoop, "run_in_executor", record)
    assert asyncio.run(send()) == 200
    assert handed_off == []
