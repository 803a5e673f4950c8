"""Policy.evaluate: the whole CORS answer for one request, without Flask."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from flask_cors._errors import Problem
from flask_cors._options import merge_layers, normalise
from flask_cors._policy import Decision, Policy, PolicyCompiler, compile_policy

A = "https://app.example.com"
B = "https://other.example.com"
ACAO = "Access-Control-Allow-Origin"
ACAC = "Access-Control-Allow-Credentials"
ACEH = "Access-Control-Expose-Headers"
ACAM = "Access-Control-Allow-Methods"
ACAH = "Access-Control-Allow-Headers"
ACMA = "Access-Control-Max-Age"
ACAPN = "Access-Control-Allow-Private-Network"
DEFAULT_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"


def policy(**options: Any) -> Policy:
    problems: list[Problem] = []
    compiled = PolicyCompiler().compile(merge_layers(options), problems)
    assert compiled is not None, problems
    return compiled


def answer(decision: Decision) -> dict[str, str]:
    """The CORS headers of a decision, without flask-cors's own Vary field (see :func:`varies`)."""
    pairs = [(name, value) for name, value in decision.headers if name != "Vary"]
    headers = dict(pairs)
    assert len(headers) == len(pairs), "a header appears twice"
    return headers


def varies(decision: Decision) -> bool:
    """Whether the response gets ``Vary: Origin``: flask-cors's field in the headers, or ours (S4)."""
    return decision.vary_origin or ("Vary", "Origin") in decision.headers


