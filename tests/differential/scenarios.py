"""The differential table: configurations crossed with the requests that tell them apart.

Every configuration here is one both packages accept (configurations we refuse at start-up are
tested in tests/flask and tests/core). Each scenario is one app and one request, as plain data.
"""

from __future__ import annotations

from typing import Any

from tests.differential.corpus import CORPUS

A = "https://app.example.com"
C = "https://admin.example.com"
EVIL = "https://evil.example.net"


def req(method: str, path: str = "/", origin: str | None = A, **headers: str) -> dict[str, Any]:
    sent = {"Origin": origin} if origin is not None else {}
    sent.update({name.replace("_", "-"): value for name, value in headers.items()})
    return {"method": method, "path": path, "headers": sent}


GET_ALLOWED = req("GET")
GET_REFUSED = req("GET", origin=EVIL)
GET_NO_ORIGIN = req("GET", origin=None)
PREFLIGHT = req("OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="x-custom")
PREFLIGHT_REFUSED = req("OPTIONS", origin=EVIL, Access_Control_Request_Method="PUT")
OPTIONS_PLAIN = req("OPTIONS")

#: Requests run against every configuration in BASIC.
BATTERY = {
    "get": GET_ALLOWED,
    "get-refused": GET_REFUSED,
    "get-no-origin": GET_NO_ORIGIN,
    "preflight": PREFLIGHT,
    "preflight-refused": PREFLIGHT_REFUSED,
}

#: Configurations given to CORS(app, ...), checked with the whole battery.
BASIC: dict[str, dict[str, Any]] = {
    "default": {},
    "send-wildcard": {"send_wildcard": True},
    "single-origin": {"origins": A},
    "origin-list": {"origins": [A, C]},
    "regex-origin": {"origins": r"https://(app|admin)\.example\.com"},
    "compiled-origin": {"origins": {"regex": r"https://app\.example\.com"}},
    "credentials-list": {"origins": [A], "supports_credentials": True},
    "always-send-off": {"always_send": False},
    "vary-off": {"origins": [A, C], "vary_header": False},
    "methods-list": {"methods": ["GET", "PUT"]},
    "allow-headers-list": {"allow_headers": ["X-Custom", "Content-Type"]},
    "expose-headers": {"expose_headers": ["X-Total", "X-Page"]},
    "max-age": {"max_age": 600},
}


def _basic() -> list[dict[str, Any]]:
    return [
        {"id": f"{name}/{request_name}", "setup": {"cors": options}, "request": request}
        for name, options in BASIC.items()
        for request_name, request in BATTERY.items()
    ]


#: Single scenarios: one configuration, one request that exercises it.
SPECIFIC: list[dict[str, Any]] = [
    {"id": "default/options-without-request-method", "setup": {"cors": {}}, "request": OPTIONS_PLAIN},
    {"id": "default/null-origin", "setup": {"cors": {}}, "request": req("GET", origin="null")},
    {
        "id": "default/preflight-two-headers",
        "setup": {"cors": {}},
        "request": req("OPTIONS", Access_Control_Request_Method="DELETE", Access_Control_Request_Headers="x-b, x-a"),
    },
    {
        "id": "default/preflight-no-origin",
        "setup": {"cors": {}},
        "request": req("OPTIONS", origin=None, Access_Control_Request_Method="PUT"),
    },
    {"id": "credentials-any/get", "setup": {"cors": {"supports_credentials": True}}, "request": GET_ALLOWED},
    {
        "id": "credentials-any/null-origin",
        "setup": {"cors": {"supports_credentials": True}},
        "request": req("GET", origin="null"),
    },
    {
        "id": "credentials-any/get-no-origin",
        "setup": {"cors": {"supports_credentials": True}},
        "request": GET_NO_ORIGIN,
    },
    {
        "id": "credentials-list/preflight-credentials",
        "setup": {"cors": {"origins": [A], "supports_credentials": True, "max_age": 5}},
        "request": req("OPTIONS", Access_Control_Request_Method="POST", Access_Control_Request_Headers="content-type"),
    },
    {
        "id": "regex-origin/suffix-attack",
        "setup": {"cors": {"origins": r"https://app\.example\.com"}},
        "request": req("GET", origin="https://app.example.com.evil.net"),
    },
    {
        "id": "wildcard-string/lookalike",
        "setup": {"cors": {"origins": "https://*.example.com"}},
        "request": req("GET", origin="https://zexample.com"),
    },
    {
        "id": "wildcard-string/subdomain",
        "setup": {"cors": {"origins": "https://*.example.com"}},
        "request": GET_ALLOWED,
    },
    {
        "id": "regex-dot-star/subdomain",
        "setup": {"cors": {"origins": r"https://.*\.example\.com"}},
        "request": GET_ALLOWED,
    },
    {"id": "origin-case/upper", "setup": {"cors": {"origins": "HTTPS://APP.EXAMPLE.COM"}}, "request": GET_ALLOWED},
    {
        "id": "origin-default-port/listed-443",
        "setup": {"cors": {"origins": "https://app.example.com:443"}},
        "request": GET_ALLOWED,
    },
    {"id": "origin-string-with-comma", "setup": {"cors": {"origins": f"{C}, {A}"}}, "request": GET_ALLOWED},
    {"id": "methods-string/preflight-put", "setup": {"cors": {"methods": "GET, PUT"}}, "request": PREFLIGHT},
    {
        "id": "methods-list/preflight-substring",
        "setup": {"cors": {"methods": ["GET", "PUT"]}},
        "request": req("OPTIONS", Access_Control_Request_Method="ET"),
    },
    {
        "id": "methods-list/preflight-lowercase",
        "setup": {"cors": {"methods": ["GET", "PUT"]}},
        "request": req("OPTIONS", Access_Control_Request_Method="put"),
    },
    {
        "id": "methods-list/preflight-delete",
        "setup": {"cors": {"methods": ["GET", "PUT"]}},
        "request": req("OPTIONS", Access_Control_Request_Method="DELETE"),
    },
    {
        "id": "allow-headers-list/unlisted-header",
        "setup": {"cors": {"allow_headers": ["X-Custom"]}},
        "request": req(
            "OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="x-custom, content-type"
        ),
    },
    {"id": "allow-headers-regex/match", "setup": {"cors": {"allow_headers": r"X-.*"}}, "request": PREFLIGHT},
    {
        "id": "allow-headers-star/authorization",
        "setup": {"cors": {}},
        "request": req("OPTIONS", Access_Control_Request_Method="GET", Access_Control_Request_Headers="authorization"),
    },
    {"id": "expose-header-string/preflight", "setup": {"cors": {"expose_headers": "X-Total"}}, "request": PREFLIGHT},
    {"id": "max-age-string/preflight", "setup": {"cors": {"max_age": "600"}}, "request": PREFLIGHT},
    {"id": "max-age-timedelta/preflight", "setup": {"cors": {"max_age": {"seconds": 3600}}}, "request": PREFLIGHT},
    {
        "id": "private-network-allowed/preflight",
        "setup": {"cors": {"allow_private_network": True}},
        "request": req("OPTIONS", Access_Control_Request_Method="GET", Access_Control_Request_Private_Network="true"),
    },
    {
        "id": "private-network-allowed/preflight-upper-case-true",
        "setup": {"cors": {"allow_private_network": True}},
        "request": req("OPTIONS", Access_Control_Request_Method="GET", Access_Control_Request_Private_Network="TRUE"),
    },
    {"id": "default/schemeless-origin", "setup": {"cors": {}}, "request": req("GET", origin="www.example.com")},
    {
        "id": "credentials-list/schemeless-origin",
        "setup": {"cors": {"origins": [A], "supports_credentials": True}},
        "request": req("GET", origin="app.example.com"),
    },
    {
        "id": "regex-without-port/dev-server-port",
        "setup": {"cors": {"origins": r"http://.*\.example\.localhost"}},
        "request": req("GET", origin="http://app.example.localhost:5173"),
    },
    {
        "id": "regex-without-port/suffix-lookalike",
        "setup": {"cors": {"origins": r"http://.*\.example\.localhost"}},
        "request": req("GET", origin="http://app.example.localhost.evil.net:5173"),
    },
    {
        "id": "private-network-default/preflight",
        "setup": {"cors": {}},
        "request": req("OPTIONS", Access_Control_Request_Method="GET", Access_Control_Request_Private_Network="true"),
    },
    {
        "id": "resources-dict/covered",
        "setup": {"cors": {"resources": {r"/api/*": {"origins": A}}}},
        "request": req("GET", "/api/items"),
    },
    {
        "id": "resources-dict/uncovered",
        "setup": {"cors": {"resources": {r"/api/*": {"origins": A}}}},
        "request": req("GET", "/"),
    },
    {
        "id": "resources-dict/segment-boundary",
        "setup": {"cors": {"resources": {r"/api/*": {}}}},
        "request": req("GET", "/apiv2/items"),
    },
    {
        "id": "resources-list/covered",
        "setup": {"cors": {"resources": [r"/api/.*"]}},
        "request": req("GET", "/api/items"),
    },
    {
        "id": "resources-literal/exact",
        "setup": {"cors": {"resources": "/api/items"}},
        "request": req("GET", "/api/items"),
    },
    {
        "id": "resources-specific-wins",
        "setup": {"cors": {"resources": {r"/*": {"origins": C}, r"/api/.*": {"origins": A}}}},
        "request": req("GET", "/api/items"),
    },
    {"id": "config/origins", "setup": {"config": {"CORS_ORIGINS": A}, "cors": {}}, "request": GET_ALLOWED},
    {
        "id": "config/credentials-and-max-age",
        "setup": {"config": {"CORS_ORIGINS": [A], "CORS_SUPPORTS_CREDENTIALS": True, "CORS_MAX_AGE": 30}, "cors": {}},
        "request": PREFLIGHT,
    },
    {
        "id": "config/kwargs-win",
        "setup": {"config": {"CORS_ORIGINS": C}, "cors": {"origins": A}},
        "request": GET_ALLOWED,
    },
    {"id": "config/init-app-wins", "setup": {"cors": {"origins": C}, "init": {"origins": A}}, "request": GET_ALLOWED},
    {"id": "decorator/get", "setup": {"decorator": {"origins": A}}, "request": req("GET", "/view")},
    {
        "id": "decorator/preflight",
        "setup": {"decorator": {"origins": A, "max_age": 60}},
        "request": req("OPTIONS", "/view", Access_Control_Request_Method="PUT"),
    },
    {"id": "decorator/undecorated-route", "setup": {"decorator": {"origins": A}}, "request": req("GET", "/")},
    {
        "id": "decorator-and-extension/view-wins",
        "setup": {"decorator": {"origins": A}, "cors": {"origins": C}},
        "request": req("GET", "/view"),
    },
    {"id": "blueprint/covered", "setup": {"blueprint": {"origins": A}}, "request": req("GET", "/bp/items")},
    {"id": "blueprint/app-route", "setup": {"blueprint": {"origins": A}}, "request": req("GET", "/")},
    {"id": "errors/404", "setup": {"cors": {"origins": A}}, "request": req("GET", "/missing")},
    {"id": "errors/abort-403", "setup": {"cors": {"origins": A}}, "request": req("GET", "/forbidden")},
    {"id": "errors/500", "setup": {"cors": {"origins": A}}, "request": req("GET", "/crash")},
    {"id": "errors/405", "setup": {"cors": {"origins": A}}, "request": req("DELETE", "/api/items")},
    {
        "id": "view-vary/merged",
        "setup": {"cors": {"origins": [A, C]}, "response_headers": {"Vary": "Accept-Encoding"}},
        "request": GET_ALLOWED,
    },
    {
        "id": "view-own-acao/kept",
        "setup": {"cors": {}, "response_headers": {"Access-Control-Allow-Origin": C}},
        "request": GET_ALLOWED,
    },
    {
        "id": "auth-hook/preflight",
        "setup": {"cors": {}, "auth_hook": True},
        "request": req("OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="authorization"),
    },
    {"id": "auth-hook/actual", "setup": {"cors": {}, "auth_hook": True}, "request": GET_ALLOWED},
    {
        "id": "decorator-auth-hook/preflight",
        "setup": {"decorator": {"origins": A}, "auth_hook": True},
        "request": req("OPTIONS", "/view", Access_Control_Request_Method="PUT"),
    },
    {
        "id": "decorator-auth-hook/actual",
        "setup": {"decorator": {"origins": A}, "auth_hook": True},
        "request": req("GET", "/view"),
    },
    {
        "id": "decorator/automatic-options-off/preflight",
        "setup": {"decorator": {"origins": A, "automatic_options": False}},
        "request": req("OPTIONS", "/view", Access_Control_Request_Method="PUT"),
    },
    {
        "id": "strict-slash/preflight",
        "setup": {"cors": {}},
        "request": req("OPTIONS", "/dir", Access_Control_Request_Method="PUT"),
    },
    {"id": "strict-slash/get", "setup": {"cors": {}}, "request": req("GET", "/dir")},
    {
        "id": "websocket/handshake-refused",
        "setup": {"cors": {"origins": A}},
        "request": req("GET", "/ws", origin=EVIL, Upgrade="websocket", Connection="Upgrade"),
    },
    {
        "id": "websocket/handshake-allowed",
        "setup": {"cors": {"origins": [A, C]}},
        "request": req("GET", "/ws", Upgrade="websocket", Connection="Upgrade"),
    },
]

#: The hand-written table, then the real-world corpus (corpus.py).
#: Issue 17: each configuration of its "Why", and one scenario per S or B section of
#: docs/differences.md that no other scenario shows.
DROPIN: list[dict[str, Any]] = [
    {
        "id": "dropin/misspelt-support-credentials",
        "setup": {"cors": {"support_credentials": True}},
        "request": GET_ALLOWED,
    },
    {
        "id": "dropin/trailing-slash-origin",
        "setup": {"cors": {"origins": ["http://localhost:3000/"]}},
        "request": req("GET", origin="http://localhost:3000"),
    },
    {
        "id": "dropin/origin-with-path",
        "setup": {"cors": {"origins": ["https://static.example.org/app/", A]}},
        "request": req("GET", origin="https://static.example.org"),
    },
    {
        "id": "dropin/origin-with-path-no-origin",
        "setup": {"cors": {"origins": ["http://localhost:3000/"]}},
        "request": GET_NO_ORIGIN,
    },
    {
        "id": "dropin/decorator-origin-and-headers-ignored",
        "setup": {"decorator": {"origin": "http://localhost:3000", "headers": ["Content-Type", "Authorization"]}},
        "request": req(
            "OPTIONS", "/view", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="authorization"
        ),
    },
    {
        "id": "dropin/schemeless-configured-origin",
        "setup": {"cors": {"origins": ["www.example.com"]}},
        "request": req("GET", origin="www.example.com"),
    },
    {"id": "dropin/resource-never-matches", "setup": {"cors": {"resources": "}"}}, "request": GET_ALLOWED},
    {
        "id": "dropin/expose-star-with-credentials",
        "setup": {"cors": {"expose_headers": "*", "supports_credentials": True, "origins": [A]}},
        "request": GET_ALLOWED,
    },
    {
        "id": "dropin/glob-v1",
        "setup": {"cors": {"resources": {r"/v1*": {}}}, "routes": ["/v1_legacy/items"]},
        "request": req("GET", "/v1_legacy/items"),
    },
    {
        "id": "dropin/glob-hooks",
        "setup": {"cors": {"resources": {r"/hooks_*": {"origins": A}}}, "routes": ["/hooks_github"]},
        "request": req("GET", "/hooks_github"),
    },
    {
        "id": "dropin/glob-error-response",
        "setup": {"cors": {"resources": {r"/v1*": {}}}, "routes": [{"path": "/v1_legacy/gone", "abort": 404}]},
        "request": req("GET", "/v1_legacy/gone"),
    },
    {
        "id": "dropin/header-echoed-in-its-case",
        "setup": {"cors": {}},
        "request": req("OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="X-Custom-Token"),
    },
    {
        "id": "dropin/one-unlisted-header",
        "setup": {"cors": {"allow_headers": ["Content-Type"]}},
        "request": req(
            "OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="Content-Type, X-Other"
        ),
    },
    {
        "id": "dropin/private-network-on-actual-request",
        "setup": {"cors": {"allow_private_network": True, "origins": [A]}},
        "request": req("GET", Access_Control_Request_Private_Network="true"),
    },
    {
        "id": "dropin/expose-headers-on-preflight",
        "setup": {"cors": {"expose_headers": ["X-Total", "X-Page"]}},
        "request": req("OPTIONS", Access_Control_Request_Method="PUT"),
    },
    {
        "id": "dropin/view-vary-kept-as-its-field",
        "setup": {"cors": {}, "response_headers": {"Vary": "Accept-Encoding"}},
        "request": GET_ALLOWED,
    },
    {
        "id": "dropin/json-array-config-string",
        "setup": {"config": {"CORS_ORIGINS": '["https://a.example.org", "https://b.example.org"]'}, "cors": {}},
        "request": req("GET", origin="https://b.example.org"),
    },
    {
        "id": "dropin/json-array-config-string-other-site",
        "setup": {
            "config": {"CORS_ORIGINS": '["https://a.example.org", "https://b.example.org"]'},
            "cors": {"supports_credentials": True},
        },
        "request": req("GET", origin=EVIL),
    },
    {
        "id": "dropin/json-array-resources",
        "setup": {"cors": {"resources": '["/api/*"]'}},
        "request": req("GET", "/dir/"),
    },
    {
        "id": "dropin/allow-headers-pattern-prefix",
        "setup": {"cors": {"allow_headers": [r"X-\w+"]}},
        "request": req("OPTIONS", Access_Control_Request_Method="PUT", Access_Control_Request_Headers="x-a-b"),
    },
    {
        "id": "dropin/max-age-zero",
        "setup": {"cors": {"max_age": 0}},
        "request": req("OPTIONS", Access_Control_Request_Method="PUT"),
    },
    {
        "id": "dropin/intercept-exceptions-off",
        "setup": {"cors": {"intercept_exceptions": False}},
        "request": req("GET", "/crash"),
    },
    {
        "id": "dropin/blueprint-reads-app-config",
        "setup": {"config": {"CORS_ORIGINS": C}, "blueprint": {}},
        "request": req("GET", "/bp/items"),
    },
    {
        "id": "dropin/resource-precedence",
        "setup": {
            "cors": {"resources": {r"/api/.*/admin": {"origins": A}, r"/api/users.*": {"origins": C}}},
            "routes": ["/api/users/admin"],
        },
        "request": req("GET", "/api/users/admin"),
    },
    {
        "id": "dropin/request-headers-over-the-bound",
        "setup": {"cors": {}},
        "request": req(
            "OPTIONS",
            Access_Control_Request_Method="PUT",
            Access_Control_Request_Headers=", ".join(f"x-h{i}" for i in range(101)),
        ),
    },
    {
        "id": "dropin/path-decoded-once",
        "setup": {"cors": {"resources": {r"/api/public/.*": {}}, "origins": A}, "routes": ["/<path:rest>"]},
        "request": req("GET", "/api%252Fpublic/x"),
    },
]

SCENARIOS: list[dict[str, Any]] = _basic() + SPECIFIC + DROPIN + CORPUS
