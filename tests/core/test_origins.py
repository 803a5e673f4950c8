"""Origin rules: how configured values are read, and which request origins they let through."""

from __future__ import annotations

import re
from typing import Any

import pytest

from flask_cors._errors import Problem
from flask_cors._origins import (
    OriginMatcher,
    OriginRule,
    classify_origin,
    compile_origins,
    is_loopback,
    is_loopback_host,
    is_valid_request_origin,
    join_patterns,
    origin_only,
)


def matcher(*values: Any) -> OriginMatcher:
    problems: list[Problem] = []
    rules = tuple(rule for rule in (classify_origin(v, problems) for v in values) if rule is not None)
    assert [p for p in problems if p.is_error] == []
    return compile_origins(rules)


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [
        pytest.param("*", "any", "", id="star"),
        pytest.param(".*", "any", "", id="dot-star"),
        pytest.param("https://example.com", "exact", "https://example.com", id="exact"),
        pytest.param("HTTPS://Example.COM", "exact", "https://example.com", id="exact-lowercased"),
        pytest.param("https://example.com:443", "exact", "https://example.com", id="default-https-port-dropped"),
        pytest.param("http://example.com:80", "exact", "http://example.com", id="default-http-port-dropped"),
        pytest.param("http://example.com:8080", "exact", "http://example.com:8080", id="other-port-kept"),
        pytest.param("http://[::1]:5000", "exact", "http://[::1]:5000", id="ipv6"),
        pytest.param("null", "exact", "null", id="null"),
        pytest.param(
            "https://*.example.com",
            "wildcard",
            r"https://(?:[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?\.)+example\.com",
            id="subdomain-wildcard",
        ),
        pytest.param("http://localhost:*", "wildcard", r"http://localhost(?::[0-9]{1,5})?", id="port-wildcard"),
        pytest.param(r"https://.*\.example\.com", "pattern", r"https://.*\.example\.com", id="regex-string"),
        pytest.param(r"^https?://localhost(:\d+)?$", "pattern", r"^https?://localhost(:\d+)?$", id="anchored-regex"),
    ],
)
def test_configured_origin_is_read_as(value: str, kind: str, text: str) -> None:
    problems: list[Problem] = []
    rule = classify_origin(value, problems)
    assert problems == []
    assert rule is not None
    assert (rule.kind, rule.text) == (kind, text)


def test_compiled_pattern_and_callable_keep_their_kind() -> None:
    pattern = re.compile(r"https://a\.example")
    problems: list[Problem] = []
    assert classify_origin(pattern, problems).kind == "pattern"  # type: ignore[union-attr]
    assert classify_origin(str.isascii, problems).kind == "predicate"  # type: ignore[union-attr]
    assert problems == []


@pytest.mark.parametrize(
    ("value", "kind", "text", "code", "hint"),
    [
        pytest.param(
            "https://example.com/",
            "exact",
            "https://example.com",
            "cors.W053",
            "write 'https://example.com'.",
            id="trailing-slash",
        ),
        pytest.param(
            "https://example.com/app",
            "exact",
            "https://example.com",
            "cors.W053",
            "write 'https://example.com'.",
            id="path",
        ),
        pytest.param(
            "http://localhost:3000/*",
            "exact",
            "http://localhost:3000",
            "cors.W053",
            "write 'http://localhost:3000'.",
            id="path-glob",
        ),
        pytest.param(
            "https://*.example.com/",
            "wildcard",
            r"https://(?:[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?\.)+example\.com",
            "cors.W053",
            "write 'https://*.example.com'.",
            id="wildcard-trailing-slash",
        ),
        pytest.param(
            "Example.com",
            "exact",
            "example.com",
            "cors.W054",
            "write 'https://Example.com' (or 'http://…' for plain HTTP) to match a browser.",
            id="no-scheme",
        ),
        pytest.param(
            "https://a.com|https://b.com",
            "exact",
            "https://a.com|https://b.com",
            "cors.W054",
            "list each origin separately: origins=['https://a.com', 'https://b.com'].",
            id="pipe-list",
        ),
        pytest.param(
            "https://a*.example.com",
            "pattern",
            "https://a*.example.com",
            "cors.W061",
            "for any subdomain write 'https://*.example.com'; for a regular expression escape the dots and say what repeats, e.g. r'https://[a-z0-9-]+\\.example\\.com'.",
            id="partial-label-wildcard",
        ),
        pytest.param(
            "https://*.com",
            "pattern",
            "https://*.com",
            "cors.W061",
            "name the registrable domain, e.g. 'https://*.example.com'.",
            id="wildcard-over-a-top-level-domain",
        ),
    ],
)
def test_odd_origin_is_read_as_meant_with_a_warning(value: str, kind: str, text: str, code: str, hint: str) -> None:
    problems: list[Problem] = []
    rule = classify_origin(value, problems)
    assert rule is not None and (rule.kind, rule.source, rule.text) == (kind, value, text)
    assert [(p.code, p.hint) for p in problems] == [(code, hint)]