# (options, method, origin, request method, request headers, expected headers, vary, refused)
# fmt: off
CASES = [
    pytest.param({}, "GET", A, None, None, {ACAO: A}, True, None, id="default-reflects-origin"),
    pytest.param({}, "GET", None, None, None, {ACAO: "*"}, True, None, id="default-no-origin-gets-star"),
    pytest.param({"always_send": False}, "GET", None, None, None, {}, True, None, id="no-origin-always-send-off"),
    pytest.param({"send_wildcard": True}, "GET", A, None, None, {ACAO: "*"}, False, None, id="send-wildcard-static"),
    pytest.param({"send_wildcard": True}, "GET", None, None, None, {ACAO: "*"}, False, None, id="send-wildcard-no-origin"),
    pytest.param({"origins": [A]}, "GET", A, None, None, {ACAO: A}, True, None, id="listed-origin"),
    pytest.param({"origins": [A]}, "GET", B, None, None, {}, True, "origin", id="unlisted-origin"),
    pytest.param({"origins": [A]}, "GET", None, None, None, {ACAO: A}, True, None, id="single-origin-no-origin"),
    pytest.param({"origins": [B, A]}, "GET", None, None, None, {ACAO: A}, True, None, id="two-origins-no-origin-first-in-sort-order"),
    pytest.param({"origins": [B, r"https://.*\.c\.example"]}, "GET", None, None, None, {ACAO: B}, True, None, id="no-origin-skips-patterns"),
    pytest.param({"origins": [r"https://.*\.c\.example"]}, "GET", None, None, None, {}, True, None, id="no-origin-patterns-only"),
    pytest.param({"supports_credentials": True}, "GET", None, None, None, {}, True, None, id="no-origin-any-with-credentials"),
    pytest.param({"origins": [A], "supports_credentials": True}, "GET", A, None, None, {ACAO: A, ACAC: "true"}, True, None, id="credentials"),
    pytest.param({"origins": [A], "expose_headers": ["X-Total", "X-Page"]}, "GET", A, None, None, {ACAO: A, ACEH: "X-Page, X-Total"}, True, None, id="expose-headers-sorted"),
    pytest.param({"origins": [A], "expose_headers": "X-Total, X-Page"}, "GET", A, None, None, {ACAO: A, ACEH: "X-Total, X-Page"}, True, None, id="expose-headers-string-as-written"),
    pytest.param({"vary_header": False, "origins": [A]}, "GET", A, None, None, {ACAO: A}, False, None, id="vary-off"),
    pytest.param({}, "OPTIONS", A, None, None, {ACAO: A}, True, None, id="options-without-request-method-is-actual"),
    pytest.param({}, "OPTIONS", A, "", None, {ACAO: A}, True, "method", id="empty-request-method"),
    pytest.param({}, "OPTIONS", A, "PUT", None, {ACAO: A, ACAM: DEFAULT_METHODS}, True, None, id="preflight-default"),
    pytest.param({}, "OPTIONS", None, "PUT", None, {ACAO: "*", ACAM: DEFAULT_METHODS}, True, None, id="preflight-without-origin"),
    pytest.param({"methods": ["GET"]}, "OPTIONS", None, "PUT", None, {ACAO: "*"}, True, None, id="no-origin-is-never-refused"),
    pytest.param({}, "OPTIONS", None, "PUT", "x\x01", {}, True, None, id="no-origin-malformed-headers-not-refused"),
    pytest.param({}, "OPTIONS", A, "PUT", "X-Token, content-type", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: "X-Token, content-type"}, True, None, id="preflight-echoes-headers-as-sent"),
    pytest.param({}, "OPTIONS", A, "PUT", "x-b, x-a,, x-b", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: ", x-a, x-b, x-b"}, True, None, id="preflight-headers-sorted-not-deduplicated"),
    pytest.param({"methods": ["GET", "put"]}, "OPTIONS", A, "PUT", None, {ACAO: A, ACAM: "GET, PUT"}, True, None, id="methods-upper-cased"),
    pytest.param({"methods": ["PUT", "GET", "GET"]}, "OPTIONS", A, "PUT", None, {ACAO: A, ACAM: "GET, GET, PUT"}, True, None, id="methods-sorted-as-listed"),
    pytest.param({"methods": "put, get"}, "OPTIONS", A, "PUT", None, {ACAO: A, ACAM: "PUT, GET"}, True, None, id="methods-string-as-written"),
    pytest.param({"methods": "GET, PUT"}, "OPTIONS", A, "ET", None, {ACAO: A, ACAM: "GET, PUT"}, True, "method", id="method-substring-answered-browser-refuses"),
    pytest.param({"methods": ["PATCH"]}, "OPTIONS", A, "patch", None, {ACAO: A, ACAM: "PATCH"}, True, "method", id="method-case-sensitive"),
    pytest.param({"methods": ["GET"]}, "OPTIONS", A, "DELETE", "x-a", {ACAO: A}, True, "method", id="method-not-granted"),
    pytest.param({"methods": "*"}, "OPTIONS", A, "PURGE", None, {ACAO: A, ACAM: "PURGE"}, True, None, id="any-method-echoes"),
    pytest.param({"allow_headers": ["X-Token"]}, "OPTIONS", A, "PUT", "x-token", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: "x-token"}, True, None, id="listed-header"),
    pytest.param({"allow_headers": ["X-Token"]}, "OPTIONS", A, "PUT", "x-token, content-type", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: "x-token"}, True, "headers", id="unlisted-header-filtered"),
    pytest.param({"allow_headers": ["X-Token"]}, "OPTIONS", A, "PUT", "content-type", {ACAO: A, ACAM: DEFAULT_METHODS}, True, "headers", id="no-listed-header"),
    pytest.param({"allow_headers": [r"X-Custom-.*"]}, "OPTIONS", A, "PUT", "x-custom-a", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: "x-custom-a"}, True, None, id="header-pattern"),
    pytest.param({"allow_headers": [r"X-Custom-.*"]}, "OPTIONS", A, "PUT", "y-x-custom-a", {ACAO: A, ACAM: DEFAULT_METHODS}, True, "headers", id="header-pattern-full-match"),
    pytest.param({}, "OPTIONS", A, "PUT", "x-a\x01", {}, True, "malformed-headers", id="malformed-request-headers"),
    pytest.param({}, "OPTIONS", A, "PUT", "x y", {ACAO: A, ACAM: DEFAULT_METHODS, ACAH: "x y"}, True, None, id="non-token-name-echoed"),
    pytest.param({"max_age": 600}, "OPTIONS", A, "GET", None, {ACAO: A, ACAM: DEFAULT_METHODS, ACMA: "600"}, True, None, id="max-age"),
    pytest.param({"max_age": 0}, "OPTIONS", A, "GET", None, {ACAO: A, ACAM: DEFAULT_METHODS, ACMA: "0"}, True, None, id="max-age-zero-sent"),
    pytest.param({"max_age": 600}, "GET", A, None, None, {ACAO: A}, True, None, id="max-age-not-on-actual"),
    pytest.param({"origins": [A]}, "OPTIONS", B, "PUT", None, {}, True, "origin", id="preflight-unlisted-origin"),
    pytest.param({"supports_credentials": True, "origins": [A], "expose_headers": "X-A"}, "OPTIONS", A, "PUT", None, {ACAO: A, ACEH: "X-A", ACAC: "true", ACAM: DEFAULT_METHODS}, True, None, id="credentialed-preflight-with-expose-headers"),
    pytest.param({"supports_credentials": True, "origins": [A], "expose_headers": "X-A"}, "GET", A, None, None, {ACAO: A, ACAC: "true", ACEH: "X-A"}, True, None, id="credentialed-actual-with-expose-headers"),
    pytest.param({}, "GET", "https://a.com\r\nX: y", None, None, {}, True, "malformed-origin", id="control-characters-in-origin"),
    pytest.param({}, "GET", "https://a.com, https://b.com", None, None, {}, True, "malformed-origin", id="folded-origins"),
]
# fmt: on


