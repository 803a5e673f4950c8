"""Access-Control-Request-Headers parsing and header-name matching."""

from __future__ import annotations

import re

import pytest

from flask_cors._errors import Problem
from flask_cors._headers import compile_headers, parse_request_headers
from flask_cors._spec import MAX_REQUEST_HEADERS_COUNT, MAX_REQUEST_HEADERS_LENGTH


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # As sent, stripped, empty items kept: the answer echoes them as flask-cors does.
        ("x-token", ("x-token",)),
        ("X-Token, Content-Type", ("X-Token", "Content-Type")),
        (" x-a ,\tx-b ", ("x-a", "x-b")),
        ("x-a,,x-b,", ("x-a", "", "x-b", "")),
        ("", ("",)),
        ("x a", ("x a",)),
        ("x-a;b", ("x-a;b",)),
        # Refused: characters that could do harm when echoed or logged.
        ("x-a, ünïcode", None),
        ("x-a\r\nset-cookie: 1", None),
        ("x-a\x00", None),
    ],
)
def test_parse_request_headers(value: str, names: tuple[str, ...] | None) -> None:
    assert parse_request_headers(value) == names


def test_parse_refuses_oversize_input_without_splitting_it() -> None:
    assert parse_request_headers("a" * (MAX_REQUEST_HEADERS_LENGTH + 1)) is None
    assert parse_request_headers("," * (1 << 20)) is None
    assert parse_request_headers(",".join(["x"] * MAX_REQUEST_HEADERS_COUNT)) == ("x",) * MAX_REQUEST_HEADERS_COUNT
    assert parse_request_headers(",".join(["x"] * (MAX_REQUEST_HEADERS_COUNT + 1))) is None


def test_header_matcher_is_case_insensitive_and_patterns_match_whole_names() -> None:
    problems: list[Problem] = []
    matcher = compile_headers(("X-Token", r"X-Trace-\d+", re.compile("x-b3-.*")), "allow_headers", problems)
    assert problems == []
    assert [matcher.allows(n) for n in ("x-token", "x-trace-12", "x-trace-12a", "x-b3-id", "x-tok")] == [
        True,
        True,
        False,
        True,
        False,
    ]
    assert compile_headers(("*",), "allow_headers", problems).allows("authorization") is True
