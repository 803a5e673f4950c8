"""Every intended header difference from flask-cors 6.0.5, by scenario.

Each entry names the numbered section of docs/differences.md that explains it and the exact
answer of both packages (status and CORS headers). Generated from a real run, then reviewed;
the test fails on a difference missing here and on an entry that no longer differs.
"""

from __future__ import annotations

from typing import Any

#: scenario id -> (section of docs/differences.md, our answer, flask-cors answer)
INTENDED: dict[str, tuple[int, dict[str, Any], dict[str, Any]]] = {
    "default/get-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "single-origin/get": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "single-origin/get-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "single-origin/get-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "single-origin/preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "single-origin/preflight-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-list/get-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-list/get-no-origin": (
        9,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://admin.example.com"], "Vary": ["Origin"]}},
    ),
    "origin-list/preflight-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/get-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/get-no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/preflight-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/get-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/get-no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/preflight-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/get": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "credentials-list/get-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/get-no-origin": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "credentials-list/preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "credentials-list/preflight-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "always-send-off/get-no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "vary-off/get-no-origin": (
        9,
        {"status": 200, "headers": {}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://admin.example.com"]}},
    ),
    "methods-list/get-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "allow-headers-list/get-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "expose-headers/get-no-origin": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Expose-Headers": ["X-Page, X-Total"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["*"], "Access-Control-Expose-Headers": ["X-Page, X-Total"]},
        },
    ),
    "max-age/get-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "default/preflight-no-origin": (
        9,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "credentials-any/null-origin": (
        3,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["null"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "credentials-any/get-no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/preflight-credentials": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Max-Age": ["5"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Max-Age": ["5"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "regex-origin/suffix-attack": (
        1,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://app.example.com.evil.net"], "Vary": ["Origin"]},
        },
    ),
    "wildcard-string/lookalike": (
        2,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://zexample.com"], "Vary": ["Origin"]}},
    ),
    "wildcard-string/subdomain": (
        2,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-case/upper": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "origin-default-port/listed-443": (
        15,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-string-with-comma": (
        15,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "methods-list/preflight-substring": (
        6,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["GET, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "methods-list/preflight-lowercase": (
        6,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["GET, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "methods-list/preflight-delete": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
    ),
    "allow-headers-list/unlisted-header": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "private-network-default/preflight": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Private-Network": ["false"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "resources-dict/covered": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "resources-dict/segment-boundary": (
        10,
        {"status": 200, "headers": {}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
    ),
    "resources-specific-wins": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/origins": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/credentials-and-max-age": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Max-Age": ["30"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Max-Age": ["30"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "config/kwargs-win": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/init-app-wins": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "decorator/get": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "decorator/preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Max-Age": ["60"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Max-Age": ["60"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "decorator-and-extension/view-wins": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "blueprint/covered": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/404": (
        5,
        {"status": 404, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 404, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/abort-403": (
        5,
        {"status": 403, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 403, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/500": (
        5,
        {"status": 500, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 500, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/405": (
        5,
        {"status": 405, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 405, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "view-vary/merged": (
        5,
        {
            "status": 200,
            "headers": {
                "Vary": ["Accept-Encoding, Origin"],
                "Access-Control-Allow-Origin": ["https://app.example.com"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Vary": ["Accept-Encoding", "Origin"],
                "Access-Control-Allow-Origin": ["https://app.example.com"],
            },
        },
    ),
    "auth-hook/preflight": (
        11,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 401,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "strict-slash/preflight": (
        11,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 308,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "expose-headers/preflight": (
        16,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Expose-Headers": ["X-Page, X-Total"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "expose-headers/preflight-refused": (
        16,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://evil.example.net"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://evil.example.net"],
                "Access-Control-Expose-Headers": ["X-Page, X-Total"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "expose-header-string/preflight": (
        16,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Expose-Headers": ["X-Total"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "credentials-list/schemeless-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-without-port/suffix-lookalike": (
        1,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://app.example.localhost.evil.net:5173"],
                "Vary": ["Origin"],
            },
        },
    ),
    "websocket/handshake-refused": (
        17,
        {"status": 403, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
}
