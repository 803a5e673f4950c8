"""WebSocket handshakes in the core: detection, the same-origin rule, and the policy's answer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flask_cors._errors import Problem
from flask_cors._options import merge_layers
from flask_cors._origins import is_same_origin_as_host
from flask_cors._policy import Decision, Policy, PolicyCompiler, evaluate_same_origin_websocket
from flask_cors._spec import is_websocket_handshake

A = "https://app.example.com"
EVIL = "https://evil.example.net"


def policy(**options: Any) -> Policy:
    problems: list[Problem] = []
    compiled = PolicyCompiler().compile(merge_layers(options), problems)
    assert compiled is not None, problems
    return compiled


@pytest.mark.parametrize(
    ("upgrade", "connection", "expected"),
    [
        pytest.param("websocket", "Upgrade", True, id="chromium"),
        pytest.param("websocket", "keep-alive, Upgrade", True, id="firefox-connection-list"),
        pytest.param("WebSocket", "UPGRADE", True, id="tokens-in-any-case"),
        pytest.param(" websocket ", " upgrade ", True, id="spaces-around-tokens"),
        pytest.param("h2c, websocket", "Upgrade, HTTP2-Settings", True, id="upgrade-list"),
        pytest.param("h2c", "Upgrade", False, id="another-protocol"),
        pytest.param("websocketx", "Upgrade", False, id="token-must-be-whole"),
        pytest.param("websocket", "keep-alive", False, id="connection-without-upgrade"),
        pytest.param("websocket", "upgrades", False, id="connection-token-must-be-whole"),
        pytest.param("websocket", None, False, id="no-connection"),
        pytest.param(None, "Upgrade", False, id="no-upgrade"),
        pytest.param("", "", False, id="empty"),
    ],
)
def test_handshake_detection(upgrade: str | None, connection: str | None, expected: bool) -> None:
    # The method is not an argument: HEAD, POST or OPTIONS asking to upgrade are judged like GET.
    assert is_websocket_handshake(upgrade, connection) is expected


@pytest.mark.parametrize(
    ("origin", "host", "expected"),
    [
        pytest.param("https://api.example.com", "api.example.com", True, id="same-host"),
        pytest.param("http://api.example.com", "api.example.com", True, id="scheme-not-compared"),
        pytest.param("https://API.Example.com", "api.EXAMPLE.com", True, id="case-insensitive"),
        pytest.param("https://api.example.com", "api.example.com:443", True, id="default-port-in-host"),
        pytest.param("https://api.example.com:443", "api.example.com", True, id="default-port-in-origin"),
        pytest.param("http://api.example.com", "api.example.com:80", True, id="http-default-port"),
        pytest.param("http://api.example.com", "api.example.com:443", False, id="https-port-for-http-origin"),
        pytest.param("http://127.0.0.1:5000", "127.0.0.1:5000", True, id="same-port"),
        pytest.param("http://127.0.0.1:5000", "127.0.0.1:5001", False, id="other-port"),
        pytest.param("http://127.0.0.1:5000", "127.0.0.1", False, id="port-missing-from-host"),
        pytest.param("http://[::1]:8080", "[::1]:8080", True, id="ipv6"),
        pytest.param("http://[::1]:8080", "[::1]:8081", False, id="ipv6-other-port"),
        pytest.param("https://api.example.com.evil.net", "api.example.com", False, id="suffix"),
        pytest.param("https://evil.net", "api.example.com", False, id="other-host"),
        pytest.param("https://api.example.com", None, False, id="no-host"),
        pytest.param("null", "null", False, id="null-is-never-same-origin"),
        pytest.param("https://api.example.com/", "api.example.com", False, id="malformed-origin"),
        pytest.param("https://api.example.com\x00", "api.example.com\x00", False, id="control-characters"),
    ],
)
def test_same_origin_as_host(origin: str, host: str | None, expected: bool) -> None:
    assert is_same_origin_as_host(origin, host) is expected


@pytest.mark.parametrize(
    ("options", "origin", "host", "expected"),
    [
        pytest.param({"origins": [A]}, A, "api.example.com", True, id="listed-origin"),
        pytest.param({"origins": [A]}, EVIL, "api.example.com", False, id="unlisted-origin"),
        pytest.param({"origins": [A]}, "https://api.example.com", "api.example.com", True, id="same-origin"),
        pytest.param({"origins": [A]}, None, "api.example.com", True, id="no-origin-is-not-a-browser"),
        pytest.param({"origins": [A]}, "null", "api.example.com", False, id="null-unlisted"),
        pytest.param({"origins": [A, "null"]}, "null", "api.example.com", True, id="null-listed"),
        pytest.param({}, EVIL, "api.example.com", True, id="any-origin"),
        pytest.param({}, "null", "api.example.com", True, id="any-origin-null-without-credentials"),
        pytest.param(
            {"supports_credentials": True}, "null", "api.example.com", False, id="any-origin-null-with-credentials"
        ),
        pytest.param(
            {"origins": ["null"], "supports_credentials": True}, "null", "x", True, id="null-listed-with-credentials"
        ),
        pytest.param({"origins": r"https://.*\.example\.com"}, A, "api.example.com", True, id="pattern"),
        pytest.param({"origins": [lambda o: o == EVIL]}, EVIL, "x", True, id="predicate"),
        pytest.param({"origins": []}, A, "api.example.com", False, id="no-origins"),
        pytest.param({"origins": []}, "https://api.example.com", "api.example.com", True, id="no-origins-same-origin"),
        pytest.param({"origins": [A]}, "https://app.example.com,https://evil", "x", False, id="folded-origins"),
    ],
)
def test_policy_allows_websocket(options: dict[str, Any], origin: str | None, host: str, expected: bool) -> None:
    assert policy(**options).allows_websocket(origin, host) is expected


def test_refused_handshake_decision_names_the_origin() -> None:
    decision = policy(origins=[A]).evaluate_websocket(EVIL, "api.example.com")
    assert decision == Decision("websocket", (), True, "websocket-origin", EVIL)
    assert decision.reason() == (
        "origin 'https://evil.example.net' is not allowed, and its host and port are not the request's Host"
    )
    assert not decision.allowed


def test_allowed_handshake_decision() -> None:
    decision = policy(origins=[A]).evaluate_websocket(A, "api.example.com")
    assert decision == Decision("websocket", (), True)
    assert decision.allowed


@pytest.mark.parametrize(
    ("options", "origin", "expected"),
    [
        pytest.param({}, EVIL, Decision("websocket", (), True, "websocket-credentials", EVIL), id="any-no-credentials"),
        pytest.param({"origins": [A]}, A, Decision("websocket", (), True, "websocket-credentials", A), id="listed"),
        pytest.param({"origins": [A]}, EVIL, Decision("websocket", (), True, "websocket-origin", EVIL), id="unlisted"),
        pytest.param({"origins": [A], "supports_credentials": True}, A, Decision("websocket", (), True), id="creds"),
        pytest.param({}, "https://api.example.com", Decision("websocket", (), True), id="same-origin"),
        pytest.param({}, None, Decision("websocket", (), True), id="no-origin"),
    ],
)
def test_websocket_decision_when_the_server_adds_credentials(
    options: dict[str, Any], origin: str | None, expected: Decision
) -> None:
    assert policy(**options).evaluate_websocket(origin, "api.example.com", adds_credentials=True) == expected


@pytest.mark.parametrize(
    ("options", "origin", "with_credentials", "without_credentials"),
    [
        pytest.param({}, EVIL, False, True, id="any-origin"),
        pytest.param({"supports_credentials": True}, EVIL, True, True, id="any-origin-with-credentials"),
        pytest.param({"origins": [A]}, A, False, True, id="listed"),
        pytest.param({"origins": [A], "supports_credentials": True}, A, True, True, id="listed-with-credentials"),
        pytest.param({"origins": [A], "supports_credentials": True}, EVIL, False, False, id="unlisted"),
        pytest.param({"origins": r"https://.*example\.com"}, "https://evilexample.com", False, True, id="lookalike"),
        pytest.param({"send_wildcard": True}, EVIL, False, True, id="static-wildcard"),
        pytest.param({"origins": [A]}, "https://api.example.com", True, True, id="same-origin"),
        pytest.param({"origins": [A]}, None, True, True, id="no-origin"),
        pytest.param({"origins": ["null"], "supports_credentials": True}, "null", True, True, id="null-listed"),
        pytest.param({"supports_credentials": True}, "null", False, False, id="null-unlisted-with-credentials"),
    ],
)
def test_handshake_with_credentials_needs_a_credentialed_policy(
    options: dict[str, Any], origin: str | None, with_credentials: bool, without_credentials: bool
) -> None:
    compiled = policy(**options)
    host = "api.example.com"
    assert compiled.allows_websocket(origin, host, carries_credentials=True) is with_credentials
    assert compiled.allows_websocket(origin, host, carries_credentials=False) is without_credentials


def test_cookie_refusal_reason() -> None:
    decision = policy(origins=[A]).evaluate_websocket(A, "api.example.com", carries_credentials=True)
    assert decision == Decision("websocket", (), True, "websocket-cookie", A)
    assert decision.reason() == (
        "origin 'https://app.example.com' is allowed only without credentials (supports_credentials is off), but "
        "the handshake carries a Cookie or Authorization header, and its host and port are not the request's Host"
    )


def test_credentials_refusal_reason() -> None:
    decision = policy(origins=[A]).evaluate_websocket(A, "api.example.com", adds_credentials=True)
    assert decision.reason() == (
        "origin 'https://app.example.com' is allowed only without credentials, but the server adds "
        "Access-Control-Allow-Credentials: true (Engine.IO's cors_credentials), and its host and port are not "
        "the request's Host"
    )


def test_same_origin_websocket_without_a_policy() -> None:
    assert evaluate_same_origin_websocket(None, "api.example.com") == Decision("websocket", (), True)
    assert evaluate_same_origin_websocket("http://api.example.com", "api.example.com") == Decision(
        "websocket", (), True
    )
    refused = evaluate_same_origin_websocket(A, "api.example.com")
    assert refused == Decision("websocket", (), True, "websocket-same-origin", A)
    assert refused.reason() == (
        "origin 'https://app.example.com' is not the request's Host, and no policy with guard_websockets "
        "covers the path (only the same origin passes)"
    )


def test_guard_websockets_round_trips_through_describe() -> None:
    off = policy(guard_websockets=False)
    assert off.options.guard_websockets is False
    assert off.describe()["guard_websockets"] is False
    assert policy(**off.describe()).options == off.options


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=300)))
def test_same_origin_check_never_raises_and_needs_a_well_formed_origin(origin: str, host: str | None) -> None:
    same = is_same_origin_as_host(origin, host)
    assert same in (True, False)
    if same:
        assert host is not None and "://" in origin and origin != "null"


@given(st.text(max_size=100), st.one_of(st.none(), st.text(max_size=100)))
def test_handshake_detection_never_raises(upgrade: str, connection: str | None) -> None:
    assert is_websocket_handshake(upgrade, connection) in (True, False)
