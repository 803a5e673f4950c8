"""A real-world compatibility corpus: how public projects configure flask-cors, and what they send.

Each scenario restates, as plain data and in our own words, one configuration shape found in a
public repository (an app, its test suite, or an issue thread where users showed their setup) and
one request such a project or its tests send. ``source`` says where the shape came from, as
``owner/repo path-or-thread: shape``. Nothing here is copied: paths, origins and header values are
often changed to neutral ones, and only the shape (options, their types, the kind of request) is
kept.

The scenarios run in the differential suite with the hand-written ones (scenarios.py). Every answer
that differs from flask-cors 6.0.5 must be explained by an S or B section of docs/differences.md
(then listed in intended.py), be waiting for a decision (PENDING below), or have been a bug in us
that was fixed (FIXED below, for the report).
"""

from __future__ import annotations

from typing import Any

#: scenario id -> one line: why it differed and what was fixed. Filled in by the lead.
FIXED: dict[str, str] = {
    "corpus/fc-credentials/schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-credentials/default-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-methods/get-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-methods/head-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-methods/preflight-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-methods/defined-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-max-age/default-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-max-age/int-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-max-age/timedelta-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-allow-headers/no-request-headers": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-expose/default-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/fc-expose/override-schemeless": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/default-foo": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/credentials-any": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/max-age-preflight": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/allow-headers-preflight": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/expose-headers": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/error-404": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/error-500": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/abort-403": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/regex-origin": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/preflight-put-headers": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/schemeless/private-network": "a schemeless test Origin was refused as malformed; now compared as flask-cors does (issue 10, item 1)",
    "corpus/dev-port/regex-subdomains": "a pattern that names no port refused a dev server's port (issue 10, item 2)",
    "corpus/dev-port/credentials-regex": "a pattern that names no port refused a dev server's port (issue 10, item 2)",
    "corpus/dev-port/single-regex": "a pattern that names no port refused a dev server's port (issue 10, item 2)",
}

#: scenario id -> (classification, one line). Differences not (yet) explained by docs/differences.md;
#: they fail in the differential suite on purpose until the lead decides. All decided so far.
PENDING: dict[str, tuple[str, str]] = {}

FC = "corydolphin/flask-cors"
SCHEMELESS = "www.example.com"  # what flask-cors's own decorator tests send as Origin
LOCAL3000 = "http://localhost:3000"
LOCAL5173 = "http://localhost:5173"
LOCAL8080 = "http://localhost:8080"


def get(path: str = "/", origin: str | None = None, method: str = "GET", **headers: str) -> dict[str, Any]:
    """A request: ``origin`` None sends no Origin header; keyword names use _ for -."""
    sent = {"Origin": origin} if origin is not None else {}
    sent.update({name.replace("_", "-"): value for name, value in headers.items()})
    return {"method": method, "path": path, "headers": sent}


def preflight(
    path: str = "/", origin: str | None = LOCAL3000, method: str = "POST", headers: str | None = None, **extra: str
) -> dict[str, Any]:
    """An OPTIONS request with Access-Control-Request-Method (and -Headers when given)."""
    sent = {"Access_Control_Request_Method": method, **extra}
    if headers is not None:
        sent["Access_Control_Request_Headers"] = headers
    return get(path, origin, "OPTIONS", **sent)


def case(scenario_id: str, source: str, setup: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"corpus/{scenario_id}", "source": source, "setup": setup, "request": request}


# -- flask-cors's own test suite: the style issue 10 asks us to pass unchanged -------------------

_FC_ORIGINS = f"{FC} tests/decorator/test_origins.py"
_FC_EXT = f"{FC} tests/extension/test_app_extension.py"
_FC_MODERN = f"{FC} tests/test_modern_patterns.py"
_SUBDOMAIN_REGEX = r"http?://\w*\.?example\.com:?\d*/?.*"
_EXT_TABLE = {
    "cors": {
        "resources": {
            "/": {},
            "/test_list": {"origins": ["http://foo.com", "http://bar.com"]},
            "/test_string": {"origins": "http://foo.com"},
            "/test_send_wildcard_with_origin": {"send_wildcard": True},
        }
    },
    "routes": ["/test_list", "/test_string", "/test_send_wildcard_with_origin"],
}
_EXT_STRING = {
    "cors": {
        "resources": r"/api/*",
        "expose_headers": "X-Total-Count",
        "origins": "http://bar.com",
    },
    "routes": ["/api/v1/foo", {"path": "/api/v1/special", "decorator": {"origins": "http://foo.com"}}],
}
_MODERN_RESOURCES = {
    "cors": {
        "resources": {
            r"/api/*": {"origins": ["http://api-client.com"]},
            r"/public/*": {"origins": "*"},
            r"/admin/*": {"origins": ["http://admin.example.com"], "supports_credentials": True},
        }
    },
    "routes": ["/api/users", "/public/info", "/admin/dashboard", "/other"],
}
_MODERN_PREFLIGHT = {
    "decorator": {
        "methods": ["GET", "POST", "PUT", "DELETE"],
        "allow_headers": ["Content-Type", "Authorization"],
        "max_age": 600,
    }
}
_BLUEPRINT_API = {
    "blueprints": [
        {
            "name": "blueprint",
            "cors": {"resources": {r"/api/*": {"origins": "http://foo.com"}}},
            "routes": ["/api/v1/ping", "/no_cors"],
        }
    ]
}

