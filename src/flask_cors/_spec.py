"""Facts from the WHATWG Fetch standard's CORS protocol that the rest of the core relies on.

https://fetch.spec.whatwg.org/#http-cors-protocol. Nothing here knows about Flask.
"""

from __future__ import annotations

import re

# Request headers: sent by the browser.
ORIGIN = "Origin"
ACCESS_CONTROL_REQUEST_METHOD = "Access-Control-Request-Method"
ACCESS_CONTROL_REQUEST_HEADERS = "Access-Control-Request-Headers"
ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network"

# Response headers: actual requests and preflights.
ACCESS_CONTROL_ALLOW_ORIGIN = "Access-Control-Allow-Origin"
ACCESS_CONTROL_ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials"
# Response headers: actual requests only (harmless on preflights, where browsers ignore it).
ACCESS_CONTROL_EXPOSE_HEADERS = "Access-Control-Expose-Headers"
# Response headers: preflights only.
ACCESS_CONTROL_ALLOW_METHODS = "Access-Control-Allow-Methods"
ACCESS_CONTROL_ALLOW_HEADERS = "Access-Control-Allow-Headers"
ACCESS_CONTROL_MAX_AGE = "Access-Control-Max-Age"
ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network"

VARY = "Vary"

#: Methods flask-cors allows by default; we keep the same default.
DEFAULT_METHODS = ("GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE")

#: RFC 9110 section 5.6.2: method names and header field names are tokens.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

#: RFC 6454 section 6: the serialisation of an origin is ``scheme "://" host [ ":" port ]`` or
#: ``null``. Used to check what a client sent before we compare or reflect it, so the rule is
#: deliberately strict: printable ASCII, no whitespace, no comma (a comma means two Origin headers
#: were folded into one), no path, query or fragment.
ORIGIN_SYNTAX = re.compile(r"null|[A-Za-z][A-Za-z0-9+.\-]*://[^\x00-\x20\x7f-\uffff/?#,@\\]+")

#: No real origin comes near this: a DNS name is at most 253 characters.
MAX_ORIGIN_LENGTH = 2048

#: Bounds for Access-Control-Request-Headers. Chromium lists every non-safelisted header name, so a
#: real page stays far below these; anything larger is refused without being split.
MAX_REQUEST_HEADERS_LENGTH = 8192
MAX_REQUEST_HEADERS_COUNT = 100

#: Ports that origin serialisation omits (URL standard, "special schemes").
DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}

# WebSockets (RFC 6455). Browsers apply no CORS to them: the server must check Origin itself
# (section 10.2), and answer a refused handshake with an HTTP error such as 403 (section 4.2.2).
UPGRADE = "Upgrade"
CONNECTION = "Connection"
HOST = "Host"


def _has_token(value: str | None, token: str) -> bool:
    """Whether the comma-separated token list ``value`` holds ``token`` (lower-case), in any case."""
    return value is not None and any(item.strip().lower() == token for item in value.split(","))


def is_websocket_handshake(method: str, upgrade: str | None, connection: str | None) -> bool:
    """Whether a request is a WebSocket opening handshake (RFC 6455 section 4.1, RFC 9110 section 7.8).

    A ``GET`` whose ``Upgrade`` list holds the token ``websocket`` and whose ``Connection`` list
    holds ``upgrade``, both compared case-insensitively (``Connection: keep-alive, Upgrade`` is
    what Firefox sends). The client's other handshake headers (``Sec-WebSocket-Key``, version) are
    the WebSocket server's business; a request that lacks them is refused there, not here.
    """
    return method == "GET" and _has_token(upgrade, "websocket") and _has_token(connection, "upgrade")