@pytest.mark.parametrize(
    ("options", "method", "origin", "request_method", "request_headers", "expected", "vary", "refused"), CASES
)
def test_evaluate(
    options: dict[str, Any],
    method: str,
    origin: str | None,
    request_method: str | None,
    request_headers: str | None,
    expected: dict[str, str],
    vary: bool,
    refused: str | None,
) -> None:
    decision = policy(**options).evaluate(method, origin, request_method, request_headers)
    assert answer(decision) == expected
    assert varies(decision) is vary
    assert decision.refused == refused


@pytest.mark.parametrize(
    ("options", "origin", "field", "ours"),
    [
        pytest.param({}, A, True, False, id="any-origin-reflected"),
        pytest.param({"origins": [A, B]}, A, True, False, id="one-of-several"),
        pytest.param({"origins": [r"https://.*\.example\.com"]}, A, True, False, id="pattern"),
        pytest.param({"origins": [A]}, A, False, True, id="single-origin"),
        pytest.param({"origins": [A, B]}, "https://evil.example", False, True, id="refused"),
        pytest.param({"send_wildcard": True}, A, False, False, id="static-star"),
        pytest.param({"origins": [A, B], "vary_header": False}, A, False, False, id="vary-off"),
    ],
)
def test_vary_is_flask_cors_field_where_it_sends_one_and_ours_elsewhere(
    options: dict[str, Any], origin: str, field: bool, ours: bool
) -> None:
    # flask-cors writes its own Vary: Origin field when it reflects one of several origins or a
    # pattern's match; every other answer that depends on Origin gets ours (docs/differences.md S4),
    # which the adapter adds only when the response's Vary does not already cover Origin.
    decision = policy(**options).evaluate("GET", origin)
    assert (("Vary", "Origin") in decision.headers, decision.vary_origin) == (field, ours)


def test_private_network_is_answered_when_asked() -> None:
    granted = policy(allow_private_network=True).evaluate("OPTIONS", A, "GET", None, "true")
    assert answer(granted) == {ACAO: A, ACAM: DEFAULT_METHODS, ACAPN: "true"}
    assert granted.refused is None
    refused = policy().evaluate("OPTIONS", A, "GET", None, "true")
    assert answer(refused) == {ACAO: A, ACAPN: "false", ACAM: DEFAULT_METHODS}
    assert refused.refused == "private-network"
    not_asked = policy(allow_private_network=True).evaluate("OPTIONS", A, "GET", None, None)
    assert ACAPN not in answer(not_asked)
    # Actual requests get the answer too, as flask-cors sends it (browsers read it on preflights only).
    actual = policy().evaluate("GET", A, None, None, "true")
    assert answer(actual) == {ACAO: A, ACAPN: "false"}
    assert actual.refused is None


