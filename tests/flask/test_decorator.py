"""@cross_origin: one view's own policy, with and without CORS(app)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from flask import Flask, abort, request
from flask_cors import CORS, ConfigurationError, CORSWarning, cross_origin, decorator
from tests.frameworks import Framework
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = pytest.mark.usefixtures("on_framework")

A = "https://app.example.com"
B = "https://other.example.com"
ALL = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"


def decorated_app(with_extension: bool = False, **options: Any) -> Flask:
    app = Flask(__name__)
    if with_extension:
        CORS(app, origins=B)

    @app.route("/view", methods=["GET", "PUT"])
    @cross_origin(**options)
    def view() -> str:
        if request.args.get("fail") == "abort":
            abort(418)
        if request.args.get("fail") == "raise":
            raise RuntimeError("boom")
        return "view"

    @app.route("/plain")
    def plain() -> str:
        return "plain"

    return app


def test_decorated_view_gets_headers_and_others_do_not() -> None:
    client = decorated_app(origins=A).test_client()
    assert cors_headers(get(client, "/view", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/view", B)) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/plain", A)) == {}


def test_decorated_view_answers_preflight_in_place_of_flask() -> None:
    client = decorated_app(origins=A, max_age=60).test_client()
    response = preflight(client, "/view", A, "PUT", "x-token")
    assert response.status_code == 200
    assert response.get_data() == b""
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Headers": "x-token",
        "Access-Control-Max-Age": "60",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


@pytest.mark.parametrize(("fail", "status"), [("abort", 418), ("raise", 500)])
def test_decorated_view_errors_carry_its_headers(fail: str, status: int) -> None:
    response = get(decorated_app(origins=A).test_client(), f"/view?fail={fail}", A)
    assert response.status_code == status
    assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


def test_view_policy_wins_over_the_extension_both_ways() -> None:
    client = decorated_app(with_extension=True, origins=A).test_client()
    assert cors_headers(get(client, "/view", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/view", B)) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/plain", B)) == {"Access-Control-Allow-Origin": B, "Vary": "Origin"}
    assert cors_headers(get(client, "/view?fail=abort", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


def test_with_extension_decorated_preflight_is_answered_before_hooks() -> None:
    app = decorated_app(with_extension=True, origins=A)

    @app.before_request
    def deny() -> Any:
        abort(401)

    response = preflight(app.test_client(), "/view", A, "PUT")
    assert response.status_code == 200
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_without_cors_app_the_hooks_run_before_the_decorated_view() -> None:
    """As with flask-cors: the view answers its preflights, so a hook in front of it refuses them."""
    app = decorated_app(origins=A)

    @app.before_request
    def deny() -> Any:
        abort(401)

    client = app.test_client()
    response = preflight(client, "/view", A, "PUT")
    assert (response.status_code, cors_headers(response)) == (401, {})


def test_cors_app_without_resources_answers_decorated_preflights_first() -> None:
    app = decorated_app(origins=A)
    CORS(app, resources=[])

    @app.before_request
    def deny() -> Any:
        abort(401)

    client = app.test_client()
    response = preflight(client, "/view", A, "PUT")
    assert response.status_code == 200
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    # The hook's own error carries the view's headers, so the page can read the 401.
    denied = get(client, "/view", A)
    assert (denied.status_code, cors_headers(denied)) == (401, {"Access-Control-Allow-Origin": A, "Vary": "Origin"})
    # resources=[] covers nothing else.
    plain = preflight(client, "/plain", A, "PUT")
    assert (plain.status_code, cors_headers(plain)) == (401, {})


@pytest.mark.parametrize("with_cors_app", [True, False])
def test_the_view_registers_its_own_callback_only_without_cors_app(
    with_cors_app: bool, monkeypatch: pytest.MonkeyPatch, framework: Framework
) -> None:
    """With CORS(app) the app's after_request hook writes the view's headers, once."""
    registered: list[object] = []
    adapter: Any = decorator
    if framework.name == "quart":
        from flask_cors import _quart as adapter
    real = adapter.after_this_request

    def recording(callback: Any) -> Any:
        registered.append(callback)
        return real(callback)

    monkeypatch.setattr(adapter, "after_this_request", recording)
    app = decorated_app(origins=A)
    if with_cors_app:
        CORS(app, resources=[])
    response = get(app.test_client(), "/view", A)
    assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert len(registered) == (0 if with_cors_app else 1)


def test_automatic_options_false_leaves_options_to_flask() -> None:
    app = decorated_app(origins=A, automatic_options=False)
    assert "provide_automatic_options" not in vars(app.view_functions["view"])
    response = preflight(app.test_client(), "/view", A, "PUT")
    assert response.status_code == 200
    assert cors_headers(response) == {}  # Flask's own OPTIONS answer never reaches the view


def test_app_config_is_merged_once_per_app() -> None:
    shared = cross_origin(origins=A)

    def build(max_age: int) -> Flask:
        app = Flask(f"app{max_age}")
        app.config["CORS_MAX_AGE"] = max_age
        app.add_url_rule("/view", view_func=shared(lambda: "x"), endpoint="view")
        return app

    first, second = build(5), build(7)
    for _ in range(2):
        assert cors_headers(preflight(first.test_client(), "/view", A))["Access-Control-Max-Age"] == "5"
        assert cors_headers(preflight(second.test_client(), "/view", A))["Access-Control-Max-Age"] == "7"


def test_async_view() -> None:
    app = Flask(__name__)

    @app.route("/async")
    @cross_origin(origins=A)
    async def view() -> str:
        await asyncio.sleep(0)
        return "async"

    response = get(app.test_client(), "/async", A)
    assert response.get_data(as_text=True) == "async"
    assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


@pytest.mark.parametrize("with_cors_app", [False, True])
def test_async_view_preflights_errors_and_refusals(with_cors_app: bool) -> None:
    """An async view, on Flask's async support and on Quart: the same answers as a sync view."""
    app = Flask(__name__)

    @app.before_request
    def require_token() -> None:
        if request.method != "OPTIONS" and request.headers.get("Authorization") != "Bearer ok":
            abort(401)

    @app.route("/async", methods=["GET", "PUT"])
    @cross_origin(origins=A, max_age=60)
    async def view() -> str:
        await asyncio.sleep(0)
        if request.args.get("fail"):
            abort(418)
        return "async"

    if with_cors_app:
        CORS(app, resources=[])
    client = app.test_client()
    answer = preflight(client, "/async", A, "PUT", "authorization")
    assert answer.status_code == 200
    assert answer.get_data() == b""
    assert cors_headers(answer) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
        "Access-Control-Allow-Headers": "authorization",
        "Access-Control-Max-Age": "60",
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    ok = get(client, "/async", A, Authorization="Bearer ok")
    assert (ok.status_code, ok.get_data(as_text=True)) == (200, "async")
    assert cors_headers(ok) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    failed = get(client, "/async?fail=1", A, Authorization="Bearer ok")
    assert (failed.status_code, cors_headers(failed)) == (418, {"Access-Control-Allow-Origin": A, "Vary": "Origin"})
    refused = get(client, "/async", B, Authorization="Bearer ok")
    assert (refused.status_code, cors_headers(refused)) == (200, {"Vary": "Origin"})
    # The hook refuses a request without the token; with CORS(app) its 401 carries the view's headers.
    denied = get(client, "/async", A)
    expected = {"Access-Control-Allow-Origin": A, "Vary": "Origin"} if with_cors_app else {}
    assert (denied.status_code, cors_headers(denied)) == (401, expected)


