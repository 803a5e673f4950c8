"""Every intended header difference from flask-cors 6.0.5, by scenario.

Each entry names the numbered section of docs/differences.md that explains it and the exact
answer of both packages (status and CORS headers). Generated from a real run, then reviewed;
the test fails on a difference missing here and on an entry that no longer differs.
"""

from __future__ import annotations

from typing import Any

#: The Vary names our preflight answers add to what flask-cors sends (docs/differences.md, "Preflight
#: answers vary on what they echo"): a difference of every preflight, so it is removed from our answer
#: by :func:`without_preflight_vary` before comparing instead of listed per scenario.
#: tests/security/test_policy_decides.py asserts these names exactly.
PREFLIGHT_VARY = frozenset({"access-control-request-method", "access-control-request-headers"})


def without_preflight_vary(request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` without the :data:`PREFLIGHT_VARY` names in ``Vary`` when ``request`` is a preflight."""
    sent = {name.lower() for name in request.get("headers", {})}
    vary = answer.get("headers", {}).get("Vary")
    if request.get("method") != "OPTIONS" or "access-control-request-method" not in sent or not vary:
        return answer
    fields = [
        ", ".join(item.strip() for item in value.split(",") if item.strip().lower() not in PREFLIGHT_VARY)
        for value in vary
    ]
    headers = {name: values for name, values in answer["headers"].items() if name != "Vary"}
    if any(fields):
        headers["Vary"] = [field for field in fields if field]
    return {**answer, "headers": headers}


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
    # The real-world corpus (corpus.py), generated from a run after merging issue 10 items 1 and 2.
    "corpus/fc-origins/default-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/fc-origins/always-send-no-wildcard": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/fc-origins/list-unlisted": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-origins/string": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-origins/regex-list-double-tld": (
        1,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://a.example.com.com"], "Vary": ["Origin"]}},
    ),
    "corpus/fc-origins/mixed-list-no-origin": (
        9,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://example.com"], "Vary": ["Origin"]}},
    ),
    "corpus/fc-ext/table-list-unlisted": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ext/table-string": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-ext/string-resource-expose": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://bar.com"],
                "Access-Control-Expose-Headers": ["X-Total-Count"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://bar.com"],
                "Access-Control-Expose-Headers": ["X-Total-Count"],
            },
        },
    ),
    "corpus/fc-ext/string-resource-other-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ext/decorator-overrides": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-ext/decorator-overrides-app-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-modern/decorator-credentials": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://trusted.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://trusted.com"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/fc-modern/preflight-headers": (
        8,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, POST, PUT"],
                "Access-Control-Max-Age": ["600"],
                "Access-Control-Allow-Headers": ["authorization, content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://example.com"],
                "Access-Control-Allow-Headers": ["Authorization, Content-Type"],
                "Access-Control-Max-Age": ["600"],
                "Access-Control-Allow-Methods": ["DELETE, GET, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/fc-modern/resources-admin-credentials": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://admin.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://admin.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/fc-modern/resources-api-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-modern/regex-apex-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-blueprint/covered": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-blueprint/init-app": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"]}},
    ),
    "corpus/fc-ipv6/other-address": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-credentials/no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-allow-headers/listed-header": (
        8,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["www.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-example-header-a"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["www.example.com"],
                "Access-Control-Allow-Headers": ["X-Example-Header-A"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/fc-vary/consistent-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-w3/nothing-without-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/opensoft/literal-port-word": (12, {"startup_error": "ValueError"}, {"status": 200, "headers": {}}),
    "corpus/cineflicks/listed": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://127.0.0.1:5000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://127.0.0.1:5000"]}},
    ),
    "corpus/cineflicks/dev-server-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/ncov/null-origin": (
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
    "corpus/cors-survey/unlisted-port": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/covid19/misspelt-credentials": (
        12,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:8002"], "Vary": ["Origin"]}},
    ),
    "corpus/voicecare/authorization-refused": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["GET, OPTIONS, POST"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/voicecare/put-refused": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/tweetscan/deferred-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/screenshots/env-list-unlisted": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/movie-reco/misspelt-decorator": (
        12,
        {"startup_error": "ValueError"},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/process-dmrs/no-origin": (
        9,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://127.0.0.1:3000"], "Vary": ["Origin"]}},
    ),
    "corpus/todo/listed": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://127.0.0.1:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://127.0.0.1:5173"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/todo/localhost-vs-ip": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/link-sharing/preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/boilerplate/config-keys-patch": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:8080"], "Vary": ["Origin"]}},
    ),
    "corpus/powerbi/misspelt-resources": (
        12,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:8080"], "Vary": ["Origin"]}},
    ),
    "corpus/proxy-issue/listed": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/proxy-issue/ip-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/butiran/origin-with-path": (
        12,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://site.github.io"], "Vary": ["Origin"]}},
    ),
    "corpus/470-work/lookalike": (
        2,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost.attacker.example"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/dev-csrf/deferred-get": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/dev-csrf/deferred-preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-csrftoken"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-csrftoken"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/writeright/api-preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/ai-backend/preflight": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization, content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization, content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
            },
        },
    ),
    "corpus/ai-backend/patch-refused": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/ai-backend/unknown-header": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
            },
        },
    ),
    "corpus/alerta/settings-commented-out": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue193/other-host": (5, {"status": 200, "headers": {"Vary": ["Origin"]}}, {"status": 200, "headers": {}}),
    "corpus/issue193/listed": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://192.168.33.121:4021"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://192.168.33.121:4021"]}},
    ),
    "corpus/issue42/config-and-decorator": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:9000"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:9000"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/issue183/regex-other": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/chromestatus/anchored-regex-suffix": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue202/credentials-no-origin": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/unifai/removed-header": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue84/origin-with-slash-star": (
        2,
        {"startup_error": "ValueError"},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://blah.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue271/deferred-resources": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/issue119/preflight-without-origin": (
        9,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Headers": ["authorization, content-type, x-amz-date, x-amz-user-agent"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/issue227/headers-keyword": (
        12,
        {"startup_error": "ValueError"},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue227/prefixed-blueprint-slash": (
        11,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 308,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue97/no-origin-get": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue97/no-origin-options": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue201/jwt-hook-preflight": (
        11,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 401,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/issue201/jwt-hook-actual": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "corpus/issue199/star-methods-no-origin": (
        5,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Expose-Headers": ["Authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["*"], "Access-Control-Expose-Headers": ["Authorization"]},
        },
    ),
    "corpus/issue240/json-looking-config-string": (
        1,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://preview-42.wheatpaste.now.sh"], "Vary": ["Origin"]},
        },
    ),
    "corpus/issue208/apex-refused": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/cornflow/env-comma-string": (
        15,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://admin.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/cornflow/env-comma-string-preflight": (
        15,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {"status": 200, "headers": {}},
    ),
    "corpus/issue212/schemeless-list": (
        14,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["intranet.domain-two.com"], "Vary": ["Origin"]}},
    ),
    "corpus/issue293/list-no-origin": (
        9,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://a.example"], "Vary": ["Origin"]}},
    ),
    "corpus/udata3132/api-no-origin": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue98/headers-string": (
        12,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue391/specific-path-wins": (
        5,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue391/specific-path-allowed": (
        5,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://trusted.example"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://trusted.example"]}},
    ),
    "corpus/issue187/config-allow-headers-case": (
        8,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5001"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization, content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5001"],
                "Access-Control-Allow-Headers": ["Content-type, authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue165/header-prefix": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue165/header-exact": (
        8,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["x-test"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["X-Test"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/schemeless/vary-list": (
        14,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["bar.com"], "Vary": ["Origin"]}},
    ),
    "corpus/schemeless/decorator-methods": (
        7,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["www.example.com"], "Vary": ["Origin"]}},
    ),
    "corpus/fc-ext/legacy-headers-keyword": (
        12,
        {"startup_error": "ValueError"},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"]}},
    ),
    "corpus/dev-port/regex-subdomains-lookalike": (
        1,
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://app.example.com.attacker.example:5173"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/dev-port/wildcard-subdomain": (
        2,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://x.app.domain.com:8443"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {"status": 200, "headers": {}},
    ),
    # Decided by the lead after the corpus triage (were PENDING).
    "corpus/fc-ipv6/literal": (
        18,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://[::1]:8000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ipv6/literal-upper": (
        18,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["HTTP://[::1]:8000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ipv6/no-origin": (
        18,
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://[::1]:8000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue241/decorated-abort": (
        18,
        {"status": 401, "headers": {"Access-Control-Allow-Origin": ["http://localhost:3000"], "Vary": ["Origin"]}},
        {"status": 401, "headers": {}},
    ),
    "corpus/issue199/star-methods-preflight": (
        18,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Methods": ["POST"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Expose-Headers": ["Authorization"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/dev-port/anchored-regex": (
        1,
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://beta.chromestatus.example:8080"], "Vary": ["Origin"]},
        },
        {"status": 200, "headers": {}},
    ),
    "corpus/catalysis-hub/hook-adds-headers-preflight": (
        18,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Origin": ["https://www.catalysis.example"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Headers": ["X-PINGOTHER, Content-Type, Authorization, Accept", "content-type"],
                "Access-Control-Allow-Methods": [
                    "GET, PUT, POST, DELETE, HEAD, OPTIONS",
                    "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
                ],
                "Access-Control-Allow-Origin": ["https://www.catalysis.example"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/issue145/allow-headers-comma-string": (
        15,
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
}