@pytest.mark.parametrize("value", ["TRUE", "True", " true", "true ", "false", "1", ""])
def test_private_network_is_asked_for_only_by_the_exact_value_true(value: str) -> None:
    # Private Network Access defines one value, "true"; anything else is not a request for it.
    granted = policy(allow_private_network=True).evaluate("OPTIONS", A, "GET", None, value)
    assert answer(granted) == {ACAO: A, ACAM: DEFAULT_METHODS}
    assert granted.refused is None
    not_granted = policy().evaluate("OPTIONS", A, "GET", None, value)
    assert answer(not_granted) == {ACAO: A, ACAM: DEFAULT_METHODS}
    assert not_granted.refused is None


def test_credentials_with_any_origin_reflect_and_never_send_star() -> None:
    p = policy(supports_credentials=True)
    assert answer(p.evaluate("GET", A)) == {ACAO: A, ACAC: "true"}
    assert answer(p.evaluate("GET", None)) == {}
    assert answer(p.evaluate("GET", "null")) == {}


def test_null_origin_with_credentials_needs_listing() -> None:
    assert answer(policy(origins=["null"], supports_credentials=True).evaluate("GET", "null")) == {
        ACAO: "null",
        ACAC: "true",
    }
    assert answer(policy().evaluate("GET", "null")) == {ACAO: "null"}


@pytest.mark.parametrize(
    ("decision_args", "reason"),
    [
        (("GET", "https://evil.example"), "origin 'https://evil.example' is not allowed"),
        (("OPTIONS", A, "patch"), "method 'patch' is not allowed (methods are case-sensitive)"),
        (("OPTIONS", A, "PUT", "x-secret"), "request header 'x-secret' is not allowed"),
        (
            ("GET", "https://a\nb"),
            "the Origin header has control characters, whitespace, a comma, non-ASCII or over 2048 characters",
        ),
        (("GET", None), "not a CORS request (no Origin header)"),
        (("GET", A), "allowed"),
    ],
)
def test_reason_is_readable_and_escapes_client_values(decision_args: tuple[Any, ...], reason: str) -> None:
    p = policy(origins=[A], methods=["PUT"], allow_headers=["x-token"])
    assert p.evaluate(*decision_args).reason() == reason


def test_policy_and_decision_are_frozen() -> None:
    p = policy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.vary_origin = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.evaluate("GET", A).headers = ()  # type: ignore[misc]


def test_allowed_origin_does_not_leak_between_requests() -> None:
    p = policy(origins=[A, B], supports_credentials=True)
    first = p.evaluate("GET", A)
    second = p.evaluate("GET", B)
    assert answer(first)[ACAO] == A
    assert answer(second)[ACAO] == B
    assert answer(p.evaluate("GET", "https://evil.example")) == {}


@pytest.mark.parametrize(
    "options",
    [
        {},
        {
            "origins": ["https://a.example", r"https://.*\.b\.example", "https://*.c.example", "null"],
            "supports_credentials": True,
        },
        {"methods": "GET,PUT", "allow_headers": ["X-A", r"X-B-.*"], "expose_headers": "X-C", "max_age": 30},
        {
            "send_wildcard": True,
            "vary_header": False,
            "always_send": False,
            "automatic_options": False,
            "intercept_exceptions": False,
            "allow_private_network": True,
        },
    ],
)
def test_describe_round_trips(options: dict[str, Any]) -> None:
    first = policy(**options)
    again = policy(**first.describe())
    assert again.describe() == first.describe()
    assert again.options == first.options


def test_compiler_shares_one_matcher_between_policies() -> None:
    origins = [f"https://h{i}.example" for i in range(100)]
    compiler = PolicyCompiler()
    problems: list[Problem] = []
    base = merge_layers({"origins": origins})
    first = compiler.compile(base, problems)
    same = compiler.compile(base, problems)
    other = compiler.compile({**base, "methods": ["GET"]}, problems)
    assert first is same
    assert other is not None and first is not None
    assert other.origins is first.origins


def test_compile_policy_from_options_directly() -> None:
    options = normalise(merge_layers({"origins": A}), [])
    assert options is not None
    assert answer(compile_policy(options).evaluate("GET", A)) == {ACAO: A}
