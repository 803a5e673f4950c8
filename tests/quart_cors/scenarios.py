"""Scenarios in quart-cors's terms (runner.py translates them to ours), and the differences we mean.

Each difference names the section of docs/quart.md that explains it; every other scenario must get
the same answer from both packages.
"""

from __future__ import annotations

from typing import Any

A = "https://app.example.com"
B = "https://partner.example"
EVIL = "https://evil.example"


def req(method: str, path: str = "/", origin: str | None = A, **headers: str) -> dict[str, Any]:
    sent = {name.replace("_", "-"): value for name, value in headers.items()}
    if origin is not None:
        sent["Origin"] = origin
    return {"method": method, "path": path, "headers": sent}


def preflight(path: str = "/", origin: str = A, method: str = "PUT", names: str | None = None) -> dict[str, Any]:
    extra = {"Access_Control_Request_Method": method}
    if names is not None:
        extra["Access_Control_Request_Headers"] = names
    return req("OPTIONS", path, origin, **extra)


def handshake(path: str = "/ws", origin: str | None = A, **headers: str) -> dict[str, Any]:
    return {**req("GET", path, origin, **headers), "websocket": True}


LISTED = {"allow_origin": [A, B]}
SCENARIOS: list[dict[str, Any]] = [
    # allow_origin
    {"id": "default/get", "setup": {"cors": {}}, "request": req("GET")},
    {"id": "default/no-origin", "setup": {"cors": {}}, "request": req("GET", origin=None)},
    {"id": "default/preflight", "setup": {"cors": {}}, "request": preflight(names="content-type")},
    {
        "id": "wildcard-explicit/get",
        "setup": {"cors": {"allow_origin": "*", "send_origin_wildcard": True}},
        "request": req("GET"),
    },
    {"id": "listed/get-allowed", "setup": {"cors": LISTED}, "request": req("GET")},
    {"id": "listed/get-refused", "setup": {"cors": LISTED}, "request": req("GET", origin=EVIL)},
    {"id": "listed/no-origin", "setup": {"cors": LISTED}, "request": req("GET", origin=None)},
    {"id": "listed/preflight-allowed", "setup": {"cors": LISTED}, "request": preflight(names="x-token")},
    {"id": "listed/preflight-refused", "setup": {"cors": LISTED}, "request": preflight(origin=EVIL)},
    {"id": "listed/error", "setup": {"cors": LISTED}, "request": req("GET", "/forbidden")},
    {
        "id": "regex/allowed",
        "setup": {"cors": {"allow_origin": [{"regex": r"https://.*\.example\.com"}]}},
        "request": req("GET"),
    },
    {
        "id": "regex/suffix-attack",
        "setup": {"cors": {"allow_origin": [{"regex": r"https://.*\.example\.com"}]}},
        "request": req("GET", origin="https://app.example.com.evil.example"),
    },
    # allow_credentials
    {
        "id": "credentials/listed",
        "setup": {"cors": {**LISTED, "allow_credentials": True}},
        "request": req("GET"),
    },
    {
        "id": "credentials/listed-preflight",
        "setup": {"cors": {**LISTED, "allow_credentials": True}},
        "request": preflight(names="content-type"),
    },
    {"id": "credentials/any-origin", "setup": {"cors": {"allow_credentials": True}}, "request": req("GET")},
    # allow_methods
    {
        "id": "methods/allowed",
        "setup": {"cors": {**LISTED, "allow_methods": ["GET", "PUT"]}},
        "request": preflight(method="PUT"),
    },
    {
        "id": "methods/refused",
        "setup": {"cors": {**LISTED, "allow_methods": ["GET", "PUT"]}},
        "request": preflight(method="DELETE"),
    },
    # allow_headers
    {
        "id": "headers/listed",
        "setup": {"cors": {**LISTED, "allow_headers": ["X-Token"]}},
        "request": preflight(names="x-token"),
    },
    {
        "id": "headers/unlisted",
        "setup": {"cors": {**LISTED, "allow_headers": ["X-Token"]}},
        "request": preflight(names="x-other"),
    },
    # expose_headers, max_age
    {
        "id": "expose/listed",
        "setup": {"cors": {**LISTED, "expose_headers": ["X-Total-Count"]}},
        "request": req("GET"),
    },
    {"id": "max-age/preflight", "setup": {"cors": {**LISTED, "max_age": 600}}, "request": preflight()},
    {
        "id": "max-age/timedelta",
        "setup": {"cors": {**LISTED, "max_age": {"seconds": 300}}},
        "request": preflight(),
    },
    # send_origin_wildcard
    {
        "id": "send-wildcard-false/get",
        "setup": {"cors": {"send_origin_wildcard": False}},
        "request": req("GET"),
    },
    # config keys
    {
        "id": "config/origin",
        "setup": {"config": {"QUART_CORS_ALLOW_ORIGIN": [A]}, "cors": {}},
        "request": req("GET"),
    },
    # route_cors
    {"id": "route/get", "setup": {"route": LISTED}, "request": req("GET", "/view")},
    {"id": "route/refused", "setup": {"route": LISTED}, "request": req("GET", "/view", origin=EVIL)},
    {"id": "route/preflight", "setup": {"route": LISTED}, "request": preflight("/view")},
    {"id": "route/not-covered", "setup": {"route": LISTED}, "request": req("GET", "/")},
    # cors_exempt
    {"id": "exempt/get", "setup": {"cors": LISTED, "exempt": True}, "request": req("GET", "/exempt")},
    # preflights behind an authentication hook
    {"id": "auth-hook/preflight", "setup": {"cors": LISTED, "auth_hook": True}, "request": preflight()},
    {"id": "auth-hook/refused-request", "setup": {"cors": LISTED, "auth_hook": True}, "request": req("PUT")},
    # websocket_cors and the app-wide guard
    {"id": "ws/app-allowed", "setup": {"cors": LISTED}, "request": handshake()},
    {"id": "ws/app-refused", "setup": {"cors": LISTED}, "request": handshake(origin=EVIL)},
    {"id": "ws/app-no-origin", "setup": {"cors": LISTED}, "request": handshake(origin=None)},
    {
        "id": "ws/app-same-origin",
        "setup": {"cors": LISTED},
        "request": handshake(origin="http://api.example.com", Host="api.example.com"),
    },
    {"id": "ws/app-cookie", "setup": {"cors": LISTED}, "request": handshake(Cookie="session=1")},
    {"id": "ws/default-any-origin", "setup": {"cors": {}}, "request": handshake(origin=EVIL)},
    {"id": "ws/decorator-allowed", "setup": {"websocket": LISTED}, "request": handshake("/wsview")},
    {"id": "ws/decorator-refused", "setup": {"websocket": LISTED}, "request": handshake("/wsview", origin=EVIL)},
]