FLASK_CORS_SUITE: list[dict[str, Any]] = [
    case(
        "fc-origins/default-reflects",
        f"{_FC_ORIGINS}: bare @cross_origin()",
        {"decorator": {}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-origins/default-no-origin",
        f"{_FC_ORIGINS}: bare @cross_origin(), no Origin",
        {"decorator": {}},
        get("/view"),
    ),
    case(
        "fc-origins/default-head",
        f"{_FC_ORIGINS}: iter_responses also sends HEAD",
        {"decorator": {}},
        get("/view", "http://example.com", "HEAD"),
    ),
    case(
        "fc-origins/send-wildcard",
        f"{_FC_ORIGINS}: send_wildcard=True with an Origin",
        {"decorator": {"send_wildcard": True}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-origins/always-send-no-wildcard",
        f"{_FC_ORIGINS}: always_send=True, send_wildcard=False, no Origin",
        {"decorator": {"always_send": True, "send_wildcard": False}},
        get("/view"),
    ),
    case(
        "fc-origins/list-second",
        f"{_FC_ORIGINS}: origins list of two, second one asks",
        {"decorator": {"origins": ["http://foo.com", "http://bar.com"]}},
        get("/view", "http://bar.com"),
    ),
    case(
        "fc-origins/list-unlisted",
        f"{_FC_ORIGINS}: origins list, unlisted origin",
        {"decorator": {"origins": ["http://foo.com", "http://bar.com"]}},
        get("/view", "http://bazz.com"),
    ),
    case(
        "fc-origins/string",
        f"{_FC_ORIGINS}: origins as one string",
        {"decorator": {"origins": "http://foo.com"}},
        get("/view", "http://foo.com"),
    ),
    case(
        "fc-origins/set",
        f"{_FC_ORIGINS}: origins given as a set",
        {"decorator": {"origins": {"set": ["http://foo.com", "http://bar.com"]}}},
        get("/view", "http://bar.com"),
    ),
    case(
        "fc-origins/subdomain-regex",
        f"{_FC_ORIGINS}: loose subdomain regex string",
        {"decorator": {"origins": _SUBDOMAIN_REGEX}},
        get("/view", "http://k.example.com"),
    ),
    case(
        "fc-origins/compiled-subdomain-regex",
        f"{_FC_ORIGINS}: the same regex compiled",
        {"decorator": {"origins": {"regex": _SUBDOMAIN_REGEX}}},
        get("/view", "http://q.example.com"),
    ),
    case(
        "fc-origins/regex-list-double-tld",
        f"{_FC_ORIGINS}: regex list; the test builds http://a.example.com.com",
        {"decorator": {"origins": [r".*.example.com", r".*.otherexample.com"]}},
        get("/view", "http://a.example.com.com"),
    ),
    case(
        "fc-origins/regex-list-plain",
        f"{_FC_ORIGINS}: regex list with a plain subdomain",
        {"decorator": {"origins": [r".*.example.com", r".*.otherexample.com"]}},
        get("/view", "http://a.example.com"),
    ),
    case(
        "fc-origins/mixed-list-exact",
        f"{_FC_ORIGINS}: exact origin plus regex, exact one asks",
        {"decorator": {"origins": ["http://example.com", r".*.otherexample.com"]}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-origins/mixed-list-regex",
        f"{_FC_ORIGINS}: exact origin plus regex, regex one asks",
        {"decorator": {"origins": ["http://example.com", r".*.otherexample.com"]}},
        get("/view", "http://b.otherexample.com"),
    ),
    case(
        "fc-origins/mixed-list-no-origin",
        f"{_FC_ORIGINS}: exact origin plus regex, no Origin",
        {"decorator": {"origins": ["http://example.com", r".*.otherexample.com"]}},
        get("/view"),
    ),
    case(
        "fc-ext/table-list",
        f"{_FC_EXT}: resources table, list origins on its path",
        _EXT_TABLE,
        get("/test_list", "http://bar.com"),
    ),
    case(
        "fc-ext/table-list-unlisted",
        f"{_FC_EXT}: resources table, unlisted origin",
        _EXT_TABLE,
        get("/test_list", "http://bazz.com"),
    ),
    case(
        "fc-ext/table-string",
        f"{_FC_EXT}: resources table, string origin",
        _EXT_TABLE,
        get("/test_string", "http://foo.com"),
    ),
    case(
        "fc-ext/table-send-wildcard",
        f"{_FC_EXT}: resources table, send_wildcard on one path",
        _EXT_TABLE,
        get("/test_send_wildcard_with_origin", "http://example.com"),
    ),
    case(
        "fc-ext/table-root",
        f"{_FC_EXT}: resources table, '/' with no options",
        _EXT_TABLE,
        get("/", "http://example.com"),
    ),
    case(
        "fc-ext/list-exposed",
        f"{_FC_EXT}: resources list plus origins keyword",
        {
            "cors": {
                "resources": ["/test_exposed", "/test_other_exposed"],
                "origins": ["http://foo.com", "http://bar.com"],
            },
            "routes": ["/test_exposed", "/test_other_exposed", "/test_unexposed"],
        },
        get("/test_other_exposed", "http://bar.com"),
    ),
    case(
        "fc-ext/list-unexposed",
        f"{_FC_EXT}: resources list, path not in it",
        {
            "cors": {
                "resources": ["/test_exposed", "/test_other_exposed"],
                "origins": ["http://foo.com", "http://bar.com"],
            },
            "routes": ["/test_exposed", "/test_other_exposed", "/test_unexposed"],
        },
        get("/test_unexposed", "http://foo.com"),
    ),
    case(
        "fc-ext/string-resource-expose",
        f"{_FC_EXT}: resources as one string, expose_headers string",
        _EXT_STRING,
        get("/api/v1/foo", "http://bar.com"),
    ),
    case(
        "fc-ext/string-resource-other-origin",
        f"{_FC_EXT}: resources as one string, other origin",
        _EXT_STRING,
        get("/api/v1/foo", "http://foo.com"),
    ),
    case(
        "fc-ext/decorator-overrides",
        f"{_FC_EXT}: @cross_origin view inside a CORS(app) resource",
        _EXT_STRING,
        get("/api/v1/special", "http://foo.com"),
    ),
    case(
        "fc-ext/decorator-overrides-app-origin",
        f"{_FC_EXT}: decorated view refuses the app's origin",
        _EXT_STRING,
        get("/api/v1/special", "http://bar.com"),
    ),
    case(
        "fc-ext/example-app-exact-prefix",
        f"{_FC_EXT}: /api/* covers /api/ itself",
        {"cors": {"resources": {r"/api/*": {"origins": ["http://blah.com", "http://foo.bar"]}}}, "routes": ["/api/"]},
        get("/api/", "http://foo.bar"),
    ),
    case(
        "fc-ext/example-app-index",
        f"{_FC_EXT}: /api/* leaves / uncovered",
        {"cors": {"resources": {r"/api/*": {"origins": ["http://blah.com", "http://foo.bar"]}}}},
        get("/", "http://foo.bar"),
    ),
    case(
        "fc-ext/compiled-resource",
        f"{_FC_EXT}: resources as a compiled pattern",
        {"cors": {"resources": {"regex": "/api/.*"}}, "routes": ["/api/v1"]},
        get("/api/v1", "http://foo.com"),
    ),
    case(
        "fc-ext/bad-resource-regex",
        f"{_FC_EXT}: resources='[' (an invalid pattern) must not break the app",
        {"cors": {"resources": "["}},
        get("/"),
    ),
    case(
        "fc-modern/head",
        f"{_FC_MODERN}: CORS(app), HEAD with an Origin",
        {"cors": {}},
        get("/", "http://example.com", "HEAD"),
    ),
    case(
        "fc-modern/options-without-request-method",
        f"{_FC_MODERN}: CORS(app), OPTIONS with only an Origin",
        {"cors": {}},
        get("/", "http://example.com", "OPTIONS"),
    ),
    case(
        "fc-modern/dev-server-origin",
        f"{_FC_MODERN}: CORS(app) echoes http://localhost:3000",
        {"cors": {}},
        get("/", LOCAL3000),
    ),
    case(
        "fc-modern/decorator-credentials",
        f"{_FC_MODERN}: @cross_origin(supports_credentials, one origin)",
        {"decorator": {"supports_credentials": True, "origins": ["http://trusted.com"]}},
        get("/view", "http://trusted.com"),
    ),
    case(
        "fc-modern/preflight-headers",
        f"{_FC_MODERN}: decorator with methods, allow_headers, max_age",
        _MODERN_PREFLIGHT,
        preflight("/view", "http://example.com", "POST", "Content-Type, Authorization"),
    ),
    case(
        "fc-modern/preflight-max-age",
        f"{_FC_MODERN}: same decorator, preflight for GET",
        _MODERN_PREFLIGHT,
        preflight("/view", "http://example.com", "GET"),
    ),
    case(
        "fc-modern/resources-admin-credentials",
        f"{_FC_MODERN}: three resources, credentials on /admin/*",
        _MODERN_RESOURCES,
        get("/admin/dashboard", "http://admin.example.com"),
    ),
    case(
        "fc-modern/resources-public",
        f"{_FC_MODERN}: three resources, public path",
        _MODERN_RESOURCES,
        get("/public/info", "http://random.com"),
    ),
    case(
        "fc-modern/resources-api-refused",
        f"{_FC_MODERN}: three resources, other origin on /api/*",
        _MODERN_RESOURCES,
        get("/api/users", "http://other.com"),
    ),
    case(
        "fc-modern/resources-unmatched",
        f"{_FC_MODERN}: three resources, uncovered path",
        _MODERN_RESOURCES,
        get("/other", "http://example.com"),
    ),
    case(
        "fc-modern/expose-two",
        f"{_FC_MODERN}: @cross_origin(expose_headers=[two names])",
        {"decorator": {"expose_headers": ["X-Custom-Header", "X-Request-Id"]}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-modern/regex-subdomains",
        f"{_FC_MODERN}: https?://.*\\.example\\.com",
        {"decorator": {"origins": r"https?://.*\.example\.com"}},
        get("/view", "https://api.example.com"),
    ),
    case(
        "fc-modern/regex-apex-refused",
        f"{_FC_MODERN}: same regex, apex refused",
        {"decorator": {"origins": r"https?://.*\.example\.com"}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-blueprint/covered",
        f"{FC} tests/extension/test_blueprint.py: CORS(blueprint, resources=...)",
        _BLUEPRINT_API,
        get("/api/v1/ping", "http://foo.com"),
    ),
    case(
        "fc-blueprint/uncovered",
        f"{FC} tests/extension/test_blueprint.py: blueprint route outside resources",
        _BLUEPRINT_API,
        get("/no_cors", "http://foo.com"),
    ),
    case(
        "fc-blueprint/init-app",
        f"{FC} tests/extension/test_blueprint.py: CORS(resources=...).init_app(blueprint)",
        {
            "blueprints": [
                {
                    "name": "blueprint_init",
                    "deferred": True,
                    "cors": {"resources": {r"/api/*": {"origins": "http://bar.com"}}},
                    "routes": ["/api/v2/ping"],
                }
            ]
        },
        get("/api/v2/ping", "http://bar.com"),
    ),
    case(
        "fc-ipv6/literal",
        f"{FC} tests/extension/test_ipv6.py: bracketed IPv6 origin listed",
        {"cors": {"origins": ["http://[::1]:8000"]}},
        get("/", "http://[::1]:8000"),
    ),
    case(
        "fc-ipv6/literal-upper",
        f"{FC} tests/extension/test_ipv6.py: same origin upper-cased",
        {"cors": {"origins": ["http://[::1]:8000"]}},
        get("/", "HTTP://[::1]:8000"),
    ),
    case(
        "fc-ipv6/other-address",
        f"{FC} tests/extension/test_ipv6.py: other IPv6 address refused",
        {"cors": {"origins": ["http://[::1]:8000"]}},
        get("/", "http://[::2]:8000"),
    ),
    case(
        "fc-ipv6/no-origin",
        f"{FC} tests/extension/test_ipv6.py: one IPv6 origin, no Origin sent",
        {"cors": {"origins": ["http://[::1]:8000"]}},
        get("/"),
    ),
    case(
        "fc-ipv6/regex",
        f"{FC} tests/extension/test_ipv6.py: IPv6 regex with any port",
        {"cors": {"origins": [r"http://\[::1\]:\d+$"]}},
        get("/", "http://[::1]:8000"),
    ),
    # The decorator tests below send the schemeless Origin www.example.com.
    case(
        "fc-credentials/schemeless",
        f"{FC} tests/decorator/test_credentials.py: supports_credentials, www.example.com",
        {"decorator": {"supports_credentials": True}},
        get("/view", SCHEMELESS),
    ),
    case(
        "fc-credentials/no-origin",
        f"{FC} tests/decorator/test_credentials.py: supports_credentials, no Origin",
        {"decorator": {"supports_credentials": True}},
        get("/view"),
    ),
    case(
        "fc-credentials/default-schemeless",
        f"{FC} tests/decorator/test_credentials.py: default, www.example.com",
        {"decorator": {}},
        get("/view", SCHEMELESS),
    ),
    case(
        "fc-methods/get-schemeless",
        f"{FC} tests/decorator/test_methods.py: GET gets no Allow-Methods",
        {"decorator": {}},
        get("/view", SCHEMELESS),
    ),
    case(
        "fc-methods/head-schemeless",
        f"{FC} tests/decorator/test_methods.py: HEAD gets no Allow-Methods",
        {"decorator": {}},
        get("/view", SCHEMELESS, "HEAD"),
    ),
    case(
        "fc-methods/preflight-schemeless",
        f"{FC} tests/decorator/test_methods.py: preflight for POST",
        {"decorator": {}},
        preflight("/view", SCHEMELESS, "POST"),
    ),
    case(
        "fc-methods/defined-schemeless",
        f"{FC} tests/decorator/test_methods.py: methods=['POST'], preflight POST",
        {"decorator": {"methods": ["POST"]}},
        preflight("/view", SCHEMELESS, "POST"),
    ),
    case(
        "fc-max-age/default-schemeless",
        f"{FC} tests/decorator/test_max_age.py: no max_age by default",
        {"decorator": {}},
        preflight("/view", SCHEMELESS, "GET"),
    ),
    case(
        "fc-max-age/int-schemeless",
        f"{FC} tests/decorator/test_max_age.py: max_age=600",
        {"decorator": {"max_age": 600}},
        preflight("/view", SCHEMELESS, "GET"),
    ),
    case(
        "fc-max-age/timedelta-schemeless",
        f"{FC} tests/decorator/test_max_age.py: max_age=timedelta(minutes=10)",
        {"decorator": {"max_age": {"seconds": 600}}},
        preflight("/view", SCHEMELESS, "GET"),
    ),
    case(
        "fc-allow-headers/no-request-headers",
        f"{FC} tests/decorator/test_allow_headers.py: no ACRH sent",
        {"decorator": {"allow_headers": ["X-Example-Header-A", "X-Example-Header-B"]}},
        preflight("/view", SCHEMELESS, "GET"),
    ),
    case(
        "fc-allow-headers/listed-header",
        f"{FC} tests/decorator/test_allow_headers.py: a listed header requested",
        {"decorator": {"allow_headers": ["X-Example-Header-A", "X-Example-Header-B"]}},
        preflight("/view", SCHEMELESS, "GET", "X-Example-Header-A"),
    ),
    case(
        "fc-expose/default-schemeless",
        f"{FC} tests/decorator/test_expose_headers.py: none by default",
        {"decorator": {}},
        get("/view", SCHEMELESS),
    ),
    case(
        "fc-expose/override-schemeless",
        f"{FC} tests/decorator/test_expose_headers.py: two custom headers",
        {"decorator": {"expose_headers": ["X-My-Custom-Header", "X-Another-Custom-Header"]}},
        get("/view", SCHEMELESS),
    ),
    case(
        "fc-vary/default",
        f"{FC} tests/decorator/test_vary_header.py: any origin, echoed",
        {"decorator": {}},
        get("/view", "http://foo.com"),
    ),
    case(
        "fc-vary/consistent-origin",
        f"{FC} tests/decorator/test_vary_header.py: one origin, no Vary expected",
        {"decorator": {"origins": "http://foo.com"}},
        get("/view", "http://foo.com"),
    ),
    case(
        "fc-vary/two-origins",
        f"{FC} tests/decorator/test_vary_header.py: two origins, Vary expected",
        {"decorator": {"origins": ["http://foo.com", "http://bar.com"]}},
        get("/view", "http://foo.com"),
    ),
    case(
        "fc-w3/echo-only-with-origin",
        f"{FC} tests/decorator/test_w3.py: origins='*', no wildcard, no always_send",
        {"decorator": {"origins": "*", "send_wildcard": False, "always_send": False}},
        get("/view", "http://example.com"),
    ),
    case(
        "fc-w3/nothing-without-origin",
        f"{FC} tests/decorator/test_w3.py: same options, no Origin",
        {"decorator": {"origins": "*", "send_wildcard": False, "always_send": False}},
        get("/view"),
    ),
]

# -- public apps and their test suites ---------------------------------------------------------

_VOICECARE = {
    "cors": {
        "resources": {r"/*": {"origins": "*"}},
        "supports_credentials": True,
        "allow_headers": ["Content-Type"],
        "methods": ["GET", "POST", "OPTIONS"],
    }
}
_LOCALHOST_ANY_PORT = {
    "cors": {
        "resources": {r"/*": {"origins": ["http://localhost:*", "http://127.0.0.1:*"], "supports_credentials": True}}
    }
}
_PROMETHEE = {
    "cors": {"resources": {r"/*": {"origins": "*"}}},
    "config": {"CORS_HEADERS": "Content-Type"},
    "after_request_headers": {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Headers": "Content-Type, Authorization",
        "Access-Control-Allow-Methods": "OPTIONS, GET, POST, PUT, DELETE",
    },
}
_MANGESH = {
    "cors": {
        "origins": [LOCAL3000],
        "supports_credentials": True,
        "allow_headers": ["Content-Type", "Authorization"],
        "methods": ["GET", "POST", "OPTIONS", "PUT", "DELETE"],
    }
}
_CSRF_DEFERRED = {"cors": {"origins": LOCAL3000, "supports_credentials": True}, "init": {}}

APPS: list[dict[str, Any]] = [
    case(
        "opensoft/literal-port-word",
        "lbs-iitkgp/Opensoft-2019 api/__init__.py: origin written as http://localhost:port",
        {
            "config": {"CORS_HEADERS": "Content-Type"},
            "cors": {"resources": {"/foo": {"origins": "http://localhost:port"}}},
            "routes": ["/foo"],
        },
        get("/foo", LOCAL3000),
    ),
    case(
        "cineflicks/listed",
        "joelchege23/CineFlicks backend/runserver.py: one origin for /api/*",
        {"cors": {"resources": {r"/api/*": {"origins": "http://127.0.0.1:5000"}}}},
        get("/api/items", "http://127.0.0.1:5000"),
    ),
    case(
        "cineflicks/dev-server-refused",
        "joelchege23/CineFlicks backend/runserver.py: preflight from a Vite port",
        {"cors": {"resources": {r"/api/*": {"origins": "http://127.0.0.1:5000"}}}},
        preflight("/api/items", LOCAL5173, "PUT", "content-type"),
    ),
    case(
        "ncov/credentials-any",
        "gucciwu/pcc-2019-nCoV api/__init__.py: credentials with /api/* open to all",
        {"cors": {"supports_credentials": True, "resources": {r"/api/*": {"origins": "*"}}}},
        get("/api/items", LOCAL8080, Cookie="session=1"),
    ),
    case(
        "ncov/null-origin",
        "gucciwu/pcc-2019-nCoV api/__init__.py: same, Origin null",
        {"cors": {"supports_credentials": True, "resources": {r"/api/*": {"origins": "*"}}}},
        get("/api/items", "null"),
    ),
    case(
        "ncov/preflight",
        "gucciwu/pcc-2019-nCoV api/__init__.py: same, JSON POST preflight",
        {"cors": {"supports_credentials": True, "resources": {r"/api/*": {"origins": "*"}}}},
        preflight("/api/items", LOCAL8080, "POST", "content-type"),
    ),
    case(
        "cors-survey/listed",
        "TannerSwanson/CORS-Survey test4-apiServer.py: three local origins",
        {
            "cors": {"origins": ["http://127.0.0.1:5001", "http://127.0.0.1:5002", "http://127.0.0.1:5003"]},
            "routes": ["/data"],
        },
        get("/data", "http://127.0.0.1:5002"),
    ),
    case(
        "cors-survey/unlisted-port",
        "TannerSwanson/CORS-Survey test4-apiServer.py: page served from another port",
        {
            "cors": {"origins": ["http://127.0.0.1:5001", "http://127.0.0.1:5002", "http://127.0.0.1:5003"]},
            "routes": ["/data"],
        },
        get("/data", "http://127.0.0.1:5004"),
    ),
    case(
        "lab4and5/both",
        "TredNR/lab4and5 test.py: CORS(app) plus bare @cross_origin() plus CORS_HEADERS",
        {"config": {"CORS_HEADERS": "Content-Type"}, "cors": {}, "decorator": {}},
        get("/view", LOCAL8080),
    ),
    case(
        "covid19/misspelt-credentials",
        "ashwin1/covid19 __init__.py: CORS(app, support_credentials=True)",
        {"config": {"CORS_HEADERS": "application/json"}, "cors": {"support_credentials": True}},
        get("/", "http://localhost:8002"),
    ),
    case(
        "facerecognition/credentials",
        "Observer-L/FaceRecognition-PK main.py: CORS(app, supports_credentials=True)",
        {"cors": {"supports_credentials": True}},
        get("/", LOCAL8080, Cookie="session=1"),
    ),
    case(
        "facerecognition/preflight",
        "Observer-L/FaceRecognition-PK main.py: same, JSON POST preflight",
        {"cors": {"supports_credentials": True}},
        preflight("/", LOCAL8080, "POST", "content-type"),
    ),
    case(
        "voicecare/preflight",
        "dhruvgcs24-programer/codeGPT voicecare/backend/app.py: resources + credentials + allow_headers + methods",
        _VOICECARE,
        preflight("/", LOCAL5173, "POST", "content-type"),
    ),
    case(
        "voicecare/authorization-refused",
        "dhruvgcs24-programer/codeGPT voicecare/backend/app.py: Authorization not in allow_headers",
        _VOICECARE,
        preflight("/", LOCAL5173, "POST", "authorization,content-type"),
    ),
    case(
        "voicecare/put-refused",
        "dhruvgcs24-programer/codeGPT voicecare/backend/app.py: PUT not in methods",
        _VOICECARE,
        preflight("/", LOCAL5173, "PUT"),
    ),
    case(
        "voicecare/actual",
        "dhruvgcs24-programer/codeGPT voicecare/backend/app.py: actual POST with credentials",
        _VOICECARE,
        get("/", LOCAL5173, "POST"),
    ),
    case(
        "smart-water/deferred-preflight",
        "codecrafter06/smart-water-conservation-system "
        "smart-water-iot-api/src/smart_water_api/extensions.py: cors = CORS(), init_app in the factory",
        {"cors": {}, "init": {}},
        preflight("/", LOCAL3000, "POST", "content-type,authorization"),
    ),
    case(
        "tweetscan/deferred-no-origin",
        "codeHawker/tweetscan server/my_app.py: CORS() then init_app(app)",
        {"cors": {}, "init": {}},
        get("/"),
    ),
    case(
        "recommendation/star-resource",
        "purveshmakode24/recommendation-system app/__init__.py: resources {'*': ...}",
        {"cors": {"resources": {"*": {"origins": "*"}}}},
        get("/", LOCAL3000),
    ),
    case(
        "recommendation/star-resource-preflight",
        "purveshmakode24/recommendation-system app/__init__.py: resources {'*': ...}, preflight",
        {"cors": {"resources": {"*": {"origins": "*"}}}},
        preflight("/api/items", LOCAL3000, "PUT", "content-type"),
    ),
    case(
        "screenshots/env-list",
        "saaratrix/a-device-for-quicker-sharing-of-screenshots-with-friends server/local.py: "
        "origins from an env string split on commas",
        {"cors": {"origins": ["http://localhost:63342", "http://localhost:63343"]}},
        get("/", "http://localhost:63343"),
    ),
    case(
        "screenshots/env-list-unlisted",
        "saaratrix/a-device-for-quicker-sharing-of-screenshots-with-friends server/local.py: an IDE port not listed",
        {"cors": {"origins": ["http://localhost:63342", "http://localhost:63343"]}},
        get("/", "http://localhost:63344"),
    ),
    case(
        "rubricapp/blueprint-resources",
        "Lunatic-Labs/rubricapp api/__init__.py: CORS(bp, resources={'/api/*': ...})",
        {
            "blueprints": [
                {"name": "api", "cors": {"resources": {r"/api/*": {"origins": "*"}}}, "routes": ["/api/user"]}
            ]
        },
        get("/api/user", LOCAL3000),
    ),
    case(
        "img-api/blueprint-prefix",
        "img-api/img-api api/user/__init__.py: Blueprint(url_prefix='/api/user'), CORS(bp)",
        {"blueprints": [{"name": "api_user", "url_prefix": "/api/user", "cors": {}, "routes": ["/me"]}]},
        get("/api/user/me", "https://gallery.example"),
    ),
    case(
        "img-api/blueprint-prefix-preflight",
        "img-api/img-api api/user/__init__.py: same, preflight",
        {"blueprints": [{"name": "api_user", "url_prefix": "/api/user", "cors": {}, "routes": ["/me"]}]},
        preflight("/api/user/me", "https://gallery.example", "POST", "authorization"),
    ),
    case(
        "movie-reco/misspelt-decorator",
        "zayed-shamshad/Movie-recommendation-system server/main.py: "
        "@cross_origin(origin='localhost', headers=[...]) under a resources dict",
        {
            "cors": {"resources": {"/foo": {"origins": LOCAL3000}}},
            "routes": [
                {
                    "path": "/foo",
                    "methods": ["POST"],
                    "decorator": {"origin": "localhost", "headers": ["Content- Type", "Authorization"]},
                }
            ],
        },
        preflight("/foo", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "simple-network/preflight",
        "valentine1004/simple-network-back app.py: CORS(app) and CORS_HEADERS",
        {"config": {"CORS_HEADERS": "Content-Type", "SECRET_KEY": "x"}, "cors": {}},
        preflight("/", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "backgammon/get",
        "uomkri/backgammon api/flask_init.py: CORS(app) and CORS_HEADERS",
        {"config": {"CORS_HEADERS": "Content-Type"}, "cors": {}},
        get("/", LOCAL8080),
    ),
    case(
        "process-dmrs/second-origin",
        "pechang03/processDMRs backend/app/utils/extensions.py: two dev origins on /api/*",
        {"cors": {"resources": {r"/api/*": {"origins": [LOCAL3000, "http://127.0.0.1:3000"]}}}},
        get("/api/items", "http://127.0.0.1:3000"),
    ),
    case(
        "process-dmrs/no-origin",
        "pechang03/processDMRs backend/app/utils/extensions.py: same, server-side call",
        {"cors": {"resources": {r"/api/*": {"origins": [LOCAL3000, "http://127.0.0.1:3000"]}}}},
        get("/api/items"),
    ),
    case(
        "open-ods/compiled-resource-key",
        "open-ods/open-ods openods/openods_core/__init__.py: a compiled pattern as resources key",
        {"cors": {"resources": {"compiled_keys": {"/api/ods/*": {"origins": "*"}}}}, "routes": ["/api/ods/records"]},
        get("/api/ods/records", LOCAL3000),
    ),
    case(
        "todo/listed",
        "Jeffrey-maker/to-do-list run.py: credentials, one Vite origin by IP",
        {"cors": {"supports_credentials": True, "resources": {r"/*": {"origins": "http://127.0.0.1:5173"}}}},
        get("/", "http://127.0.0.1:5173", Cookie="session=1"),
    ),
    case(
        "todo/localhost-vs-ip",
        "Jeffrey-maker/to-do-list run.py: the same dev server reached as localhost",
        {"cors": {"supports_credentials": True, "resources": {r"/*": {"origins": "http://127.0.0.1:5173"}}}},
        get("/", LOCAL5173),
    ),
    case(
        "link-sharing/preflight",
        "LieutenantCobretti1998/link-sharing-app backend/app.py: credentials, one origin",
        {"cors": {"supports_credentials": True, "resources": {r"/*": {"origins": LOCAL5173}}}},
        preflight("/", LOCAL5173, "POST", "content-type"),
    ),
    case(
        "boilerplate/config-keys",
        "zerodine/Boilerplate-FlaskRestMongoTornado flaskdemo/config/config.py: "
        "CORS_ORIGIN (sic), CORS_METHODS and CORS_HEADERS lists",
        {
            "config": {
                "CORS_ORIGIN": ["*"],
                "CORS_METHODS": ["POST", "GET", "PUT", "DELETE", "OPTIONS", "HEAD"],
                "CORS_HEADERS": ["origin", "accept", "content-type", "authorization"],
            },
            "cors": {},
        },
        preflight("/", LOCAL8080, "DELETE", "authorization"),
    ),
    case(
        "boilerplate/config-keys-patch",
        "zerodine/Boilerplate-FlaskRestMongoTornado flaskdemo/config/config.py: PATCH is not in CORS_METHODS",
        {
            "config": {
                "CORS_ORIGIN": ["*"],
                "CORS_METHODS": ["POST", "GET", "PUT", "DELETE", "OPTIONS", "HEAD"],
                "CORS_HEADERS": ["origin", "accept", "content-type", "authorization"],
            },
            "cors": {},
        },
        preflight("/", LOCAL8080, "PATCH"),
    ),
    case(
        "powerbi/misspelt-resources",
        "douglassimonsen/powerbi-decompressor visualizer/backend/app.py: CORS(app, resource={...})",
        {"cors": {"resource": {"/*": {"origins": "*"}}}},
        get("/", LOCAL8080),
    ),
    case(
        "mindpalace/explicit-options-route",
        "Cornelia1425/mindpalace_fullstack backend/cors_test.py: route declares OPTIONS itself",
        {"cors": {}, "routes": [{"path": "/test", "methods": ["POST", "OPTIONS"]}]},
        preflight("/test", LOCAL5173, "POST", "content-type"),
    ),
    case(
        "repeg/login-credentials",
        "Repeg/python BE/hello.py: credentials, POST /login",
        {"cors": {"supports_credentials": True}, "routes": [{"path": "/login", "methods": ["POST"]}]},
        get("/login", LOCAL8080, "POST", Cookie="session=1"),
    ),
    case(
        "historias/default",
        "juaca2009/GestorHistoriasClinicas sistema_gestor_historias_clinicas/app.py: CORS(app)",
        {"cors": {}},
        get("/", "http://localhost:4200"),
    ),
    case(
        "proxy-issue/listed",
        "linda-seiter/proxy_issue counter-session-cors/server/app.py: credentials, one origin",
        {"cors": {"supports_credentials": True, "origins": [LOCAL3000]}, "routes": ["/count"]},
        get("/count", LOCAL3000, Cookie="session=1"),
    ),
    case(
        "proxy-issue/ip-refused",
        "linda-seiter/proxy_issue counter-session-cors/server/app.py: same page by IP",
        {"cors": {"supports_credentials": True, "origins": [LOCAL3000]}, "routes": ["/count"]},
        preflight("/count", "http://127.0.0.1:3000", "GET"),
    ),
    case(
        "butiran/origin-with-path",
        "dudung/butiran-backend app.py: an origin list holding a URL with a path",
        {"cors": {"origins": ["http://localhost:1313", "https://site.github.io", "https://site.github.io/blog"]}},
        get("/", "https://site.github.io"),
    ),
    case(
        "hackmit/preflight-put",
        "shaunika1/hackmit2025 server/app.py: /api/* open to all",
        {"cors": {"resources": {r"/api/*": {"origins": "*"}}}},
        preflight("/api/items", LOCAL5173, "PUT", "content-type"),
    ),
    case(
        "seproject/uncovered",
        "seprojectgroup19/main app/__init__.py: /api/* only, page route asked",
        {"config": {"CORS_HEADERS": "Content-Type"}, "cors": {"resources": {r"/api/*": {"origins": "*"}}}},
        get("/", LOCAL3000),
    ),
    case(
        "q-exchange/null-origin",
        "sreedeepack/Q-Exchange src/app/app.py: CORS(app), a file:// page sends null",
        {"config": {"CORS_HEADERS": "Content-Type"}, "cors": {}},
        get("/", "null"),
    ),
    case(
        "promethee/hook-overrides",
        "ASM-Studios/Promethee-Docker backend/app.py: CORS(app) and an after_request hook writing its own CORS headers",
        _PROMETHEE,
        get("/", LOCAL3000),
    ),
    case(
        "promethee/hook-overrides-preflight",
        "ASM-Studios/Promethee-Docker backend/app.py: same, preflight",
        _PROMETHEE,
        preflight("/", LOCAL3000, "PUT", "authorization"),
    ),
    case(
        "ml-coursework/post",
        "nelina1r/ML_DL_coursework backend/app/__init__.py: resources {'/*': all}",
        {"cors": {"resources": {r"/*": {"origins": "*"}}}, "routes": [{"path": "/predict", "methods": ["POST"]}]},
        get("/predict", LOCAL5173, "POST", Content_Type="application/json"),
    ),
    case(
        "edugraph/factory",
        "christian-bick/edugraph-tools apps/api/__init__.py: CORS(app) in create_app",
        {"cors": {}},
        preflight("/api/items", LOCAL5173, "PUT", "content-type"),
    ),
    case(
        "finance/api-resource",
        "verma25s/476finance api/app/__init__.py: /api/* open to all",
        {"cors": {"resources": {r"/api/*": {"origins": "*"}}}},
        get("/api/items", LOCAL3000),
    ),
    case(
        "javbus/blueprint-under-api",
        "MuXiu1997/Jav_Bus_Library Back_end_Flask/app/__init__.py: /api/* and a blueprint registered under it",
        {
            "cors": {"resources": {r"/api/*": {"origins": "*"}}},
            "blueprints": [{"name": "api", "url_prefix": "/api", "routes": ["/movies"]}],
        },
        preflight("/api/movies", LOCAL8080, "GET", "x-requested-with"),
    ),
    case(
        "rail-track/lan-origin",
        "Rajith-Singh/rail-track-inspection-frontend app.py: CORS(app) next to Socket.IO",
        {"cors": {}},
        get("/", "http://192.168.1.10:3000"),
    ),
    case(
        "krpp/all-paths",
        "Vladymyr-Chuchkanov/KRPP2024 socketio_app.py: resources {'/*': all}",
        {"cors": {"resources": {r"/*": {"origins": "*"}}}},
        get("/api/items", "http://185.206.215.65:3000"),
    ),
    case(
        "470-work/localhost-any-port",
        "Jobayer-hasan-rifat/470-work backend/run.py: 'http://localhost:*' with credentials",
        _LOCALHOST_ANY_PORT,
        get("/", LOCAL5173, Cookie="session=1"),
    ),
    case(
        "470-work/ip-any-port",
        "Jobayer-hasan-rifat/470-work backend/run.py: 'http://127.0.0.1:*'",
        _LOCALHOST_ANY_PORT,
        preflight("/", "http://127.0.0.1:8000", "POST", "content-type"),
    ),
    case(
        "470-work/no-port",
        "Jobayer-hasan-rifat/470-work backend/run.py: localhost without a port",
        _LOCALHOST_ANY_PORT,
        get("/", "http://localhost"),
    ),
    case(
        "470-work/lookalike",
        "Jobayer-hasan-rifat/470-work backend/run.py: a host that begins with localhost",
        _LOCALHOST_ANY_PORT,
        get("/", "http://localhost.attacker.example"),
    ),
    case(
        "wastify/api",
        "Wojak27/Wastify wastify/product/run.py: /api/* open to all",
        {"cors": {"resources": {r"/api/*": {"origins": "*"}}}},
        get("/api/items", LOCAL8080),
    ),
    case(
        "mindosaur/preflight",
        "pollyliu1/Mindosaur server/app.py: CORS(app) and CORS_HEADERS",
        {"config": {"CORS_HEADERS": "Content-Type"}, "cors": {}},
        preflight("/", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "dev-csrf/deferred-get",
        "Everaldo451/__Dev__ backend/app/services/csrf_service.py: "
        "CORS(origins=..., supports_credentials=True) bound later",
        _CSRF_DEFERRED,
        get("/", LOCAL3000),
    ),
    case(
        "dev-csrf/deferred-preflight",
        "Everaldo451/__Dev__ backend/app/services/csrf_service.py: preflight carrying the CSRF header",
        _CSRF_DEFERRED,
        preflight("/", LOCAL3000, "POST", "x-csrftoken"),
    ),
    case(
        "writeright/api-preflight",
        "PritK99/WriteRight server/app.py: /api/* for one dev origin",
        {"cors": {"resources": {r"/api/*": {"origins": LOCAL3000}}}},
        preflight("/api/items", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "ai-backend/preflight",
        "mangesh2006/ai-project-backend app.py: one origin, credentials, headers, methods",
        _MANGESH,
        preflight("/", LOCAL3000, "POST", "authorization,content-type"),
    ),
    case(
        "ai-backend/patch-refused",
        "mangesh2006/ai-project-backend app.py: PATCH not in methods",
        _MANGESH,
        preflight("/", LOCAL3000, "PATCH", "content-type"),
    ),
    case(
        "ai-backend/unknown-header",
        "mangesh2006/ai-project-backend app.py: a header outside allow_headers",
        _MANGESH,
        preflight("/", LOCAL3000, "POST", "x-request-id"),
    ),
    case(
        "socket-app/websocket-upgrade-get",
        "Rajith-Singh/rail-track-inspection-frontend app.py: polling GET with a query string",
        {"cors": {}, "routes": ["/socket.io/"]},
        get("/socket.io/?EIO=4&transport=polling", LOCAL3000),
    ),
]

# -- projects whose whole CORS setup was read (settings, factory, hooks) -------------------------

_ALERTA = "alerta/alerta alerta/settings.py and alerta/app/__init__.py"
_ALERTA_CONFIG = {
    "CORS_ALLOW_HEADERS": ["Content-Type", "Authorization", "Access-Control-Allow-Origin"],
    "CORS_ORIGINS": ["http://localhost", "http://localhost:8000"],
    "CORS_SUPPORTS_CREDENTIALS": False,
}
_CATALYSIS = "SUNCAT-Center/CatalysisHubBackend app.py"
_CATALYSIS_SETUP = {
    "config": {"CORS_SUPPORTS_CREDENTIALS": True, "CORS_HEADERS": "Content-Type, X-Pingother"},
    "cors": {"supports_credentials": True},
    "routes": [{"path": "/graphql", "methods": ["GET", "POST"]}],
    "after_request_add": {
        "Access-Control-Allow-Headers": "X-PINGOTHER, Content-Type, Authorization, Accept",
        "Access-Control-Allow-Methods": "GET, PUT, POST, DELETE, HEAD, OPTIONS",
    },
}
_GAIA = {"cors": {}, "cors_again": {"resources": {r"/*": {"origins": "*"}}}}
_BLUE_LOTUS = {
    "cors": {
        "resources": {r"/*": {"origins": ["http://localhost:4200", "http://0.0.0.0:5055"]}},
        "supports_credentials": True,
    }
}

PROJECTS: list[dict[str, Any]] = [
    case(
        "alerta/settings-preflight",
        f"{_ALERTA}: CORS_ORIGINS, CORS_ALLOW_HEADERS and CORS_SUPPORTS_CREDENTIALS in config, then CORS(app)",
        {"config": _ALERTA_CONFIG, "cors": {}},
        preflight("/", "http://localhost:8000", "PUT", "authorization, content-type"),
    ),
    case(
        "alerta/settings-port-less",
        f"{_ALERTA}: the port-less http://localhost entry",
        {"config": _ALERTA_CONFIG, "cors": {}},
        get("/", "http://localhost"),
    ),
    case(
        "alerta/settings-commented-out",
        f"{_ALERTA}: an origin the settings file comments out",
        {"config": _ALERTA_CONFIG, "cors": {}},
        get("/", "http://try.alerta.io"),
    ),
    case(
        "alerta/acao-as-request-header",
        f"{_ALERTA}: a client asking to send Access-Control-Allow-Origin, which the config allows",
        {"config": _ALERTA_CONFIG, "cors": {}},
        preflight("/", "http://localhost:8000", "POST", "access-control-allow-origin,content-type"),
    ),
    case(
        "alerta/auth-required-credentials",
        f"{_ALERTA}: AUTH_REQUIRED turns CORS_SUPPORTS_CREDENTIALS on",
        {"config": {**_ALERTA_CONFIG, "CORS_SUPPORTS_CREDENTIALS": True}, "cors": {}},
        get("/", "http://localhost:8000", Cookie="session=1"),
    ),
    case(
        "alerta/env-split-list",
        f"{_ALERTA}: CORS_ORIGINS from the environment, split on commas into config",
        {
            "config": {**_ALERTA_CONFIG, "CORS_ORIGINS": ["https://alerta.example.com", "https://web.alerta.example"]},
            "cors": {},
        },
        get("/", "https://web.alerta.example"),
    ),
    case(
        "catalysis-hub/hook-adds-headers-get",
        f"{_CATALYSIS}: credentials in config and keyword, an after_request hook adding Allow-Headers/-Methods",
        _CATALYSIS_SETUP,
        get("/graphql", "https://www.catalysis.example", Cookie="session=1"),
    ),
    case(
        "catalysis-hub/hook-adds-headers-preflight",
        f"{_CATALYSIS}: same app, a GraphQL POST preflight",
        _CATALYSIS_SETUP,
        preflight("/graphql", "https://www.catalysis.example", "POST", "content-type"),
    ),
    case(
        "gaia/cors-twice",
        "Golde34/Gaia_Project camera_cv/ui/__init__.py: CORS(app), then CORS(app, resources={'/*': all}) again",
        _GAIA,
        get("/", LOCAL3000),
    ),
    case(
        "gaia/cors-twice-preflight",
        "Golde34/Gaia_Project camera_cv/ui/__init__.py: the doubled setup, a preflight",
        _GAIA,
        preflight("/", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "blue-lotus/angular-dev-server",
        "Sthefanyso/blue-lotus-TCC api/run.py: credentials, an Angular dev server and 0.0.0.0",
        _BLUE_LOTUS,
        preflight("/", "http://localhost:4200", "POST", "content-type,authorization"),
    ),
    case(
        "blue-lotus/all-interfaces-origin",
        "Sthefanyso/blue-lotus-TCC api/run.py: the http://0.0.0.0:5055 entry",
        _BLUE_LOTUS,
        get("/", "http://0.0.0.0:5055"),
    ),
    case(
        "random-facts/default",
        "yanna-torres/your_random_facts main.py: CORS(app)",
        {"cors": {}},
        get("/", "https://facts.example"),
    ),
]

# -- setups users showed in issue threads ------------------------------------------------------

_ISSUE = f"{FC} issue"
_WHEATPASTE = '["https:\\/\\/(.)*\\.wheatpaste\\.now\\.sh", "staging.admin.wheatpaste.app",]'
_UNIFAI = {
    "cors": {
        "resources": {
            r"/api/*": {
                "origins": "*",
                "methods": ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                "allow_headers": ["Content-Type", "Authorization"],
                "supports_credentials": True,
            }
        }
    }
}
_LOGIN_BLUEPRINT = {
    "blueprints": [
        {
            "name": "endpoints",
            "cors": {
                "resources": "/login",
                "allow_headers": "*",
                "origins": "*",
                "methods": "*",
                "expose_headers": "Authorization",
            },
            "routes": [{"path": "/login", "methods": ["POST"]}],
        }
    ]
}
_SECURE_ORDER = {
    "cors": {"resources": {r"/.*": {"origins": "*"}, "/api/v1/secure": {"origins": "https://trusted.example"}}},
    "routes": ["/api/v1/secure"],
}

ISSUES: list[dict[str, Any]] = [
    case(
        "issue193/other-host",
        f"{_ISSUE} #193: one LAN origin with a port; page on another host",
        {"cors": {"origins": ["http://192.168.33.121:4021"]}},
        get("/", "http://192.168.33.10:4201"),
    ),
    case(
        "issue193/listed",
        f"{_ISSUE} #193: one LAN origin with a port, that origin",
        {"cors": {"origins": ["http://192.168.33.121:4021"]}},
        get("/", "http://192.168.33.121:4021"),
    ),
    case(
        "issue42/config-and-decorator",
        f"{_ISSUE} #42: CORS_ORIGINS, CORS_HEADERS, CORS_AUTOMATIC_OPTIONS in config and a bare @cross_origin",
        {
            "config": {
                "CORS_ORIGINS": ["http://localhost:9000"],
                "CORS_HEADERS": ["Content-Type", "Authorization"],
                "CORS_AUTOMATIC_OPTIONS": True,
            },
            "decorator": {},
        },
        preflight("/view", "http://localhost:9000", "PUT", "authorization"),
    ),
    case(
        "issue236/blueprint-defaults",
        f"{_ISSUE} #236: CORS(blueprint) with defaults, dev server origin",
        {
            "blueprints": [
                {
                    "name": "custom_webhook",
                    "url_prefix": "/webhooks/rest",
                    "cors": {},
                    "routes": [{"path": "/webhook", "methods": ["POST"]}],
                }
            ]
        },
        preflight("/webhooks/rest/webhook", LOCAL8080, "POST", "content-type"),
    ),
    case(
        "issue183/regex-http",
        f"{_ISSUE} #183: origins=[r'https?://example.com'], http",
        {"cors": {"origins": [r"https?://example.com"]}},
        get("/", "http://example.com"),
    ),
    case(
        "issue183/regex-https",
        f"{_ISSUE} #183: same, https",
        {"cors": {"origins": [r"https?://example.com"]}},
        get("/", "https://example.com"),
    ),
    case(
        "issue183/regex-other",
        f"{_ISSUE} #183: same, other host",
        {"cors": {"origins": [r"https?://example.com"]}},
        get("/", "http://failure.com"),
    ),
    case(
        "chromestatus/anchored-regex",
        "GoogleChrome/chromium-dashboard pull 6590: origin regexes end in $",
        {"cors": {"origins": [r"https://[a-z0-9-]+\.chromestatus\.example$"]}},
        get("/", "https://beta.chromestatus.example"),
    ),
    case(
        "chromestatus/anchored-regex-suffix",
        "GoogleChrome/chromium-dashboard pull 6590: the suffix the $ blocks",
        {"cors": {"origins": [r"https://[a-z0-9-]+\.chromestatus\.example$"]}},
        get("/", "https://beta.chromestatus.example.attacker.test"),
    ),
    case(
        "issue202/credentials-no-origin",
        f"{_ISSUE} #202: CORS(app, supports_credentials=True), no Origin",
        {"cors": {"supports_credentials": True}},
        get("/"),
    ),
    case(
        "udata/deferred-allow-headers",
        "opendatateam/udata pull 2485: CORS(allow_headers=[...]) bound later",
        {
            "cors": {"allow_headers": ["X-API-KEY", "X-Fields", "Content-Type", "Accept", "X-Forwarded-Proto"]},
            "init": {},
        },
        preflight("/", "https://www.data.example", "POST", "x-api-key,content-type"),
    ),
    case(
        "unifai/preflight",
        "redhat-community-ai-tools/UnifAI pull 196: /api/* any origin with credentials, methods and headers",
        _UNIFAI,
        preflight("/api/items", LOCAL5173, "POST", "authorization,content-type"),
    ),
    case(
        "unifai/removed-header",
        "redhat-community-ai-tools/UnifAI pull 196: a header the change removed",
        _UNIFAI,
        preflight("/api/items", LOCAL5173, "POST", "content-type,x-username"),
    ),
    case(
        "issue84/origin-with-slash-star",
        f"{_ISSUE} #84: CORS_RESOURCES with origins like 'http://blah.com/*'",
        {
            "config": {
                "CORS_RESOURCES": {r"/api/*": {"origins": ["http://blah.com/*", "http://foo.bar/*"]}},
                "CORS_SUPPORTS_CREDENTIALS": True,
            },
            "cors": {},
        },
        get("/api/items", "http://blah.com"),
    ),
    case(
        "issue333/preflight",
        f"{_ISSUE} #333: CORS(app), fetch from a React dev server",
        {"cors": {}, "routes": ["/account/summary"]},
        preflight("/account/summary", LOCAL3000, "GET", "authorization"),
    ),
    case(
        "issue289/prefixed-blueprint",
        f"{_ISSUE} #289: resources {{'*': all}} and blueprints registered with url_prefix",
        {
            "cors": {"resources": {"*": {"origins": "*"}}},
            "blueprints": [
                {"name": "auth", "register_prefix": "/auth", "routes": [{"path": "/login", "methods": ["POST"]}]}
            ],
        },
        preflight("/auth/login", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "issue169/blueprint-max-age",
        f"{_ISSUE} #169: Blueprint(url_prefix='/api'), CORS(bp, max_age=30 days)",
        {"blueprints": [{"name": "api", "url_prefix": "/api", "cors": {"max_age": 2592000}, "routes": ["/users"]}]},
        preflight("/api/users", LOCAL3000, "GET", "authorization"),
    ),
    case(
        "issue271/deferred-resources",
        f"{_ISSUE} #271: CORS(resources={{'/*': [one origin]}}).init_app(app)",
        {"cors": {"resources": {r"/*": {"origins": [LOCAL3000]}}}, "init": {}},
        preflight("/", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "issue119/preflight-without-origin",
        f"{_ISSUE} #119: a unit test preflight that forgot the Origin",
        {"cors": {}},
        preflight("/", None, "POST", "x-amz-user-agent, x-amz-date, authorization, content-type"),
    ),
    case(
        "issue119/preflight-with-origin",
        f"{_ISSUE} #119: the same preflight with an Origin",
        {"cors": {}},
        preflight("/", LOCAL3000, "POST", "x-amz-user-agent, x-amz-date, authorization, content-type"),
    ),
    case(
        "issue145/allow-headers-comma-string",
        f"{_ISSUE} #145: allow_headers as one comma-separated string",
        {
            "cors": {
                "resources": r"/*",
                "supports_credentials": True,
                "allow_headers": "Origin, Content-Type, Accept, Authorization, X-Request-With",
            }
        },
        preflight("/", LOCAL8080, "GET", "authorization"),
    ),
    case(
        "issue227/headers-keyword",
        f"{_ISSUE} #227: CORS(app, supports_credentials=True, headers=[...])",
        {"cors": {"supports_credentials": True, "headers": ["Content-Type", "Authorization"]}},
        preflight("/", LOCAL3000, "GET", "authorization"),
    ),
    case(
        "issue227/prefixed-blueprint-slash",
        f"{_ISSUE} #227: Blueprint(url_prefix='/journal') with route '/', preflight to /journal",
        {
            "cors": {"supports_credentials": True},
            "blueprints": [{"name": "journal", "url_prefix": "/journal", "routes": ["/"]}],
        },
        preflight("/journal", LOCAL3000, "GET", "authorization"),
    ),
    case(
        "issue97/no-origin-get",
        f"{_ISSUE} #97: resources=r'/api/*', allow_headers='Content-Type', curl GET",
        {"cors": {"resources": r"/api/*", "allow_headers": "Content-Type"}},
        get("/api/items"),
    ),
    case(
        "issue97/no-origin-options",
        f"{_ISSUE} #97: same, curl -X OPTIONS",
        {"cors": {"resources": r"/api/*", "allow_headers": "Content-Type"}},
        get("/api/items", None, "OPTIONS"),
    ),
    case(
        "issue97/browser-preflight",
        f"{_ISSUE} #97: same, a browser preflight for JSON",
        {"cors": {"resources": r"/api/*", "allow_headers": "Content-Type"}},
        preflight("/api/items", LOCAL8080, "PUT", "content-type"),
    ),
    case(
        "issue201/jwt-hook-preflight",
        f"{_ISSUE} #201: a before_request JWT check and CORS(app) with credentials",
        {"cors": {"origins": [LOCAL8080], "supports_credentials": True}, "auth_hook": True},
        preflight("/", LOCAL8080, "GET", "authorization"),
    ),
    case(
        "issue201/jwt-hook-actual",
        f"{_ISSUE} #201: same, the actual request with a token",
        {"cors": {"origins": [LOCAL8080], "supports_credentials": True}, "auth_hook": True},
        get("/", LOCAL8080, Authorization="Bearer ok"),
    ),
    case(
        "issue199/star-methods-no-origin",
        f"{_ISSUE} #199: CORS(bp, methods='*', ...), httpie OPTIONS without Origin",
        _LOGIN_BLUEPRINT,
        get("/login", None, "OPTIONS", Access_Control_Request_Headers="Content-Type"),
    ),
    case(
        "issue199/star-methods-preflight",
        f"{_ISSUE} #199: same blueprint, a browser preflight",
        _LOGIN_BLUEPRINT,
        preflight("/login", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "issue284/decorator-credentials-under-app",
        f"{_ISSUE} #284: CORS(app) and @cross_origin(supports_credentials) on a route declaring OPTIONS",
        {
            "cors": {},
            "routes": [
                {"path": "/session/", "methods": ["OPTIONS", "GET"], "decorator": {"supports_credentials": True}}
            ],
        },
        preflight("/session/", LOCAL3000, "GET"),
    ),
    case(
        "issue241/decorated-abort",
        f"{_ISSUE} #241: @cross_origin() view calling abort(401)",
        {"routes": [{"path": "/bar", "decorator": {}, "abort": 401}]},
        get("/bar", LOCAL3000),
    ),
    case(
        "issue241/extension-abort",
        f"{_ISSUE} #241: resources {{'/foo': all}} view calling abort(401)",
        {"cors": {"resources": {"/foo": {"origins": "*"}}}, "routes": [{"path": "/foo", "abort": 401}]},
        get("/foo", LOCAL3000),
    ),
    case(
        "issue210/unhandled-error",
        f"{_ISSUE} #210: CORS(app) and a view that raises",
        {"cors": {}},
        get("/crash", LOCAL3000),
    ),
    case(
        "issue54/loose-regex-port",
        f"{_ISSUE} #54: r'https?://\\w*\\.?example\\.com:?\\d*/?.*' with a port",
        {"cors": {"origins": _SUBDOMAIN_REGEX.replace("http?", "https?")}},
        get("/", "http://example.com:8080"),
    ),
    case(
        "issue240/json-looking-config-string",
        f"{_ISSUE} #240: CORS_ORIGINS read from the environment as a JSON-looking string",
        {"config": {"CORS_ORIGINS": _WHEATPASTE}, "cors": {}},
        get("/", "https://preview-42.wheatpaste.now.sh"),
    ),
    case(
        "issue240/fixed-regex",
        f"{_ISSUE} #240: the regex the thread settled on",
        {"cors": {"origins": r".*\.wheatpaste\.now\.sh"}},
        get("/", "https://preview-42.wheatpaste.now.sh"),
    ),
    case(
        "issue208/subdomains-credentials",
        f"{_ISSUE} #208: '.*\\.domain\\.com' with credentials",
        {"cors": {"origins": r".*\.domain\.com", "supports_credentials": True}},
        get("/", "https://api.domain.com"),
    ),
    case(
        "issue208/apex-refused",
        f"{_ISSUE} #208: same, the apex",
        {"cors": {"origins": r".*\.domain\.com", "supports_credentials": True}},
        get("/", "https://domain.com"),
    ),
    case(
        "issue206/schemeless-star",
        f"{_ISSUE} #206: '*.app.domain.com' (no scheme) with credentials",
        {"cors": {"origins": "*.app.domain.com", "supports_credentials": True}},
        get("/", "https://x.app.domain.com"),
    ),
    case(
        "issue256/lazy-group",
        f"{_ISSUE} #256: r'^https://app\\.(.*?\\.)example\\.com$'",
        {"cors": {"origins": r"^https://app\.(.*?\.)example\.com$"}},
        get("/", "https://app.eu.example.com"),
    ),
    case(
        "cornflow/env-comma-string",
        "baobabsoluciones/cornflow pull 734: CORS_ORIGINS env value, two origins "
        "separated by a comma, passed as they are",
        {"config": {"CORS_ORIGINS": "https://app.example.com,https://admin.example.com"}, "cors": {}},
        get("/", "https://admin.example.com"),
    ),
    case(
        "cornflow/env-comma-string-preflight",
        "baobabsoluciones/cornflow pull 734: same, preflight",
        {"config": {"CORS_ORIGINS": "https://app.example.com,https://admin.example.com"}, "cors": {}},
        preflight("/", "https://app.example.com", "DELETE", "authorization"),
    ),
    case(
        "requestbin/config-star",
        "Runscope/requestbin pull 34: CORS_ORIGINS='*' from the environment",
        {"config": {"CORS_ORIGINS": "*"}, "cors": {}},
        get("/", "https://requestb.example"),
    ),
    case(
        "issue212/schemeless-string",
        f"{_ISSUE} #212: schemeless hosts in one comma-separated string",
        {"cors": {"resources": {r"/*": {"origins": "*.domain-one.com, intranet.domain-two.com, 127.0.0.1"}}}},
        get("/", "http://intranet.domain-two.com"),
    ),
    case(
        "issue212/schemeless-list",
        f"{_ISSUE} #212: schemeless hosts in a list, a schemeless Origin",
        {"cors": {"resources": {r"/*": {"origins": ["intranet.domain-two.com", "127.0.0.1"]}}}},
        get("/", "intranet.domain-two.com"),
    ),
    case(
        "issue309/private-network",
        f"{_ISSUE} #309: allow_private_network for a service on 127.0.0.1",
        {"cors": {"allow_private_network": True}},
        preflight("/", "https://public.example", "GET", Access_Control_Request_Private_Network="true"),
    ),
    case(
        "issue293/list-no-origin",
        f"{_ISSUE} #293: a cacheable response to a request without Origin",
        {"cors": {"origins": ["https://a.example", "https://b.example"]}},
        get("/"),
    ),
    case(
        "udata3132/api-no-origin",
        "opendatateam/udata pull 3132: /api/* for all origins, request without Origin",
        {"cors": {"resources": {r"/api/*": {"origins": "*"}}}},
        get("/api/items"),
    ),
    case(
        "issue148/single-regex-vary",
        f"{_ISSUE} #148: one regex origin should still vary",
        {"cors": {"origins": [r"https://.*\.domain"]}},
        get("/", "https://x.domain"),
    ),
    case(
        "issue98/headers-string",
        f"{_ISSUE} #98: CORS(app, headers='X-CSRFToken, Content-Type'), curl OPTIONS",
        {"cors": {"headers": "X-CSRFToken, Content-Type"}},
        get("/", None, "OPTIONS"),
    ),
    case(
        "issue390/path-case",
        f"{_ISSUE} pull 390 (CVE-2024-6866): a resource path asked in another case",
        {
            "cors": {"resources": {r"/admin/*": {"origins": "https://admin.example"}}},
            "routes": ["/admin/panel", "/Admin/panel"],
        },
        get("/Admin/panel", "https://admin.example"),
    ),
    case(
        "issue391/specific-path-wins",
        f"{_ISSUE} pull 391 (CVE-2024-6839): '/.*' and a specific path",
        _SECURE_ORDER,
        get("/api/v1/secure", "https://evil.example"),
    ),
    case(
        "issue391/specific-path-allowed",
        f"{_ISSUE} pull 391 (CVE-2024-6839): the trusted origin on that path",
        _SECURE_ORDER,
        get("/api/v1/secure", "https://trusted.example"),
    ),
    case(
        "issue187/config-allow-headers-case",
        f"{_ISSUE} #187: CORS_ALLOW_HEADERS list, mixed-case request headers",
        {"config": {"CORS_ALLOW_HEADERS": ["Content-Type", "Authorization"]}, "cors": {}},
        preflight("/", "http://localhost:5001", "GET", "authorization, Content-type"),
    ),
    case(
        "issue165/header-prefix",
        f"{_ISSUE} pull 165: allow_headers=['X-Test'] must not allow X-Testfoo",
        {"cors": {"allow_headers": ["X-Test"]}},
        preflight("/", LOCAL3000, "GET", "x-testfoo"),
    ),
    case(
        "issue165/header-exact",
        f"{_ISSUE} pull 165: allow_headers=['X-Test'], X-Test",
        {"cors": {"allow_headers": ["X-Test"]}},
        preflight("/", LOCAL3000, "GET", "X-Test"),
    ),
]

# -- real configurations asked the way flask-cors-style test suites ask: schemeless Origins --------

_SCHEMELESS_NOTE = "; request as flask-cors's own tests send it (Origin without a scheme)"

SCHEMELESS_REQUESTS: list[dict[str, Any]] = [
    case(
        "schemeless/default-foo",
        f"{FC} tests/base_test.py iter_responses + CORS(app){_SCHEMELESS_NOTE}",
        {"cors": {}},
        get("/", "foo.com"),
    ),
    case(
        "schemeless/credentials-any",
        f"Observer-L/FaceRecognition-PK main.py: credentials{_SCHEMELESS_NOTE}",
        {"cors": {"supports_credentials": True}},
        get("/", SCHEMELESS),
    ),
    case(
        "schemeless/max-age-preflight",
        f"{_ISSUE} #169: max_age on a blueprint{_SCHEMELESS_NOTE}",
        {"blueprints": [{"name": "api", "url_prefix": "/api", "cors": {"max_age": 2592000}, "routes": ["/users"]}]},
        preflight("/api/users", SCHEMELESS, "GET"),
    ),
    case(
        "schemeless/allow-headers-preflight",
        f"dhruvgcs24-programer/codeGPT voicecare/backend/app.py{_SCHEMELESS_NOTE}",
        _VOICECARE,
        preflight("/", SCHEMELESS, "POST", "content-type"),
    ),
    case(
        "schemeless/expose-headers",
        f"{_FC_EXT}: expose_headers string{_SCHEMELESS_NOTE}",
        {"cors": {"expose_headers": "X-Total-Count"}},
        get("/", SCHEMELESS),
    ),
    case(
        "schemeless/error-404",
        f"{_ISSUE} #210: CORS(app) on error pages{_SCHEMELESS_NOTE}",
        {"cors": {}},
        get("/missing", "foo.com"),
    ),
    case(
        "schemeless/error-500",
        f"{_ISSUE} #210: CORS(app), a view that raises{_SCHEMELESS_NOTE}",
        {"cors": {}},
        get("/crash", "foo.com"),
    ),
    case(
        "schemeless/abort-403",
        f"{_ISSUE} #241: extension and abort(){_SCHEMELESS_NOTE}",
        {"cors": {}},
        get("/forbidden", SCHEMELESS),
    ),
    case(
        "schemeless/vary-list",
        f"{FC} tests/decorator/test_vary_header.py: listed schemeless origins",
        {"cors": {"origins": ["foo.com", "bar.com"]}},
        get("/", "bar.com"),
    ),
    case(
        "schemeless/send-wildcard",
        f"{_FC_ORIGINS}: send_wildcard=True{_SCHEMELESS_NOTE}",
        {"cors": {"send_wildcard": True}},
        get("/", SCHEMELESS),
    ),
    case(
        "schemeless/regex-origin",
        f"{_ISSUE} #208: '.*\\.domain\\.com'{_SCHEMELESS_NOTE}",
        {"cors": {"origins": r".*\.domain\.com"}},
        get("/", "api.domain.com"),
    ),
    case(
        "schemeless/preflight-put-headers",
        f"{_ISSUE} #119: CORS(app) preflight{_SCHEMELESS_NOTE}",
        {"cors": {}},
        preflight("/", "foo.com", "PUT", "x-amz-date, authorization"),
    ),
    case(
        "schemeless/decorator-methods",
        f"{FC} tests/decorator/test_methods.py: methods=['POST'], preflight for DELETE{_SCHEMELESS_NOTE}",
        {"decorator": {"methods": ["POST"]}},
        preflight("/view", SCHEMELESS, "DELETE"),
    ),
    case(
        "schemeless/private-network",
        f"{_ISSUE} #309: allow_private_network{_SCHEMELESS_NOTE}",
        {"cors": {"allow_private_network": True}},
        preflight("/", SCHEMELESS, "GET", Access_Control_Request_Private_Network="true"),
    ),
    case(
        "fc-ext/legacy-headers-keyword",
        f"{_FC_EXT}: CORS(resources=..., headers='Content-Type', ...) as the old extension test wrote it",
        {"cors": {"resources": r"/api/*", "headers": "Content-Type", "origins": "http://bar.com"}},
        get("/api/items", "http://bar.com"),
    ),
]

# -- the same real patterns, asked from a development server (an origin with a port) ----------

_DEV_PORT_NOTE = "; a development server's origin, with its port"

DEV_SERVER_PORTS: list[dict[str, Any]] = [
    case(
        "dev-port/regex-subdomains",
        f"{_FC_MODERN}: https?://.*\\.example\\.com{_DEV_PORT_NOTE}",
        {"decorator": {"origins": r"https?://.*\.example\.com"}},
        get("/view", "http://app.example.com:5173"),
    ),
    case(
        "dev-port/regex-subdomains-lookalike",
        f"{_FC_MODERN}: same regex, a look-alike host with a port",
        {"decorator": {"origins": r"https?://.*\.example\.com"}},
        get("/view", "http://app.example.com.attacker.example:5173"),
    ),
    case(
        "dev-port/credentials-regex",
        f"{_ISSUE} #208: '.*\\.domain\\.com' with credentials{_DEV_PORT_NOTE}",
        {"cors": {"origins": r".*\.domain\.com", "supports_credentials": True}},
        get("/", "https://api.domain.com:8443"),
    ),
    case(
        "dev-port/single-regex",
        f"{_ISSUE} #148: one regex origin{_DEV_PORT_NOTE}",
        {"cors": {"origins": [r"https://.*\.domain"]}},
        preflight("/", "https://x.domain:3000", "PUT", "content-type"),
    ),
    case(
        "dev-port/anchored-regex",
        f"GoogleChrome/chromium-dashboard pull 6590: an origin regex ending in ${_DEV_PORT_NOTE}",
        {"cors": {"origins": [r"https://[a-z0-9-]+\.chromestatus\.example$"]}},
        get("/", "https://beta.chromestatus.example:8080"),
    ),
    case(
        "dev-port/wildcard-subdomain",
        f"{_ISSUE} #206: the scheme-qualified wildcard the thread wanted, https://*.app.domain.com{_DEV_PORT_NOTE}",
        {"cors": {"origins": "https://*.app.domain.com", "supports_credentials": True}},
        get("/", "https://x.app.domain.com:8443"),
    ),
]

# -- Issue 17: shapes that did not start, or answered otherwise, before drop-in by default ------------

DROP_IN = [
    case(
        "drop-in/trailing-slash-origin",
        "amirgamil/sweetseranade pull 39: the allowed origin of a local front end carried a trailing slash",
        {"cors": {"origins": ["http://localhost:3000/"], "supports_credentials": True}},
        get("/", LOCAL3000),
    ),
    case(
        "drop-in/trailing-slash-origin-preflight",
        "amirgamil/sweetseranade pull 39: the same app, a JSON POST's preflight",
        {"cors": {"origins": ["http://localhost:3000/"], "supports_credentials": True}},
        preflight("/", LOCAL3000, "POST", "content-type"),
    ),
    case(
        "drop-in/misspelt-resources-keyword",
        "NoaJacquet/ArchitectureLogicielle todo/app.py: CORS(app, ressources={...}), the keyword misspelt",
        {"cors": {"ressources": {r"/todo/api/v1.0/*": {"origins": "*"}}}},
        get("/api/items", LOCAL3000),
    ),
    case(
        "drop-in/literal-api-resource",
        "eric11eca/causal_saint app.py: resources={r'/api': {'origins': '*'}}, a literal path",
        {"cors": {"resources": {"/api": {"origins": "*"}}}, "routes": ["/api"]},
        get("/api", LOCAL3000),
    ),
    case(
        "drop-in/literal-api-resource-below",
        "eric11eca/causal_saint app.py: the same literal path, a request below it",
        {"cors": {"resources": {"/api": {"origins": "*"}}}},
        get("/api/items", LOCAL3000),
    ),
    case(
        "drop-in/blueprint-api-resources",
        "Lunatic-Labs/rubricapp api/__init__.py: CORS(bp, resources={r'/api/*': {'origins': '*'}}) on a blueprint",
        {"blueprints": [{"name": "api", "url_prefix": "/api", "cors": {"resources": {r"/api/*": {"origins": "*"}}}}]},
        get("/api/items", LOCAL3000),
    ),
]

CORPUS: list[dict[str, Any]] = (
    FLASK_CORS_SUITE + APPS + PROJECTS + ISSUES + SCHEMELESS_REQUESTS + DEV_SERVER_PORTS + DROP_IN
)