def test_bare_decorator_without_parentheses() -> None:
    app = Flask(__name__)

    @app.route("/")
    @cross_origin
    def view() -> str:
        return "x"

    assert cors_headers(get(app.test_client(), "/", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


def codes_of(record: Any) -> list[str]:
    return [str(w.message)[1:10] for w in record]


def test_odd_options_warn_when_decorating() -> None:
    with pytest.warns(CORSWarning) as record:
        cross_origin(origins="app.example.com", max_age=-3)
    assert codes_of(record) == ["cors.W054", "cors.W056"]
    with pytest.warns(CORSWarning) as record:
        cross_origin(resources="/x")  # type: ignore[call-arg]
    assert codes_of(record) == ["cors.W051"]
    with pytest.warns(CORSWarning) as record:
        cross_origin("https://a.example", "x")
    assert codes_of(record) == ["cors.W051"]


def test_what_flask_cors_refuses_fails_when_decorating() -> None:
    with pytest.raises(ConfigurationError) as caught:
        cross_origin(origins="https://(a")
    assert caught.value.codes == ("cors.E005",)


def test_misspelt_decorator_options_are_ignored_as_flask_cors_ignores_them() -> None:
    app = Flask(__name__)
    with pytest.warns(CORSWarning) as record:

        @app.route("/", methods=["GET", "PUT"])
        @cross_origin(origin="http://localhost:3000", headers=["Content-Type"])  # type: ignore[call-arg]
        def view() -> str:
            return "x"

    assert codes_of(record) == ["cors.W051", "cors.W051"]
    assert "did you mean 'allow_headers'?" in str(record[1].message)
    # origins stays "*" and allow_headers "*": the origin is reflected, every header allowed.
    assert cors_headers(preflight(app.test_client(), "/", A, "PUT", "x-other")) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Headers": "x-other",
        "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_view_metadata_is_kept() -> None:
    def original() -> str:
        """Docstring."""
        return "x"

    wrapped = cross_origin()(original)
    assert (wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__) == ("original", "Docstring.", original)  # type: ignore[attr-defined]
    assert wrapped.required_methods == {"OPTIONS"}  # type: ignore[attr-defined]
    assert wrapped.provide_automatic_options is False  # type: ignore[attr-defined]
