"""Usage that must pass ``mypy --strict``: the public API as users write it."""

from __future__ import annotations

import re
from datetime import timedelta

from flask import Blueprint, Flask
from flask_cors import CORS, ConfigurationError, cross_origin, origin_only

app = Flask(__name__)
CORS(app, origins=["https://a.example", re.compile(r"https://.*\.b\.example")], supports_credentials=True)
CORS(app, resources={r"/api/*": {"origins": "https://a.example", "max_age": timedelta(minutes=5)}})
cors = CORS()
cors.init_app(Blueprint("bp", __name__), origins=lambda origin: origin.endswith(".example"), methods="GET")


@origin_only
def is_partner(origin: str) -> bool:
    return origin.endswith(".partner.example")


CORS(app, origins=[is_partner, origin_only({"https://c.example"}.__contains__), "https://a.example"])
allowed: bool = is_partner("https://x.partner.example")


@app.route("/")
@cross_origin(origins="https://a.example", expose_headers=["X-Total"], max_age=60)
def index() -> str:
    return "x"


@app.route("/async")
@cross_origin()
async def async_view() -> str:
    return "x"


@cross_origin
def bare() -> str:
    return "x"


def typed_result() -> str:
    return index() + bare()


try:
    CORS(app, origins="https://a.example/")
except ConfigurationError as error:
    codes: tuple[str, ...] = error.codes