#: id -> (section of docs/quart.md, ours, quart-cors's), after :func:`set_aside`.
INTENDED: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "default/get": (
        "allow_origin",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "default/no-origin": (
        "requests-without-origin",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Vary": ["Origin"]}},
    ),
    "default/preflight": (
        "allow_origin",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
            },
        },
    ),
    "listed/no-origin": (
        "requests-without-origin",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Vary": ["Origin"]}},
    ),
    "regex/suffix-attack": (
        "regular-expressions",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://app.example.com.evil.example"], "Vary": ["Origin"]},
        },
    ),
    "credentials/any-origin": (
        "allow_credentials",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {"status": 500},
    ),
    "send-wildcard-false/get": (
        "send_origin_wildcard",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "auth-hook/preflight": (
        "preflights-before-hooks",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 401,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "ws/app-refused": ("websocket_cors", {"status": 403, "headers": {"Vary": ["Origin"]}}, {"status": 400}),
    "ws/app-no-origin": ("websocket_cors", {"status": 101}, {"status": 400}),
    "ws/app-same-origin": ("websocket_cors", {"status": 101}, {"status": 400}),
    "ws/app-cookie": ("websocket_cors", {"status": 403, "headers": {"Vary": ["Origin"]}}, {"status": 101}),
    "ws/decorator-refused": ("websocket_cors", {"status": 403, "headers": {"Vary": ["Origin"]}}, {"status": 400}),
}


def _vary_origin_only(values: list[str]) -> list[str]:
    items = [item.strip() for value in values for item in value.split(",")]
    return [", ".join(item for item in items if not item.startswith("Access-Control-Request-"))]


def set_aside(ours: dict[str, Any], theirs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both answers without the differences every answer shows, each a section of docs/quart.md:

    * ``expose_headers``: quart-cors sends ``Access-Control-Expose-Headers: ""`` (two quote marks)
      when nothing is exposed; we send no field;
    * ``allow_headers``: quart-cors sends an empty ``Access-Control-Allow-Headers`` when it grants
      no requested header; we send no field;
    * ``allow_methods``: the same methods, ours sorted (as flask-cors sends them), quart-cors's in
      the order written;
    * ``Vary``: our preflight answers also vary on the request headers they echo.
    """
    ours = {**ours, "headers": dict(ours.get("headers", {}))}
    theirs = {**theirs, "headers": dict(theirs.get("headers", {}))}
    if theirs["headers"].get("Access-Control-Expose-Headers") == ['""']:
        del theirs["headers"]["Access-Control-Expose-Headers"]
    if theirs["headers"].get("Access-Control-Allow-Headers") == [""]:
        del theirs["headers"]["Access-Control-Allow-Headers"]
    for answer in (ours, theirs):
        methods = answer["headers"].get("Access-Control-Allow-Methods")
        if methods is not None:
            answer["headers"]["Access-Control-Allow-Methods"] = sorted(
                item.strip() for value in methods for item in value.split(",")
            )
    if "Vary" in ours["headers"]:
        ours["headers"]["Vary"] = _vary_origin_only(ours["headers"]["Vary"])
    if not ours["headers"]:
        del ours["headers"]
    if not theirs["headers"]:
        del theirs["headers"]
    return ours, theirs
