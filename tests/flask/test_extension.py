"""CORS(app): every option through a real Flask app, with exact headers."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import Any, Callable

import pytest

from flask import Flask, Response, abort, request
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cors_rejected, cross_origin
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = pytest.mark.usefixtures("on_framework")

A = "https://app.example.com"
B = "https://other.example.com"
ALL = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
MakeApp = Callable[..., Flask]


def test_seed_example_app_wide_credentials() -> None:
    app = Flask(__name__)
    with pytest.warns(InsecureConfigurationWarning, match=r"cors\.W001"):
        CORS(app, supports_credentials=True)

    @app.route("/")
    def hello() -> str:
        name = request.args.get("name", "World")
        return f"Hello, {name}!"

    client = app.test_client()
    response = get(client, "/?name=Ada", A)
    assert response.get_data(as_text=True) == "Hello, Ada!"
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
    answer = preflight(client, "/", A, "PUT", "content-type")
    assert answer.status_code == 200
    assert cors_headers(answer) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Headers": "content-type",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_seed_example_decorator_credentials() -> None:
    app = Flask(__name__)

    with pytest.warns(InsecureConfigurationWarning, match=r"cors\.W001"):

        @app.route("/")
        @cross_origin(supports_credentials=True)
        def hello() -> str:
            name = request.args.get("name", "World")
            return f"Hello, {name}!"

    client = app.test_client()
    response = get(client, "/", A)
    assert response.get_data(as_text=True) == "Hello, World!"
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
    answer = preflight(client, "/", A, "POST", "content-type")
    assert answer.status_code == 200
    assert cors_headers(answer) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Headers": "content-type",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_default_cors_reflects_origin_and_varies(make_app: MakeApp) -> None:
    client = make_app().test_client()
    assert cors_headers(get(client, "/", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/")) == {"Access-Control-Allow-Origin": "*", "Vary": "Origin"}


def test_send_wildcard_answer_is_static_without_vary(make_app: MakeApp) -> None:
    client = make_app(send_wildcard=True).test_client()
    assert cors_headers(get(client, "/", A)) == {"Access-Control-Allow-Origin": "*"}
    assert cors_headers(get(client, "/")) == {"Access-Control-Allow-Origin": "*"}


def test_unlisted_origin_gets_only_vary(make_app: MakeApp) -> None:
    client = make_app(origins=[A]).test_client()
    assert cors_headers(get(client, "/", B)) == {"Vary": "Origin"}
    assert cors_headers(preflight(client, "/", B)) == {"Vary": "Origin"}


def test_origins_as_regex_string_compiled_pattern_wildcard_and_callable(make_app: MakeApp) -> None:
    client = make_app(
        origins=[
            r"https://.*\.regex\.example",
            re.compile(r"https://compiled\.example"),
            "https://*.wild.example",
            lambda o: o == "https://asked.example",
        ]
    ).test_client()
    for origin in (
        "https://a.regex.example",
        "https://compiled.example",
        "https://x.y.wild.example",
        "https://asked.example",
    ):
        assert cors_headers(get(client, "/", origin)) == {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
    for origin in (
        "https://a.regex.example.evil.net",
        "https://compiled.example.evil.net",
        "https://wild.example",
        "https://asked.example.evil.net",
    ):
        assert cors_headers(get(client, "/", origin)) == {"Vary": "Origin"}


def test_vary_origin_is_a_field_of_its_own_as_flask_cors_writes_it() -> None:
    app = Flask(__name__)
    CORS(app)

    @app.route("/")
    def view() -> Response:
        return Response("x", headers={"Vary": "Accept-Encoding, origin"})

    @app.route("/other")
    def other() -> Response:
        return Response("x", headers={"Vary": "Cookie"})

    @app.route("/single")
    @cross_origin(origins=[A])
    def single() -> Response:
        return Response("x", headers={"Vary": "Accept-Encoding, origin"})

    client = app.test_client()
    # flask-cors adds its field whenever it reflects an origin under origins="*", even a duplicate.
    assert get(client, "/", A).headers.getlist("Vary") == ["Accept-Encoding, origin", "Origin"]
    assert get(client, "/other", A).headers.getlist("Vary") == ["Cookie", "Origin"]
    # Ours (S4: flask-cors sends no Vary for a single origin) is added only when Vary lacks Origin.
    assert get(client, "/single", A).headers.getlist("Vary") == ["Accept-Encoding, origin"]


def test_vary_header_false_never_touches_vary(make_app: MakeApp) -> None:
    with pytest.warns(CORSWarning, match=r"^\[cors\.W004\] vary_header=False"):
        client = make_app(origins=[A], vary_header=False).test_client()
    assert cors_headers(get(client, "/", A)) == {"Access-Control-Allow-Origin": A}
    assert cors_headers(get(client, "/", B)) == {}


def test_methods_option_and_exact_method_check(make_app: MakeApp) -> None:
    client = make_app(methods="GET, PUT").test_client()
    assert cors_headers(preflight(client, "/", A, "PUT")) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": "GET, PUT",
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    # flask-cors's substring check lets "ET" through; the browser then refuses the answer.
    assert cors_headers(preflight(client, "/", A, "ET")) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": "GET, PUT",
        "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    }
    assert cors_headers(preflight(client, "/", A, "DELETE")) == {
        "Access-Control-Allow-Origin": A,
        "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    }


def test_allow_headers_list_answers_the_listed_ones_of_the_requested_headers(make_app: MakeApp) -> None:
    client = make_app(allow_headers=["Content-Type", "X-Token"]).test_client()
    assert cors_headers(preflight(client, "/", A, "PUT", "x-token,content-type")) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Headers": "content-type, x-token",
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    # As flask-cors answers: the browser then refuses, since authorization is not in the list.
    assert cors_headers(preflight(client, "/", A, "PUT", "authorization,x-token")) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Headers": "x-token",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_allow_headers_star_covers_authorization_by_echoing(make_app: MakeApp) -> None:
    client = make_app().test_client()
    assert (
        cors_headers(preflight(client, "/", A, "GET", "authorization"))["Access-Control-Allow-Headers"]
        == "authorization"
    )


def test_expose_headers_on_actual_responses(make_app: MakeApp) -> None:
    client = make_app(expose_headers=["X-Total-Count", "X-Page"]).test_client()
    assert cors_headers(get(client, "/", A)) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Expose-Headers": "X-Page, X-Total-Count",
        "Vary": "Origin",
    }


@pytest.mark.parametrize("max_age", [600, "600", timedelta(minutes=10)])
def test_max_age_in_every_accepted_shape(make_app: MakeApp, max_age: Any) -> None:
    client = make_app(max_age=max_age).test_client()
    assert cors_headers(preflight(client, "/", A, "PUT"))["Access-Control-Max-Age"] == "600"
    assert "Access-Control-Max-Age" not in cors_headers(get(client, "/", A))


def test_always_send_false_ignores_requests_without_origin(make_app: MakeApp) -> None:
    client = make_app(always_send=False).test_client()
    assert cors_headers(get(client, "/")) == {"Vary": "Origin"}


def test_requests_without_origin_get_the_first_listed_origin_in_sort_order(make_app: MakeApp) -> None:
    assert cors_headers(get(make_app(origins=A).test_client(), "/")) == {
        "Access-Control-Allow-Origin": A,
        "Vary": "Origin",
    }
    # As flask-cors: one value, the first in sort order ("https://app..." < "https://other...").
    assert cors_headers(get(make_app(origins=[B, A]).test_client(), "/")) == {
        "Access-Control-Allow-Origin": A,
        "Vary": "Origin",
    }


def test_private_network(make_app: MakeApp) -> None:
    extra = {"Access-Control-Request-Private-Network": "true"}
    with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W009\] allow_private_network=True"):
        app = make_app(allow_private_network=True)
    allowed = preflight(app.test_client(), "/", A, "GET", **extra)
    assert cors_headers(allowed) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Private-Network": "true",
        "Vary": "Origin, Access-Control-Request-Headers",
    }
    refused = preflight(make_app().test_client(), "/", A, "GET", **extra)
    assert cors_headers(refused) == {
        "Access-Control-Allow-Origin": A,
        "Access-Control-Allow-Methods": ALL,
        "Access-Control-Allow-Private-Network": "false",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_preflight_without_origin_is_answered_as_flask_cors_answers_it(make_app: MakeApp) -> None:
    client = make_app().test_client()
    response = client.options("/", headers={"Access-Control-Request-Method": "PUT"})
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": ALL,
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_options_without_request_method_is_an_actual_request(make_app: MakeApp) -> None:
    response = make_app().test_client().options("/", headers={"Origin": A})
    assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert sorted(response.headers["Allow"].split(", ")) == ALL.split(", ")  # Flask answered it


class TestPreflightAnsweredBeforeTheApp:
    """Browsers refuse a preflight that is not 2xx, so it is answered before hooks and routing."""

    @staticmethod
    def app_with_auth(**options: Any) -> Flask:
        app = Flask(__name__)

        @app.before_request
        def require_token() -> Any:
            if request.headers.get("Authorization") != "Bearer ok":
                abort(401)
            return None

        CORS(app, origins=[A], **options)

        @app.route("/secure/", methods=["PUT"])
        def secure() -> str:
            return "ok"

        return app

    def test_auth_hook_does_not_see_preflights(self) -> None:
        client = self.app_with_auth().test_client()
        response = preflight(client, "/secure/", A, "PUT", "authorization")
        assert response.status_code == 200
        assert response.get_data() == b""
        assert cors_headers(response) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": ALL,
            "Access-Control-Allow-Headers": "authorization",
            "Vary": "Origin, Access-Control-Request-Headers",
        }

    def test_actual_request_still_goes_through_the_hook_with_cors_headers(self) -> None:
        client = self.app_with_auth().test_client()
        response = client.put("/secure/", headers={"Origin": A})
        assert response.status_code == 401
        assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}

    @pytest.mark.parametrize(("path", "status"), [("/secure", 308), ("/missing", 404)])
    def test_redirects_and_unknown_paths_do_not_break_preflights(self, path: str, status: int) -> None:
        client = self.app_with_auth().test_client()
        assert preflight(client, path, A, "PUT").status_code == 200
        assert client.put(path, headers={"Origin": A, "Authorization": "Bearer ok"}).status_code == status

    def test_automatic_options_false_lets_the_app_answer(self) -> None:
        client = self.app_with_auth(automatic_options=False).test_client()
        response = preflight(client, "/secure/", A, "PUT")
        assert response.status_code == 401
        assert cors_headers(response) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Methods": ALL,
            "Vary": "Origin, Access-Control-Request-Headers",
        }

    def test_refused_preflight_is_still_2xx_but_carries_no_permission(self) -> None:
        response = preflight(self.app_with_auth().test_client(), "/secure/", B, "PUT")
        assert response.status_code == 200
        assert cors_headers(response) == {"Vary": "Origin"}

    def test_uncovered_paths_go_through_the_app(self) -> None:
        app = Flask(__name__)
        CORS(app, resources=r"/api/*")

        @app.before_request
        def deny() -> Any:
            abort(401)

        client = app.test_client()
        assert preflight(client, "/api/x", A).status_code == 200
        response = preflight(client, "/admin/x", A)
        assert response.status_code == 401
        assert cors_headers(response) == {}


class TestErrorResponses:
    @staticmethod
    def app(**options: Any) -> Flask:
        app = Flask(__name__)
        CORS(app, origins=[A], **options)

        @app.route("/forbidden")
        def forbidden() -> str:
            abort(403)

        @app.route("/crash")
        def crash() -> str:
            raise RuntimeError("boom")

        @app.route("/only-get")
        def only_get() -> str:
            return "x"

        return app

    @pytest.mark.parametrize(
        ("method", "path", "status"),
        [("GET", "/forbidden", 403), ("GET", "/missing", 404), ("POST", "/only-get", 405), ("GET", "/crash", 500)],
    )
    def test_error_responses_carry_cors_headers(self, method: str, path: str, status: int) -> None:
        response = self.app().test_client().open(path, method=method, headers={"Origin": A})
        assert response.status_code == status
        assert cors_headers(response) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}

    def test_intercept_exceptions_false_leaves_unhandled_errors_alone(self) -> None:
        client = self.app(intercept_exceptions=False).test_client()
        crashed = get(client, "/crash", A)
        assert crashed.status_code == 500
        assert cors_headers(crashed) == {}
        assert cors_headers(get(client, "/forbidden", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


def test_response_with_its_own_cors_headers_is_left_alone() -> None:
    app = Flask(__name__)
    CORS(app)

    @app.route("/")
    def view() -> Response:
        return Response("x", headers={"Access-Control-Allow-Origin": "https://chosen.example"})

    assert cors_headers(get(app.test_client(), "/", A)) == {"Access-Control-Allow-Origin": "https://chosen.example"}


class TestConfiguration:
    def test_config_keys_are_read(self, make_app: MakeApp) -> None:
        client = make_app({"CORS_ORIGINS": A, "CORS_SUPPORTS_CREDENTIALS": True, "CORS_MAX_AGE": 5}).test_client()
        assert cors_headers(preflight(client, "/", A)) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": ALL,
            "Access-Control-Max-Age": "5",
            "Vary": "Origin, Access-Control-Request-Headers",
        }

    def test_comma_separated_config_strings_are_split(self, make_app: MakeApp) -> None:
        client = make_app(
            {"CORS_ORIGINS": f"{A}, {B}", "CORS_METHODS": "GET,PUT", "CORS_EXPOSE_HEADERS": "X-A, X-B"}
        ).test_client()
        assert cors_headers(get(client, "/", B)) == {
            "Access-Control-Allow-Origin": B,
            "Access-Control-Expose-Headers": "X-A, X-B",
            "Vary": "Origin",
        }
        # Methods are sent as written, as flask-cors sends them; origins split (docs/differences.md B2).
        assert cors_headers(preflight(client, "/", A, "PUT"))["Access-Control-Allow-Methods"] == "GET,PUT"

    def test_precedence_resource_over_init_over_constructor_over_config(self) -> None:
        app = Flask(__name__)
        app.config.update(CORS_MAX_AGE=1, CORS_METHODS="GET", CORS_EXPOSE_HEADERS="X-Config", CORS_ORIGINS=B)
        extension = CORS(methods="PUT", max_age=2, expose_headers="X-Ctor")
        with pytest.warns(CORSWarning, match=r"^\[cors\.W016\] resources='/strict'"):
            extension.init_app(app, max_age=3, resources={"/strict": {"max_age": 4}, r"/*": {}})

        @app.route("/strict")
        @app.route("/loose")
        def view() -> str:
            return "x"

        client = app.test_client()
        assert cors_headers(preflight(client, "/strict", B, "PUT")) == {
            "Access-Control-Allow-Origin": B,
            "Access-Control-Expose-Headers": "X-Ctor",
            "Access-Control-Allow-Methods": "PUT",
            "Access-Control-Max-Age": "4",
            "Vary": "Origin, Access-Control-Request-Headers",
        }
        assert cors_headers(preflight(client, "/loose", B, "PUT"))["Access-Control-Max-Age"] == "3"

    def test_what_flask_cors_starts_with_starts_with_one_warning_each(self) -> None:
        app = Flask(__name__)
        app.config["CORS_MAX_AGE"] = -1
        with pytest.warns(CORSWarning) as record:
            CORS(app, origin=A, origins=["https://a.example/"], supports_credentials="false")
        assert [str(w.message)[1:10] for w in record] == ["cors.W051", "cors.W052", "cors.W053", "cors.W056"]

    def test_misspelt_option_warns_when_the_app_is_set_up(self) -> None:
        extension = CORS(orgins=A)  # type: ignore[call-arg]
        with pytest.warns(CORSWarning, match=r"^\[cors\.W051\] orgins=.*did you mean 'origins'\?$"):
            extension.init_app(Flask(__name__))

    def test_unknown_config_key_warns(self, make_app: MakeApp) -> None:
        with pytest.warns(UserWarning, match=r"cors\.W002.*CORS_HEADERS.*did you mean CORS_ALLOW_HEADERS\?"):
            make_app({"CORS_HEADERS": "Content-Type"})

    def test_credentials_with_any_origin_warns_once(self, make_app: MakeApp) -> None:
        with pytest.warns(InsecureConfigurationWarning) as record:
            make_app(supports_credentials=True, resources={f"/r{i}": {} for i in range(5)})
        assert len(record) == 1

    def test_send_wildcard_with_credentials_and_any_origin_is_an_error_as_in_flask_cors(
        self, make_app: MakeApp
    ) -> None:
        with pytest.raises(ConfigurationError) as caught:
            make_app(send_wildcard=True, supports_credentials=True)
        assert caught.value.codes == ("cors.E009",)
        with pytest.warns(CORSWarning, match=r"^\[cors\.W059\] send_wildcard=True"):
            client = make_app(send_wildcard=True, supports_credentials=True, origins=A).test_client()
        assert cors_headers(get(client, "/", A)) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }


class TestSecondInit:
    def test_second_cors_call_adds_a_layer_that_wins_where_it_applies(self) -> None:
        app = Flask(__name__)
        CORS(app, origins=A)
        CORS(app, resources=r"/api/*", origins=B)

        @app.route("/api/x")
        @app.route("/page")
        def view() -> str:
            return "x"

        client = app.test_client()
        assert cors_headers(get(client, "/api/x", B)) == {"Access-Control-Allow-Origin": B, "Vary": "Origin"}
        assert cors_headers(get(client, "/api/x", A)) == {"Vary": "Origin"}
        assert cors_headers(get(client, "/page", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        assert len(app.after_request_funcs[None]) == 1
        assert len(app.before_request_funcs[None]) == 1

    def test_a_layer_added_after_requests_were_served_takes_effect(self) -> None:
        """Selections are memoised per (endpoint, path); a new CORS() call must not meet stale ones."""
        app = Flask(__name__)
        app.add_url_rule("/api/x", "x", lambda: "x")
        CORS(app, origins=A)
        client = app.test_client()
        assert cors_headers(get(client, "/api/x", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        CORS(app, resources=r"/api/*", origins=B)
        assert cors_headers(get(client, "/api/x", A)) == {"Vary": "Origin"}
        assert cors_headers(get(client, "/api/x", B)) == {"Access-Control-Allow-Origin": B, "Vary": "Origin"}

    def test_one_extension_object_serves_several_apps(self) -> None:
        extension = CORS(origins=A)
        first, second = Flask("first"), Flask("second")
        second.config["CORS_MAX_AGE"] = 9
        extension.init_app(first)
        extension.init_app(second)
        assert "Access-Control-Max-Age" not in cors_headers(preflight(first.test_client(), "/", A))
        assert cors_headers(preflight(second.test_client(), "/", A))["Access-Control-Max-Age"] == "9"


class TestResources:
    def test_strict_path_next_to_permissive(self) -> None:
        app = Flask(__name__)
        CORS(
            app,
            resources={
                r"/api/*": {"origins": A, "supports_credentials": True},
                r"/public/*": {"origins": "*", "send_wildcard": True},
            },
        )

        @app.route("/api/me")
        @app.route("/public/news")
        @app.route("/internal")
        def view() -> str:
            return "x"

        client = app.test_client()
        assert cors_headers(get(client, "/api/me", A)) == {
            "Access-Control-Allow-Origin": A,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }
        assert cors_headers(get(client, "/api/me", B)) == {"Vary": "Origin"}
        assert cors_headers(get(client, "/public/news", B)) == {"Access-Control-Allow-Origin": "*"}
        assert cors_headers(get(client, "/internal", A)) == {}

    def test_paths_are_matched_as_flask_decoded_them(self) -> None:
        app = Flask(__name__)
        CORS(app, resources={"/files/a b": {}, r"/c++": {}, r"/api/public/.*": {}})

        @app.route("/<path:anything>")
        def view(anything: str) -> str:
            return anything

        client = app.test_client()
        assert cors_headers(get(client, "/files/a%20b", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        assert cors_headers(get(client, "/c++", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        assert cors_headers(get(client, "/c%20%20", A)) == {}
        # Werkzeug decodes the path once: %2F is '/', %252F is the literal text '%2F'.
        assert cors_headers(get(client, "/api%2Fpublic/x", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
        assert cors_headers(get(client, "/api%252Fpublic/x", A)) == {}
        assert cors_headers(get(client, "/API/public/x", A)) == {}


class TestRejectionReporting:
    def test_refusal_is_one_debug_line_with_escaped_values(
        self, make_app: MakeApp, caplog: pytest.LogCaptureFixture
    ) -> None:
        client = make_app(origins=[A]).test_client()
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            get(client, "/", "https://evil.example")
            get(client, "/", A)
        assert [r.getMessage() for r in caplog.records] == [
            "CORS refused 'GET' '/' from 'https://evil.example': origin 'https://evil.example' is not allowed"
        ]

    def test_same_origin_requests_are_not_logged_as_refused(
        self, make_app: MakeApp, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Issue 19: a page's own POST carries Origin; the browser applies no CORS, so nothing was refused."""
        app = make_app(origins=[A])
        seen: list[str] = []

        def receiver(sender: Flask, **extra: Any) -> None:
            seen.append(extra["origin"])

        client = app.test_client()
        with caplog.at_level(logging.DEBUG, logger="flask_cors"), cors_rejected.connected_to(receiver, app):
            client.post("/", headers={"Origin": "http://localhost"})
            client.post("/", headers={"Origin": "http://localhost:80"}, base_url="http://localhost:80")
            client.post("/", headers={"Origin": "http://localhost:5000"})  # another port: another origin
        assert [r.getMessage() for r in caplog.records if r.name == "flask_cors"] == [
            "CORS refused 'POST' '/' from 'http://localhost:5000': origin 'http://localhost:5000' is not allowed"
        ]
        assert seen == ["http://localhost:5000"]

    def test_refusal_log_escapes_the_method(self, make_app: MakeApp, caplog: pytest.LogCaptureFixture) -> None:
        client = make_app(origins=[A]).test_client()
        with caplog.at_level(logging.DEBUG, logger="flask_cors"):
            client.open("/", environ_overrides={"REQUEST_METHOD": "GET\x1b[2J", "HTTP_ORIGIN": "https://evil.example"})
        assert [r.getMessage() for r in caplog.records if r.name == "flask_cors"] == [
            "CORS refused 'GET\\x1b[2J' '/' from 'https://evil.example': origin 'https://evil.example' is not allowed"
        ]

    def test_signal_receives_each_refusal(self, make_app: MakeApp) -> None:
        app = make_app(origins=[A], methods=["GET"])
        seen: list[tuple[str, str | None]] = []

        def receiver(sender: Flask, **extra: Any) -> None:
            assert sender is app
            seen.append((extra["reason"], extra["origin"]))

        with cors_rejected.connected_to(receiver, app):
            client = app.test_client()
            get(client, "/", B)
            preflight(client, "/", A, "DELETE")
            get(client, "/", A)
        assert seen == [
            (f"origin {B!r} is not allowed", B),
            ("method 'DELETE' is not allowed (methods are case-sensitive)", A),
        ]


def test_no_flask_method_is_replaced(make_app: MakeApp) -> None:
    app = make_app()
    assert "handle_exception" not in vars(app)
    assert "handle_user_exception" not in vars(app)
    assert "make_response" not in vars(app)
    assert set(app.extensions) == {"cors"}
