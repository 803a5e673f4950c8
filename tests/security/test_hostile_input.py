"""Hostile sizes and characters: refused, never a 500, never an allow the configuration lacks.

No timings here: bounded work is asserted by what is (not) done, e.g. oversize header lists are
refused before they are split. The time they take is measured in docs/security.md.
"""

from __future__ import annotations

import pytest

from flask_cors._headers import parse_request_headers
from flask_cors._spec import MAX_ORIGIN_LENGTH, MAX_REQUEST_HEADERS_COUNT, MAX_REQUEST_HEADERS_LENGTH
from tests.helpers import build_app, cors_headers

pytestmark = pytest.mark.security

SITE = "https://example.com"


def send(method: str = "GET", **environ: str) -> tuple[int, dict[str, str]]:
    client = build_app(origins=[SITE, "https://*.example.org"]).test_client()
    response = client.open("/", method=method, environ_overrides=environ)
    return response.status_code, cors_headers(response)


@pytest.mark.parametrize(
    "origin",
    [
        "https://" + "a" * 8192 + ".example.org",
        "https://" + "a." * 4000 + "example.org",
        SITE + "\x00",
        SITE + "\r\nSet-Cookie: a=b",
        SITE + "\t",
        "https://exämple.com",
        "https://example.com\u2028",
        f"{SITE}, {SITE}",
        f"{SITE} {SITE}",
        "",
        "\x7f",
    ],
)
def test_hostile_origin_is_refused_without_error(origin: str) -> None:
    assert send(HTTP_ORIGIN=origin) == (200, {"Vary": "Origin"})


def test_origin_length_bound_sits_above_any_real_origin() -> None:
    longest_dns_name = "a" * 63 + "." + "b" * 63 + "." + "c" * 63 + "." + "d" * 61
    assert len(f"https://{longest_dns_name}:65535") < MAX_ORIGIN_LENGTH


@pytest.mark.parametrize(
    "value",
    [
        "," * (1 << 20),
        ", ".join(f"x-h{i}" for i in range(10_000)),
        "x" * (MAX_REQUEST_HEADERS_LENGTH + 1),
        "x-a, " * (MAX_REQUEST_HEADERS_COUNT + 1),
        "x-a\x00",
        "x-ä",
    ],
)
def test_hostile_request_headers_are_refused(value: str) -> None:
    assert parse_request_headers(value) is None
    status, headers = send(
        "OPTIONS", HTTP_ORIGIN=SITE, HTTP_ACCESS_CONTROL_REQUEST_METHOD="PUT", HTTP_ACCESS_CONTROL_REQUEST_HEADERS=value
    )
    assert (status, headers) == (200, {"Vary": "Origin, Access-Control-Request-Headers"})


def test_many_repeated_request_headers_fold_into_a_refusal() -> None:
    # A WSGI server joins repeated headers with ", "; thousands of Origin headers become one value.
    folded = ", ".join([SITE] * 5000)
    assert send(HTTP_ORIGIN=folded) == (200, {"Vary": "Origin"})
    many_names = ", ".join(["x-a"] * 5000)
    assert send(
        "OPTIONS",
        HTTP_ORIGIN=SITE,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="PUT",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=many_names,
    ) == (200, {"Vary": "Origin, Access-Control-Request-Headers"})


@pytest.mark.parametrize("method", ["PUT\r\nX: y", "ÄÖ", "P" * 10_000, "", "*"])
def test_hostile_request_method_is_never_granted_nor_echoed(method: str) -> None:
    # The origin is allowed, so the answer names it, as flask-cors's does; the method is granted
    # nothing (no Access-Control-Allow-Methods), so the browser refuses the preflight.
    status, headers = send("OPTIONS", HTTP_ORIGIN=SITE, HTTP_ACCESS_CONTROL_REQUEST_METHOD=method)
    vary = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
    assert (status, headers) == (200, {"Access-Control-Allow-Origin": SITE, "Vary": vary})


def test_memo_of_decisions_is_bounded() -> None:
    app = build_app(origins=[SITE])
    client = app.test_client()
    for i in range(2000):
        client.get("/", headers={"Origin": f"https://attacker{i}.example"})
    policy = app.extensions["cors"].tables[0].lookup("/").policy
    assert len(policy.actual_memo) == 512


def test_memo_of_selected_policies_is_bounded() -> None:
    """Every distinct path a client invents (404s included) is looked up, but at most 512 are kept."""
    app = build_app(origins=[SITE])
    client = app.test_client()
    for i in range(2000):
        assert client.get(f"/nowhere/{i}", headers={"Origin": SITE}).headers["Access-Control-Allow-Origin"] == SITE
    assert len(app.extensions["cors"]._selected) == 512