@pytest.mark.parametrize(
    ("value", "code", "hint"),
    [
        pytest.param("(", "cors.E005", "check the pattern, or list exact origins instead.", id="bad-regex"),
        pytest.param(
            "*.example.com",
            "cors.E005",
            "for any subdomain write 'https://*.example.com'; for a regular expression escape the dots and say what repeats, e.g. r'https://[a-z0-9-]+\\.example\\.com'.",
            id="wildcard-without-scheme-is-an-invalid-regex",
        ),
        pytest.param(b"https://a.com", "cors.W052", "pass origins as a string or a list of strings.", id="bytes"),
    ],
)
def test_unreadable_origin_matches_nothing(value: Any, code: str, hint: str) -> None:
    problems: list[Problem] = []
    assert classify_origin(value, problems) is None
    assert [(p.code, p.hint) for p in problems] == [(code, hint)]


def test_regex_with_unescaped_dot_is_read_as_a_pattern_and_left_to_the_probe() -> None:
    problems: list[Problem] = []
    rule = classify_origin("https://.*.example.com", problems)
    assert rule is not None and rule.kind == "pattern"
    assert problems == []


def test_regex_with_escaped_dots_and_classes_does_not_warn() -> None:
    problems: list[Problem] = []
    classify_origin(r"https://[a-z.]+\.example\.com(:\d+)?", problems)
    assert problems == []


