"""Every intended header difference from flask-cors 6.0.5, by scenario.

Each entry names the section of docs/differences.md that explains it, S (security) or B
(browser-visible fix), and the exact answer of both packages (status and CORS headers). Generated
from a real run, then reviewed; the test fails on a difference missing here and on an entry that
no longer differs. There is no category C: everything else answers as flask-cors does.
"""

from __future__ import annotations

from typing import Any

#: The Vary names our preflight answers add to what flask-cors sends (docs/differences.md, "Preflight
#: answers vary on what they echo"): a difference of every preflight, so it is removed from our answer
#: by :func:`without_preflight_vary` before comparing instead of listed per scenario.
#: tests/security/test_policy_decides.py asserts these names exactly.
PREFLIGHT_VARY = frozenset({"access-control-request-method", "access-control-request-headers"})


#: The section of docs/differences.md that explains the PREFLIGHT_VARY names on our preflight answers.
PREFLIGHT_VARY_SECTION = "S11"


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
INTENDED: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "default/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "single-origin/get": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "single-origin/get-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "single-origin/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "single-origin/preflight": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-list/get-refused": ("S4", {"status": 200, "headers": {"Vary": ["Origin"]}}, {"status": 200, "headers": {}}),
    "origin-list/preflight-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/get-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-origin/preflight-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/get-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "compiled-origin/preflight-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/get": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/get-no-origin": (
        "S4",
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
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "always-send-off/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "methods-list/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "allow-headers-list/get-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "expose-headers/get-no-origin": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "default/preflight-no-origin": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "credentials-any/null-origin": (
        "S3",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/preflight-credentials": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Max-Age": ["5"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S1",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://app.example.com.evil.net"], "Vary": ["Origin"]},
        },
    ),
    "wildcard-string/lookalike": (
        "S2",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://zexample.com"], "Vary": ["Origin"]}},
    ),
    "wildcard-string/subdomain": (
        "S2",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-case/upper": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "origin-default-port/listed-443": (
        "B3",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "origin-string-with-comma": (
        "B2",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "credentials-list/schemeless-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "regex-without-port/suffix-lookalike": (
        "S1",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://app.example.localhost.evil.net:5173"],
                "Vary": ["Origin"],
            },
        },
    ),
    "resources-dict/covered": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "resources-specific-wins": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/origins": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/credentials-and-max-age": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-custom"],
                "Access-Control-Max-Age": ["30"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "config/init-app-wins": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "decorator/get": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "decorator/preflight": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Max-Age": ["60"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "blueprint/covered": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/404": (
        "S4",
        {"status": 404, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 404, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/abort-403": (
        "S4",
        {"status": 403, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 403, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/500": (
        "S4",
        {"status": 500, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 500, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "errors/405": (
        "S4",
        {"status": 405, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 405, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "auth-hook/preflight": (
        "B1",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "B1",
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
    "websocket/handshake-refused": (
        "S7",
        {"status": 403, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "dropin/trailing-slash-origin": (
        "B5",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:3000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "dropin/origin-with-path": (
        "B5",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://static.example.org"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "dropin/origin-with-path-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:3000/"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://localhost:3000/"]}},
    ),
    "dropin/schemeless-configured-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["www.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["www.example.com"]}},
    ),
    "dropin/expose-star-with-credentials": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Expose-Headers": ["*"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Expose-Headers": ["*"],
                "Access-Control-Allow-Credentials": ["true"],
            },
        },
    ),
    "dropin/glob-hooks": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "dropin/private-network-on-actual-request": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Private-Network": ["true"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Private-Network": ["true"],
            },
        },
    ),
    "dropin/json-array-config-string-other-site": (
        "S8",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://evil.example.net"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
    ),
    "dropin/json-array-resources": (
        "S8",
        {"status": 200, "headers": {}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
    ),
    "dropin/allow-headers-pattern-prefix": (
        "B7",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["x-a-b"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "dropin/max-age-zero": (
        "B9",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Max-Age": ["0"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "dropin/intercept-exceptions-off": (
        "B10",
        {"status": 500, "headers": {}},
        {"status": 500, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
    ),
    "dropin/blueprint-reads-app-config": (
        "B12",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"], "Vary": ["Origin"]}},
    ),
    "dropin/resource-precedence": (
        "B13",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "dropin/request-headers-over-the-bound": (
        "S5",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": [
                    "x-h0, x-h1, x-h10, x-h100, x-h11, x-h12, x-h13, x-h14, x-h15, x-h16, x-h17, x-h18, x-h19, x-h2, x-h20, x-h21, x-h22, x-h23, x-h24, x-h25, x-h26, x-h27, x-h28, x-h29, x-h3, x-h30, x-h31, x-h32, x-h33, x-h34, x-h35, x-h36, x-h37, x-h38, x-h39, x-h4, x-h40, x-h41, x-h42, x-h43, x-h44, x-h45, x-h46, x-h47, x-h48, x-h49, x-h5, x-h50, x-h51, x-h52, x-h53, x-h54, x-h55, x-h56, x-h57, x-h58, x-h59, x-h6, x-h60, x-h61, x-h62, x-h63, x-h64, x-h65, x-h66, x-h67, x-h68, x-h69, x-h7, x-h70, x-h71, x-h72, x-h73, x-h74, x-h75, x-h76, x-h77, x-h78, x-h79, x-h8, x-h80, x-h81, x-h82, x-h83, x-h84, x-h85, x-h86, x-h87, x-h88, x-h89, x-h9, x-h90, x-h91, x-h92, x-h93, x-h94, x-h95, x-h96, x-h97, x-h98, x-h99"
                ],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
    ),
    "dropin/path-decoded-once": (
        "S6",
        {"status": 200, "headers": {}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://app.example.com"]}},
    ),
    "corpus/fc-origins/default-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/fc-origins/always-send-no-wildcard": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/fc-origins/list-unlisted": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-origins/string": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-origins/regex-list-double-tld": (
        "S1",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://a.example.com.com"], "Vary": ["Origin"]}},
    ),
    "corpus/fc-ext/table-list-unlisted": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ext/table-string": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-ext/string-resource-expose": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ext/decorator-overrides": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-ext/decorator-overrides-app-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-modern/decorator-credentials": (
        "S4",
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
    "corpus/fc-modern/resources-admin-credentials": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-modern/regex-apex-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-blueprint/covered": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-blueprint/init-app": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"]}},
    ),
    "corpus/fc-ipv6/literal": (
        "B4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://[::1]:8000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ipv6/literal-upper": (
        "B4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["HTTP://[::1]:8000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ipv6/other-address": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-ipv6/no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-credentials/no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/fc-vary/consistent-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://foo.com"]}},
    ),
    "corpus/fc-w3/nothing-without-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/opensoft/literal-port-word": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/cineflicks/listed": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://127.0.0.1:5000"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://127.0.0.1:5000"]}},
    ),
    "corpus/cineflicks/dev-server-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/ncov/null-origin": (
        "S3",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/tweetscan/deferred-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/screenshots/env-list-unlisted": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/todo/listed": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/link-sharing/preflight": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:5173"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
    "corpus/proxy-issue/listed": (
        "S4",
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/470-work/lookalike": (
        "S2",
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
        "S4",
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
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["x-csrftoken"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization, content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
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
        "S4",
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
    "corpus/ai-backend/unknown-header": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Methods": ["DELETE, GET, OPTIONS, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue193/other-host": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue193/listed": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://192.168.33.121:4021"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://192.168.33.121:4021"]}},
    ),
    "corpus/issue42/config-and-decorator": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:9000"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/chromestatus/anchored-regex-suffix": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue202/credentials-no-origin": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue271/deferred-resources": (
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Headers": ["authorization, content-type, x-amz-date, x-amz-user-agent"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["*"],
                "Access-Control-Allow-Headers": ["authorization, content-type, x-amz-date, x-amz-user-agent"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
            },
        },
    ),
    "corpus/issue145/allow-headers-comma-string": (
        "B2",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
    "corpus/issue227/prefixed-blueprint-slash": (
        "B1",
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
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue97/no-origin-options": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue201/jwt-hook-preflight": (
        "B1",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:8080"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
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
        "S4",
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
        "S4",
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
    "corpus/issue199/star-methods-preflight": (
        "B8",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Expose-Headers": ["Authorization"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["POST"],
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
    "corpus/issue241/decorated-abort": (
        "B11",
        {"status": 401, "headers": {"Access-Control-Allow-Origin": ["http://localhost:3000"], "Vary": ["Origin"]}},
        {"status": 401, "headers": {}},
    ),
    "corpus/issue240/json-looking-config-string": (
        "S1",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://preview-42.wheatpaste.now.sh"], "Vary": ["Origin"]},
        },
    ),
    "corpus/issue208/apex-refused": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/cornflow/env-comma-string": (
        "B2",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://admin.example.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/cornflow/env-comma-string-preflight": (
        "B2",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["https://app.example.com"],
                "Access-Control-Allow-Headers": ["authorization"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {"status": 200, "headers": {}},
    ),
    "corpus/udata3132/api-no-origin": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue98/headers-string": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["*"]}},
    ),
    "corpus/issue391/specific-path-wins": (
        "S4",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {"status": 200, "headers": {}},
    ),
    "corpus/issue391/specific-path-allowed": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://trusted.example"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["https://trusted.example"]}},
    ),
    "corpus/fc-ext/legacy-headers-keyword": (
        "S4",
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"], "Vary": ["Origin"]}},
        {"status": 200, "headers": {"Access-Control-Allow-Origin": ["http://bar.com"]}},
    ),
    "corpus/dev-port/regex-subdomains-lookalike": (
        "S1",
        {"status": 200, "headers": {"Vary": ["Origin"]}},
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://app.example.com.attacker.example:5173"],
                "Vary": ["Origin"],
            },
        },
    ),
    "corpus/dev-port/anchored-regex": (
        "B6",
        {
            "status": 200,
            "headers": {"Access-Control-Allow-Origin": ["https://beta.chromestatus.example:8080"], "Vary": ["Origin"]},
        },
        {"status": 200, "headers": {}},
    ),
    "corpus/dev-port/wildcard-subdomain": (
        "S2",
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
    "corpus/drop-in/trailing-slash-origin": (
        "B5",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Vary": ["Origin"],
            },
        },
        {"status": 200, "headers": {}},
    ),
    "corpus/drop-in/trailing-slash-origin-preflight": (
        "B5",
        {
            "status": 200,
            "headers": {
                "Access-Control-Allow-Origin": ["http://localhost:3000"],
                "Access-Control-Allow-Credentials": ["true"],
                "Access-Control-Allow-Headers": ["content-type"],
                "Access-Control-Allow-Methods": ["DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"],
                "Vary": ["Origin"],
            },
        },
        {"status": 200, "headers": {}},
    ),
}
