"""Invariants over random configurations and random (often hostile) requests.

The oracle for "this origin is allowed by the configuration" is written here independently of
the package (string operations, no shared code), so a matching bug cannot hide in both.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import flask
from flask import Flask
from flask_cors import CORS, ConfigurationError
from flask_cors._errors import Problem
from flask_cors._options import merge_layers
from flask_cors._policy import PolicyCompiler

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

HOSTS = [
    "example.com",
    "a.example.com",
    "b.a.example.com",
    "example.org",
    "evil.net",
    "example.com.evil.net",
    "zexample.com",
]
SCHEMES = ["https", "http"]
PORTS = ["", ":443", ":80", ":8443"]
PREFLIGHT_ONLY = (
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
    "Access-Control-Max-Age",
)
CORS_HEADERS = (
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Access-Control-Expose-Headers",
    *PREFLIGHT_ONLY,
    "Access-Control-Allow-Private-Network",
    "Vary",
)

serialised_origins = st.builds(
    lambda s, h, p: f"{s}://{h}{p}", st.sampled_from(SCHEMES), st.sampled_from(HOSTS), st.sampled_from(PORTS)
)
configured_origin = st.one_of(
    serialised_origins,
    st.builds(lambda s, h: f"{s}://*.{h}", st.sampled_from(SCHEMES), st.sampled_from(["example.com", "example.org"])),
    st.builds(lambda o: re.escape(o), serialised_origins).filter(lambda o: "\\" in o),
    st.just("null"),
)
origins_option = st.one_of(st.just("*"), st.lists(configured_origin, min_size=1, max_size=4))
hostile_text = st.text(max_size=60) | st.sampled_from(
    ["", " ", "null", "*", ",", "https://a.com, https://b.com", "x" * 3000]
)
request_origin = st.none() | serialised_origins | st.just("null") | hostile_text
header_names = st.lists(st.sampled_from(["x-a", "x-b", "content-type", "authorization", "X-A"]), max_size=4).map(
    ", ".join
)


@st.composite
def configurations(draw: Any) -> dict[str, Any]:
    credentials = draw(st.booleans())
    return {
        "origins": draw(origins_option),
        "supports_credentials": credentials,
        "send_wildcard": False if credentials else draw(st.booleans()),
        "methods": draw(
            st.lists(st.sampled_from(["GET", "PUT", "PATCH", "DELETE", "POST"]), min_size=1, max_size=5, unique=True)
        ),
        "allow_headers": draw(
            st.just("*") | st.lists(st.sampled_from(["X-A", "X-B", "Content-Type"]), min_size=1, unique=True)
        ),
        "expose_headers": draw(st.none() | st.lists(st.sampled_from(["X-Total", "X-Page"]), min_size=1, unique=True)),
        "max_age": draw(st.none() | st.integers(min_value=0, max_value=86400)),
        "vary_header": draw(st.booleans()),
        "always_send": draw(st.booleans()),
        "allow_private_network": draw(st.booleans()),
    }


@st.composite
def requests(draw: Any) -> dict[str, Any]:
    return {
        "method": draw(st.sampled_from(["GET", "POST", "PUT", "OPTIONS", "DELETE"])),
        "origin": draw(request_origin),
        "request_method": draw(
            st.none() | st.sampled_from(["GET", "PUT", "PATCH", "DELETE", "ET", "put"]) | hostile_text
        ),
        "request_headers": draw(st.none() | header_names | hostile_text),
        "request_private_network": draw(st.none() | st.sampled_from(["true", "false"]) | hostile_text),
    }


def oracle_allows(config: dict[str, Any], origin: str) -> bool:
    """Whether ``origin`` may be echoed under ``config``, by plain string reasoning."""
    origins = config["origins"]
    if origins == "*":
        return origin != "null" or not config["supports_credentials"]
    # Patterns name no port here, so they allow every port of their hosts: drop a trailing one.
    host, _, port = origin.rpartition(":")
    bare = host if port.isdigit() and 0 < len(port) <= 5 and "://" in host else origin
    for item in origins:
        if item == "null":
            if origin == "null":
                return True
        elif "*." in item:
            scheme, domain = item.split("://*.")
            prefix, suffix = scheme + "://", "." + domain
            labels = bare.lower()[len(prefix) : -len(suffix)] if len(bare) > len(prefix) + len(suffix) else ""
            if (
                bare.lower().startswith(prefix)
                and bare.lower().endswith(suffix)
                and labels
                and all(label and all(c.isalnum() or c in "-_" for c in label) for label in labels.split("."))
            ):
                return True
        elif "\\" in item:
            if any(re.fullmatch(item, text, re.IGNORECASE) for text in (origin, bare)) and origin != "null":
                return True
        else:
            default = {"https": ":443", "http": ":80"}[item.split("://")[0]]
            if origin.lower() == item.lower().removesuffix(default):
                return True
    return False


def depends_on_origin(config: dict[str, Any]) -> bool:
    return not (config["origins"] == "*" and config["send_wildcard"])


def compile_config(config: dict[str, Any]) -> Any:
    problems: list[Problem] = []
    policy = PolicyCompiler().compile(merge_layers(config), problems)
    # A configuration that does not start answers nothing: the attack probe refuses some credentialed
    # patterns over these hosts (a pattern naming evil.net admits what the probe takes for an attacker).
    assume(not any(p.is_error for p in problems))
    return policy


@given(config=configurations(), request=requests())
def test_policy_invariants(config: dict[str, Any], request: dict[str, Any]) -> None:
    decision = compile_config(config).evaluate(**request)  # never raises
    headers = dict(decision.headers)
    assert len(headers) == len(decision.headers), "a header appears twice"
    acao = headers.get("Access-Control-Allow-Origin")
    if headers.get("Access-Control-Allow-Credentials") == "true":
        assert acao != "*"
    if acao is not None and acao != "*":
        if request["origin"] is None:
            assert acao in config["origins"] or acao.lower() in [
                o.lower().removesuffix(":443").removesuffix(":80") for o in config["origins"]
            ]
        else:
            assert acao == request["origin"]
            assert oracle_allows(config, request["origin"])
    if any(name in headers for name in PREFLIGHT_ONLY):
        # Preflights only; without Origin too, as flask-cors answers them for one origin (always_send).
        assert request["method"] == "OPTIONS" and request["request_method"] is not None
        assert request["origin"] is not None or config["always_send"]
    if "Access-Control-Allow-Private-Network" in headers:
        assert request["request_private_network"] == "true"
        assert (headers["Access-Control-Allow-Private-Network"] == "true") is config["allow_private_network"]
    varies = decision.vary_origin or ("Vary", "Origin") in decision.headers
    assert varies is (config["vary_header"] and depends_on_origin(config))


@given(config=configurations(), request=requests())
def test_only_preflights_vary_on_request_headers(config: dict[str, Any], request: dict[str, Any]) -> None:
    problems: list[Problem] = []
    policy = PolicyCompiler().compile(merge_layers(config), problems)
    assume(policy is not None and not any(p.is_error for p in problems))
    assert policy is not None
    decision = policy.evaluate(**request)
    if decision.vary:
        assert decision.kind == "preflight" and config["vary_header"]
        assert decision.vary in (
            "Access-Control-Request-Method",
            "Access-Control-Request-Headers",
            "Access-Control-Request-Method, Access-Control-Request-Headers",
        )
    if config["vary_header"] and any(name == "Access-Control-Allow-Headers" for name, _ in decision.headers):
        assert "Access-Control-Request-Headers" in decision.vary


@settings(max_examples=100)
@given(config=configurations(), request=requests())
def test_flask_responses_keep_the_invariants(config: dict[str, Any], request: dict[str, Any]) -> None:
    app = Flask("properties")
    app.add_url_rule("/", "index", lambda: "ok", methods=["GET", "POST", "PUT", "DELETE"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            CORS(app, **config)
        except ConfigurationError:
            assume(False)  # refused at start-up (see compile_config)
    environ = {
        "HTTP_ORIGIN": request["origin"],
        "HTTP_ACCESS_CONTROL_REQUEST_METHOD": request["request_method"],
        "HTTP_ACCESS_CONTROL_REQUEST_HEADERS": request["request_headers"],
        "HTTP_ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK": request["request_private_network"],
    }
    sent = {k: v for k, v in environ.items() if v is not None}
    if not isinstance(app, flask.Flask):
        # Quart (tests/frameworks.py) receives headers through ASGI: HTTP servers and Quart refuse CR,
        # LF and NUL in a value, and carry bytes, read as Latin-1.
        assume(not any(set(value) & set("\r\n\0") or not value.isascii() for value in sent.values()))
    response = app.test_client().open("/", method=request["method"], environ_overrides=sent)
    assert response.status_code < 500
    for name in CORS_HEADERS:
        assert len(response.headers.getlist(name)) <= 1, name
    vary = [item.strip() for item in response.headers.get("Vary", "").split(",") if item.strip()]
    requested = [item for item in vary if item != "Origin"]
    if config["vary_header"] and depends_on_origin(config):
        assert vary[:1] == ["Origin"] and "Origin" not in requested
    else:
        assert "Origin" not in vary
    # Preflight answers vary on the request headers they were computed from, nothing else does.
    is_preflight = request["method"] == "OPTIONS" and None not in (request["origin"], request["request_method"])
    assert requested in ([], ["Access-Control-Request-Method"], ["Access-Control-Request-Headers"]) or requested == [
        "Access-Control-Request-Method",
        "Access-Control-Request-Headers",
    ]
    if requested:
        assert is_preflight and config["vary_header"]
    if config["vary_header"] and "Access-Control-Allow-Headers" in response.headers:
        assert "Access-Control-Request-Headers" in requested
    acao = response.headers.get("Access-Control-Allow-Origin")
    if acao is not None and acao != "*" and request["origin"] is not None:
        assert acao == request["origin"] and oracle_allows(config, request["origin"])
