"""CORS(blueprint): covers requests routed to that blueprint, read at registration."""

from __future__ import annotations

import pytest

from flask import Blueprint, Flask
from flask_cors import CORS
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = pytest.mark.usefixtures("on_framework")

A = "https://app.example.com"
B = "https://other.example.com"


def test_blueprint_policy_applies_only_to_its_routes() -> None:
    api = Blueprint("api", __name__, url_prefix="/api")
    CORS(api, origins=A)

    @api.route("/items")
    def items() -> str:
        return "items"

    app = Flask(__name__)
    app.config["CORS_MAX_AGE"] = 30

    @app.route("/page")
    def page() -> str:
        return "page"

    app.register_blueprint(api)
    client = app.test_client()
    assert cors_headers(get(client, "/api/items", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/api/items", B)) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/page", A)) == {}
    assert cors_headers(preflight(client, "/api/items", A))["Access-Control-Max-Age"] == "30"


def test_blueprint_policy_wins_over_app_policy_and_app_covers_the_rest() -> None:
    api = Blueprint("api", __name__)
    CORS(api, origins=A)

    @api.route("/api/items")
    def items() -> str:
        return "items"

    app = Flask(__name__)
    CORS(app, origins=B)

    @app.route("/page")
    def page() -> str:
        return "page"

    app.register_blueprint(api)
    client = app.test_client()
    assert cors_headers(get(client, "/api/items", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/api/items", B)) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/page", B)) == {"Access-Control-Allow-Origin": B, "Vary": "Origin"}


def test_nested_and_renamed_blueprints() -> None:
    parent = Blueprint("parent", __name__, url_prefix="/p")
    child = Blueprint("child", __name__, url_prefix="/c")
    CORS(child, origins=A)

    @child.route("/x")
    def x() -> str:
        return "x"

    parent.register_blueprint(child)
    app = Flask(__name__)
    app.register_blueprint(parent)
    app.register_blueprint(parent, name="again", url_prefix="/again")
    client = app.test_client()
    assert cors_headers(get(client, "/p/c/x", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}
    assert cors_headers(get(client, "/again/c/x", A)) == {"Access-Control-Allow-Origin": A, "Vary": "Origin"}


def test_blueprint_preflight_is_answered_before_app_hooks() -> None:
    api = Blueprint("api", __name__)
    CORS(api, origins=A)

    @api.route("/items", methods=["PUT"])
    def items() -> str:
        return "items"

    app = Flask(__name__)

    @app.before_request
    def deny() -> None:
        from flask import abort

        abort(401)

    app.register_blueprint(api)
    response = preflight(app.test_client(), "/items", A, "PUT")
    assert response.status_code == 200
    assert cors_headers(response)["Access-Control-Allow-Origin"] == A
