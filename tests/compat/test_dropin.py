"""Issue 17: every configuration that starts under flask-cors 6.0.5 starts here, and answers alike.

One test per configuration of the issue's "Why", each taken from public projects: it must start,
with exactly the warning codes listed, and answer with exactly the headers listed. Where the answer
is flask-cors's own (category C of docs/differences.md), the expected value was read from
flask-cors 6.0.5; where it differs, the section of docs/differences.md is named.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from werkzeug.test import TestResponse

from flask import Flask, Response, abort
from flask_cors import CORS, ConfigurationError, cross_origin

APP = "https://app.example.com"
PREFLIGHT = {"Access-Control-Request-Method": "PUT"}
ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"


def answer(response: TestResponse) -> dict[str, list[str]]:
    """Every Access-Control-* field and every Vary field, as the differential runner records them."""
    found: dict[str, list[str]] = {}
    for name, value in response.headers:
        if name.lower().startswith("access-control-") or name.lower() == "vary":
            found.setdefault(name, []).append(value)
    return found


def started(setup: Callable[[Flask], None]) -> tuple[Flask, list[str]]:
    """An app with a few routes, set up by ``setup``, and the codes of the warnings it gave."""
    app = Flask("dropin")

    @app.route("/", methods=["GET", "PUT"])
    def index() -> Response:
        return Response("ok", headers={"Vary": "Accept-Encoding"} if app.config.get("VARY_ENCODING") else {})

    for path in ("/v1_legacy/items", "/hooks_github", "/test_acl_users", "/apiv2/secret"):
        app.add_url_rule(path, path, lambda: "ok")

    @app.route("/v1_legacy/missing")
    def missing() -> str:
        abort(404)

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        setup(app)
    codes = [match.group(1) for w in record if (match := re.match(r"\[(cors\.\w+)\]", str(w.message)))]
    return app, codes


def cors(**options: Any) -> Callable[[Flask], None]:
    def setup(app: Flask) -> None:
        CORS(app, **options)

    return setup


def decorated(**options: Any) -> Callable[[Flask], None]:
    def setup(app: Flask) -> None:
        @app.route("/view", methods=["GET", "PUT"])
        @cross_origin(**options)
        def view() -> str:
            return "view"

    return setup


def configured(config: dict[str, Any], **options: Any) -> Callable[[Flask], None]:
    def setup(app: Flask) -> None:
        app.config.update(config)
        CORS(app, **options)

    return setup


JSON_ORIGINS = '["https://a.example.org", "https://b.example.org"]'

CASES = [
    pytest.param(
        cors(support_credentials=True),
        ("GET", "/", {"Origin": APP}),
        ["cors.W051"],
        {"Access-Control-Allow-Origin": [APP], "Vary": ["Origin"]},
        id="misspelt-support_credentials-is-ignored",
    ),
    pytest.param(
        cors(origins=["http://localhost:3000/"]),
        ("GET", "/", {"Origin": "http://localhost:3000"}),
        ["cors.W053"],
        {"Access-Control-Allow-Origin": ["http://localhost:3000"], "Vary": ["Origin"]},  # B: the origin it names
        id="trailing-slash-origin-is-its-origin",
    ),
    pytest.param(
        cors(origins=["https://static.example.org/app/", "https://www.example.org"]),
        ("GET", "/", {"Origin": "https://static.example.org"}),
        ["cors.W053"],
        {"Access-Control-Allow-Origin": ["https://static.example.org"], "Vary": ["Origin"]},
        id="origin-with-path-is-its-origin",
    ),
    pytest.param(
        decorated(origin="http://localhost:3000", headers=["Content-Type", "Authorization"]),
        (
            "OPTIONS",
            "/view",
            {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Headers": "authorization,content-type"},
        ),
        ["cors.W051", "cors.W051"],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Allow-Headers": ["authorization, content-type"],
            "Access-Control-Allow-Methods": [ALL_METHODS],
            "Vary": ["Origin, Access-Control-Request-Headers"],  # S4, S11
        },
        id="decorator-origin-and-headers-are-ignored",
    ),
    pytest.param(
        cors(origins=["www.example.com"]),
        ("GET", "/", {"Origin": "www.example.com"}),
        ["cors.W054"],
        {"Access-Control-Allow-Origin": ["www.example.com"], "Vary": ["Origin"]},  # Vary: S4
        id="schemeless-origin-is-compared-as-written",
    ),
    pytest.param(
        cors(resources="}"),
        ("GET", "/", {"Origin": APP}),
        ["cors.W060"],
        {},
        id="resource-that-never-matches",
    ),
    pytest.param(
        cors(expose_headers="*", supports_credentials=True, origins=[APP]),
        ("GET", "/", {"Origin": APP}),
        ["cors.W062"],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Expose-Headers": ["*"],
            "Access-Control-Allow-Credentials": ["true"],
            "Vary": ["Origin"],
        },
        id="expose-star-with-credentials",
    ),
    pytest.param(
        cors(resources={r"/v1*": {}, r"/hooks_*": {"origins": APP}}),
        ("GET", "/v1_legacy/items", {"Origin": APP}),
        [],
        {"Access-Control-Allow-Origin": [APP], "Vary": ["Origin"]},
        id="glob-v1-covers-v1_legacy",
    ),
    pytest.param(
        cors(resources={r"/v1*": {}, r"/hooks_*": {"origins": APP}}),
        ("GET", "/hooks_github", {"Origin": APP}),
        [],
        {"Access-Control-Allow-Origin": [APP], "Vary": ["Origin"]},
        id="glob-hooks-covers-hooks_github",
    ),
    pytest.param(
        cors(resources={r"/v1*": {}}),
        ("GET", "/v1_legacy/missing", {"Origin": APP}),
        [],
        {"Access-Control-Allow-Origin": [APP], "Vary": ["Origin"]},
        id="glob-covers-error-responses",
    ),
    pytest.param(
        cors(resources=r"/test_acl*"),
        ("GET", "/test_acl_users", {"Origin": APP}),
        [],
        {"Access-Control-Allow-Origin": [APP], "Vary": ["Origin"]},
        id="glob-test_acl-covers-test_acl_users",
    ),
    pytest.param(
        cors(),
        ("OPTIONS", "/", {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Headers": "X-Custom-Token"}),
        [],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Allow-Headers": ["X-Custom-Token"],
            "Access-Control-Allow-Methods": [ALL_METHODS],
            "Vary": ["Origin, Access-Control-Request-Headers"],  # S4, S11
        },
        id="requested-header-echoed-in-its-case",
    ),
    pytest.param(
        cors(allow_headers=["Content-Type"]),
        ("OPTIONS", "/", {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Headers": "Content-Type, X-Other"}),
        [],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Allow-Headers": ["Content-Type"],
            "Access-Control-Allow-Methods": [ALL_METHODS],
            "Vary": ["Origin, Access-Control-Request-Headers"],  # S4, S11
        },
        id="one-unlisted-header-gets-the-filtered-list",
    ),
    pytest.param(
        cors(),
        ("OPTIONS", "/", {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Private-Network": "true"}),
        [],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Allow-Private-Network": ["false"],
            "Access-Control-Allow-Methods": [ALL_METHODS],
            "Vary": ["Origin, Access-Control-Request-Headers"],  # S4, S11
        },
        id="private-network-asked-and-not-allowed",
    ),
    pytest.param(
        cors(allow_private_network=True, origins=[APP]),
        ("GET", "/", {"Origin": APP, "Access-Control-Request-Private-Network": "true"}),
        [],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Allow-Private-Network": ["true"],
            "Vary": ["Origin"],  # S4; flask-cors sends none for a single origin
        },
        id="private-network-answered-on-actual-requests",
    ),
    pytest.param(
        cors(expose_headers=["X-Total", "X-Page"]),
        ("OPTIONS", "/", {"Origin": APP, **PREFLIGHT}),
        [],
        {
            "Access-Control-Allow-Origin": [APP],
            "Access-Control-Expose-Headers": ["X-Page, X-Total"],
            "Access-Control-Allow-Methods": [ALL_METHODS],
            "Vary": ["Origin, Access-Control-Request-Headers"],  # S4, S11
        },
        id="expose-headers-on-preflights",
    ),
    pytest.param(
        configured({"VARY_ENCODING": True}),
        ("GET", "/", {"Origin": APP}),
        [],
        {"Vary": ["Accept-Encoding", "Origin"], "Access-Control-Allow-Origin": [APP]},
        id="app-vary-kept-as-its-own-field",
    ),
    pytest.param(
        configured({"CORS_ORIGINS": JSON_ORIGINS}),
        ("GET", "/", {"Origin": "https://b.example.org"}),
        [],
        {"Access-Control-Allow-Origin": ["https://b.example.org"], "Vary": ["Origin"]},
        id="json-list-config-string-is-a-list",
    ),
    pytest.param(
        configured({"CORS_ORIGINS": JSON_ORIGINS}, supports_credentials=True),
        ("GET", "/", {"Origin": "https://evil.example"}),
        [],
        {"Vary": ["Origin"]},  # S: flask-cors reads a character class and lets this site in, with credentials
        id="json-list-config-string-lets-no-one-else-in",
    ),
]


@pytest.mark.parametrize(("setup", "request_", "codes", "expected"), CASES)
def test_starts_warns_and_answers(
    setup: Callable[[Flask], None],
    request_: tuple[str, str, dict[str, str]],
    codes: list[str],
    expected: dict[str, list[str]],
) -> None:
    app, warned = started(setup)
    assert warned == codes
    method, path, headers = request_
    assert answer(app.test_client().open(path, method=method, headers=headers)) == expected


def test_credentialed_look_alike_pattern_still_refuses_to_start() -> None:
    with pytest.raises(ConfigurationError) as caught:
        CORS(Flask("refused"), origins=[r"https://.*example\.com"], supports_credentials=True)
    assert caught.value.codes == ("cors.E013",)
    assert "https://evilexample.com" in caught.value.problems[0].message
