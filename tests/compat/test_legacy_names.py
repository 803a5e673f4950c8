"""Names and shapes that code written for flask-cors relies on."""

from __future__ import annotations

import pytest

from flask import Flask
from flask_cors import core
from flask_cors.decorator import cross_origin
from flask_cors.extension import CORS
from tests.helpers import cors_headers, get


def test_header_constants() -> None:
    assert (
        core.ACL_ORIGIN,
        core.ACL_METHODS,
        core.ACL_ALLOW_HEADERS,
        core.ACL_EXPOSE_HEADERS,
        core.ACL_CREDENTIALS,
        core.ACL_MAX_AGE,
        core.ACL_RESPONSE_PRIVATE_NETWORK,
        core.ACL_REQUEST_METHOD,
        core.ACL_REQUEST_HEADERS,
        core.ACL_REQUEST_HEADER_PRIVATE_NETWORK,
    ) == (
        "Access-Control-Allow-Origin",
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Expose-Headers",
        "Access-Control-Allow-Credentials",
        "Access-Control-Max-Age",
        "Access-Control-Allow-Private-Network",
        "Access-Control-Request-Method",
        "Access-Control-Request-Headers",
        "Access-Control-Request-Private-Network",
    )


def test_defaults_and_config_option_names() -> None:
    assert core.ALL_METHODS == ["GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"]
    assert core.CONFIG_OPTIONS == [
        "CORS_RESOURCES",
        "CORS_ORIGINS",
        "CORS_METHODS",
        "CORS_EXPOSE_HEADERS",
        "CORS_ALLOW_HEADERS",
        "CORS_SUPPORTS_CREDENTIALS",
        "CORS_MAX_AGE",
        "CORS_SEND_WILDCARD",
        "CORS_VARY_HEADER",
        "CORS_AUTOMATIC_OPTIONS",
        "CORS_ALWAYS_SEND",
        "CORS_INTERCEPT_EXCEPTIONS",
        "CORS_ALLOW_PRIVATE_NETWORK",
        "CORS_GUARD_WEBSOCKETS",  # ours (docs/differences.md): flask-cors's list ends above
    ]
    assert core.DEFAULT_OPTIONS["origins"] == "*"
    with pytest.raises(TypeError):
        core.DEFAULT_OPTIONS["origins"] = "x"  # type: ignore[index]


def test_legacy_module_paths_and_factory_pattern() -> None:
    cors = CORS()
    app = Flask(__name__)
    cors.init_app(app, resources={r"/api/*": {"origins": "https://a.example"}})

    @app.route("/api/x")
    @cross_origin(origins="https://a.example")
    def view() -> str:
        return "x"

    assert cors_headers(get(app.test_client(), "/api/x", "https://a.example")) == {
        "Access-Control-Allow-Origin": "https://a.example",
        "Vary": "Origin",
    }


def test_bare_regex_resource_string_and_star() -> None:
    for resources in ("*", r"/api/.*", [r"/api/.*"]):
        app = Flask(__name__)
        CORS(app, resources=resources)

        @app.route("/api/x")
        def view() -> str:
            return "x"

        assert (
            cors_headers(get(app.test_client(), "/api/x", "https://a.example"))["Access-Control-Allow-Origin"]
            == "https://a.example"
        )
