"""The benchmark scenarios: one app configuration and one request each.

Shared by the worker (which builds and times them) and the orchestrator (which labels them).
Plain stdlib, so it imports under every implementation's interpreter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORIGIN = "https://app.example.com"
PREFLIGHT_HEADERS = {
    "Origin": ORIGIN,
    "Access-Control-Request-Method": "PUT",
    "Access-Control-Request-Headers": "content-type, x-request-id, x-token",
}


def exact_origins(count: int) -> list[str]:
    """``count`` exact origins, the requested one last."""
    return [f"https://host{i}.example.com" for i in range(count - 1)] + [ORIGIN]


def regex_origins(count: int) -> list[str]:
    """``count`` regex origins, the one that matches the request last."""
    return [rf"https://tenant{i}\.example\.org" for i in range(count - 1)] + [r"https://app\.example\.com"]


@dataclass(frozen=True)
class Scenario:
    name: str
    label: str
    options: dict[str, Any] = field(default_factory=dict)
    method: str = "GET"
    path: str = "/api/v499/items"
    route: str = "/api/v499/items"
    headers: dict[str, str] = field(default_factory=lambda: {"Origin": ORIGIN})
    decorator: bool = False
    #: Instead of a CORS layer: one empty before_request hook and one after_request hook writing two
    #: fixed headers, the least any CORS layer built on Flask's public hooks can cost.
    floor: bool = False
    #: Whether our answer is meant to be identical to flask-cors's (see docs/differences.md).
    same_headers: bool = True


SCENARIOS = [
    Scenario("floor", "floor: two hooks writing two fixed headers, no CORS logic", floor=True),
    Scenario("get", "`CORS(app)`, GET with Origin", same_headers=True),
    Scenario("preflight", "preflight, PUT + 3 request headers", method="OPTIONS", headers=PREFLIGHT_HEADERS),
    Scenario("origins-1", "1 exact origin", {"origins": exact_origins(1)}, same_headers=False),
    Scenario("origins-100", "100 exact origins", {"origins": exact_origins(100)}),
    Scenario("origins-10000", "10,000 exact origins", {"origins": exact_origins(10_000)}),
    Scenario("resources-1", "1 resource pattern", {"resources": {r"/api/v499/.*": {}}}),
    Scenario("resources-500", "500 resource patterns", {"resources": {rf"/api/v{i}/.*": {} for i in range(500)}}),
    Scenario(
        "resources-500-literal",
        "500 literal resource paths",
        {"resources": {f"/api/v{i}/items": {} for i in range(500)}},
    ),
    Scenario("decorator", "`@cross_origin()`", decorator=True),
    Scenario(
        "preflight-credentials",
        "preflight with credentials, 2 origins",
        {"origins": exact_origins(2), "supports_credentials": True},
        method="OPTIONS",
        headers=PREFLIGHT_HEADERS,
        same_headers=False,
    ),
    Scenario("regex-1", "1 regex origin", {"origins": regex_origins(1)}),
    Scenario("regex-50", "50 regex origins", {"origins": regex_origins(50)}),
    Scenario(
        "regex-50-credentials",
        "preflight with credentials, 50 regex origins (the site rule)",
        {"origins": regex_origins(50), "supports_credentials": True},
        method="OPTIONS",
        headers=PREFLIGHT_HEADERS,
        same_headers=False,
    ),
    Scenario("no-origin", "no Origin header", headers={}, same_headers=False),
    Scenario(
        "refused",
        "refused origin",
        {"origins": exact_origins(2)},
        headers={"Origin": "https://evil.example.net"},
        same_headers=False,
    ),
]


def startup_options() -> dict[str, Any]:
    """10,000 exact origins x 500 resource patterns, configured the way a user would."""
    return {"origins": exact_origins(10_000), "resources": {rf"/api/v{i}/.*": {} for i in range(500)}}