@pytest.mark.parametrize(
    ("configured", "origin", "allowed"),
    [
        ("https://example.com", "https://example.com", True),
        ("https://example.com", "https://EXAMPLE.com", True),
        ("https://example.com", "http://example.com", False),
        ("https://example.com", "https://example.com:8443", False),
        ("https://example.com:443", "https://example.com", True),
        ("https://example.com", "https://example.com.evil.net", False),
        ("https://example.com", "https://evilexample.com", False),
        ("https://*.example.com", "https://a.example.com", True),
        ("https://*.example.com", "https://a.b.example.com", True),
        ("https://*.example.com", "https://example.com", False),
        ("https://*.example.com", "https://zexample.com", False),
        ("https://*.example.com", "https://evil-example.com", False),
        ("https://*.example.com", "https://a.example.com.evil.net", False),
        ("https://*.example.com", "http://a.example.com", False),
        ("https://*.example.com", "https://a.example.com:8443", True),
        ("http://localhost:*", "http://localhost:5173", True),
        ("http://localhost:*", "http://localhost", True),
        ("http://localhost:*", "http://localhost.evil.net:80", False),
        (r"https://.*\.example\.com", "https://a.example.com", True),
        (r"https://.*\.example\.com", "https://a.example.com.evil.net", False),
        (r"https://app\.example\.com", "https://app.example.com.evil.net", False),
        (r"https://app\.example\.com", "https://APP.example.com", True),
        (re.compile(r"https://app\.example\.com"), "https://app.example.com.evil.net", False),
        (re.compile(r"https://app\.example\.com"), "https://app.example.com", True),
        # A pattern that names no port allows every port of its hosts; one that names a port
        # requires it; exact origins always compare the port.
        (r"http://.*\.example\.localhost", "http://app.example.localhost:5173", True),
        (r"http://.*\.example\.localhost", "http://app.example.localhost.evil.net:5173", False),
        (r"http://.*\.example\.localhost", "http://app.example.localhost:5173.evil.net", False),
        (r"http://.*\.example\.localhost", "http://app.example.localhost:", False),
        (r"http://app\.example\.localhost:8080", "http://app.example.localhost:5173", False),
        (r"http://app\.example\.localhost:8080", "http://app.example.localhost:8080", True),
        (re.compile(r"https://app\.example\.com"), "https://app.example.com:8443", True),
        ("https://app.example.com", "https://app.example.com:8443", False),
        ("http://localhost", "http://localhost:5173", False),
        # Values that are not serialised origins are compared as they are.
        (r".*\.example\.com", "www.example.com", True),
        (r".*\.example\.com", "www.example.com:8080", True),
        ("https://www.example.com", "www.example.com", False),
        ("null", "null", True),
        ("https://example.com", "null", False),
        (r"https://.*", "null", False),
    ],
)
def test_origin_matching(configured: Any, origin: str, allowed: bool) -> None:
    assert matcher(configured).allows(origin, credentials=False) is allowed


def test_any_origin_allows_null_only_without_credentials() -> None:
    any_origin = matcher("*")
    assert any_origin.allows("null", credentials=False) is True
    assert any_origin.allows("null", credentials=True) is False
    assert matcher("*", "null").allows("null", credentials=True) is True


def test_predicate_is_asked_and_its_errors_mean_no(caplog: pytest.LogCaptureFixture) -> None:
    def only_internal(origin: str) -> bool:
        if origin == "https://boom.example":
            raise RuntimeError("bug in predicate")
        return origin.endswith(".internal.example")

    m = matcher(only_internal)
    assert m.allows("https://a.internal.example", credentials=True) is True
    assert m.allows("https://a.example", credentials=True) is False
    assert m.allows("https://boom.example", credentials=True) is False
    assert [r.levelname for r in caplog.records] == ["ERROR"]
    assert m.allows("null", credentials=False) is False


def test_undeclared_predicate_makes_the_matcher_ask_each_time() -> None:
    declared = origin_only(str.isascii)
    assert (matcher(str.isascii).asks_each_time, matcher(declared).asks_each_time) == (True, False)
    assert (matcher(declared, str.isascii).asks_each_time, matcher("https://a.example").asks_each_time) == (True, False)
    problems: list[Problem] = []
    rule = classify_origin(declared, problems)
    assert (rule, problems) == (OriginRule("predicate", declared), [])
    assert rule.describe() == "predicate origin_only(str.isascii)"  # type: ignore[union-attr]


def test_predicate_must_return_true_not_just_truthy() -> None:
    assert matcher(lambda origin: "yes").allows("https://a.example", credentials=False) is False


def test_many_exact_origins_are_one_set_and_patterns_one_regex() -> None:
    m = matcher(*[f"https://host{i}.example" for i in range(1000)], r"https://a\.example", "https://*.b.example")
    assert len(m.exact) == 1000
    assert m.patterns is not None and m.patterns.whole is not None
    assert m.patterns.separate == ()
    assert m.allows("https://host999.example", credentials=False) is True
    assert m.allows("https://x.b.example", credentials=False) is True


def test_inline_flags_fall_back_to_separate_patterns() -> None:
    m = matcher(r"(?i)https://a\.example", r"https://b\.example")
    assert m.patterns is not None and m.patterns.whole is not None
    assert len(m.patterns.separate) == 1
    assert m.allows("https://b.example", credentials=False) is True
    assert m.allows("https://A.example", credentials=False) is True


@pytest.mark.parametrize(
    ("origin", "valid"),
    [
        ("https://example.com", True),
        ("http://127.0.0.1:5000", True),
        ("null", True),
        # Not serialised origins, but one visible-ASCII token: compared like flask-cors does.
        ("www.example.com", True),
        ("foo.com", True),
        ("https://example.com/", True),
        ("https://user@example.com", True),
        ("**", True),
        ("x" * 2048, True),
        # The wildcard alone: echoed, it would answer "*" (with credentials too).
        ("*", False),
        # Hostile: refused, never compared or reflected.
        ("https://a.com, https://b.com", False),
        ("https://a.com,", False),
        ("https://exa mple.com", False),
        ("https://example.com\t", False),
        ("https://example.com\r\nSet-Cookie: x=1", False),
        ("https://example.com\x00", False),
        ("https://example.com\x7f", False),
        ("https://exämple.com", False),
        ("", False),
        ("x" * 2049, False),
    ],
)
def test_request_origin_syntax(origin: str, valid: bool) -> None:
    assert is_valid_request_origin(origin) is valid


@pytest.mark.parametrize(
    ("origin", "loopback"),
    [
        ("http://localhost", True),
        ("http://localhost:5173", True),
        ("http://LocalHost.:5173", True),
        ("http://api.localhost:5000", True),
        ("http://127.0.0.1", True),
        ("http://127.8.9.10:8000", True),
        ("http://[::1]:3000", True),
        ("http://[0:0:0:0:0:0:0:1]", True),
        ("ws://127.0.0.1:8765", True),
        ("http://127.evil.example", False),
        ("http://127.0.0.1.evil.example:5000", False),
        ("http://localhost.evil.example", False),
        ("http://evil.example/.localhost", False),
        ("http://128.0.0.1", False),
        ("http://[::2]:3000", False),
        ("http://192.168.1.10", False),
    ],
)
def test_loopback_is_localhost_names_and_loopback_addresses_only(origin: str, loopback: bool) -> None:
    assert is_loopback(origin) is loopback


def test_loopback_host_takes_bare_and_bracketed_ipv6() -> None:
    assert (is_loopback_host("::1"), is_loopback_host("[::1]"), is_loopback_host("::ffff:7f00:1")) == (
        True,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("texts", "joined", "alone"),
    [
        pytest.param([r"a\.x", r"b(c)?\.x"], [r"a\.x", r"b(c)?\.x"], [], id="plain-patterns-share-one-alternation"),
        pytest.param([r"(?P<n>a)", r"(?P<n>b)", r"(?P<m>c)"], ["(?P<n>a)", "(?P<m>c)"], ["(?P<n>b)"], id="same-name"),
        pytest.param([r"(x)", r"(a|b)\1"], ["(x)"], [r"(a|b)\1"], id="numbered-backreference"),
        pytest.param([r"(?P<n>a)(?P=n)"], [], ["(?P<n>a)(?P=n)"], id="named-backreference"),
        pytest.param([r"(a)?(?(1)b|c)"], [], [r"(a)?(?(1)b|c)"], id="conditional"),
        pytest.param([r"(?i)a", "b"], ["b"], ["(?i)a"], id="global-flags"),
        pytest.param([], [], [], id="nothing"),
    ],
)
def test_join_patterns_keeps_each_pattern_meaning(texts: list[str], joined: list[str], alone: list[str]) -> None:
    combined, separate = join_patterns(texts, re.IGNORECASE)
    expected = "|".join(f"(?:{t})" for t in joined) if joined else None
    assert (combined.pattern if combined is not None else None, [p.pattern for p in separate]) == (expected, alone)
    assert all(p.flags & re.IGNORECASE for p in separate)
